// One URL per image, so a CDN keeps one copy: other spellings of a template URL are redirected (308) to the canonical one.
import { canonicalSpelling, type SpelledRequest } from './canonical-spelling.js';
import { canonicalQuery, sign } from './signature.js';

/** A 308 to the canonical spelling of an image URL; cacheable, since the mapping never changes. */
export interface CanonicalRedirect {
  readonly kind: 'redirect';
  readonly location: string;
  readonly cacheControl: string;
}

export interface CanonicalRequest extends SpelledRequest {
  /** Signing keys: a redirect target is re-signed with the first (the request itself was verified already). */
  readonly secrets: readonly string[];
  readonly cacheControl: string;
}

/** The redirect to the canonical URL (see canonicalSpelling), or null when the request already is canonical. */
export function canonicalRedirect(request: CanonicalRequest): CanonicalRedirect | null {
  const canonical = canonicalSpelling(request);
  if (!canonical) return null;
  const secret = request.secrets[0];
  const search = [canonicalQuery(canonical.query), secret === undefined ? '' : `sig=${sign(canonical.path, canonical.query, secret)}`].filter(Boolean).join('&');
  return { kind: 'redirect', location: search ? `${canonical.path}?${search}` : canonical.path, cacheControl: request.cacheControl };
}
