// Signed URLs: HMAC-SHA256 over the normalised path and query, several keys for rotation, constant-time checks.
import { nodeCrypto } from '../runtime/require-module.js';
import { canonicalQuery, type QueryValues } from './canonical-query.js';

export { canonicalQuery, type QueryValues } from './canonical-query.js';

/** The signature of a path and query with one key (base64url, 43 characters). */
export function sign(path: string, query: QueryValues, secret: string): string {
  return nodeCrypto().createHmac('sha256', secret).update(`${path}?${canonicalQuery(query)}`).digest('base64url');
}

/** True when `sig` matches the path and query under any of the keys (each compared in constant time). */
export function verifySignature(path: string, query: QueryValues, sig: unknown, secrets: readonly string[]): boolean {
  if (typeof sig !== 'string' || sig.length === 0) return false;
  const given = Buffer.from(sig);
  let ok = false;
  for (const secret of secrets) {
    const expected = Buffer.from(sign(path, query, secret));
    if (expected.length === given.length && nodeCrypto().timingSafeEqual(expected, given)) ok = true;
  }
  return ok;
}

/** A short hash of the canonical query for putting in the path (`/og/blog/<hash>.png`), since some scrapers drop queries. */
export function contentHash(query: QueryValues): string {
  return nodeCrypto().createHash('sha256').update(canonicalQuery(query)).digest('hex').slice(0, 16);
}

export interface SignedUrlOptions {
  /** The template, e.g. `blog`. */
  readonly template: string;
  readonly params: QueryValues;
  /** png (default), jpeg, webp, avif or svg: the path's extension. */
  readonly format?: 'png' | 'jpeg' | 'webp' | 'avif' | 'svg';
  /** The first key of OGSMITH_SECRET; without it the URL is canonical but unsigned. */
  readonly secret?: string;
  /** Put a hash of the parameters in the path: `/og/blog/<hash>.png`. */
  readonly contentHashInPath?: boolean;
}

/** Builds the canonical (and, with a secret, signed) URL of a template image on `base` (e.g. `https://og.example.com`). */
export function signedTemplateUrl(base: string, options: SignedUrlOptions): string {
  const ext = options.format === 'jpeg' ? 'jpg' : options.format ?? 'png';
  const root = new URL(base.endsWith('/') ? base : `${base}/`);
  // The signature covers the whole path the server sees, including a prefix the plugin is mounted under.
  const path = `${root.pathname}${options.contentHashInPath ? `og/${options.template}/${contentHash(options.params)}.${ext}` : `og/${options.template}.${ext}`}`;
  const query = canonicalQuery(options.params);
  const sig = options.secret ? sign(path, options.params, options.secret) : undefined;
  const search = [query, sig ? `sig=${sig}` : ''].filter(Boolean).join('&');
  return `${root.origin}${path}${search ? `?${search}` : ''}`;
}
