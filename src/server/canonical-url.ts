// One URL per image, so a CDN keeps one copy: other spellings of a template URL are redirected (308) to the canonical one.
import type { ImageFormat } from '../raster/encode/encode.js';
import { canonicalQuery, sign } from './signature.js';

/** A 308 to the canonical spelling of an image URL; cacheable, since the mapping never changes. */
export interface CanonicalRedirect {
  readonly kind: 'redirect';
  readonly location: string;
  readonly cacheControl: string;
}

const EXTENSIONS: Readonly<Record<ImageFormat, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp', avif: 'avif', svg: 'svg' };
/** Whole-number parameters whose leading zeros would make another URL of the same image. */
const NUMBERS: ReadonlySet<string> = new Set(['width', 'height', 'quality']);

export interface CanonicalRequest {
  /** The path as the server saw it (with any mount prefix), without the query. */
  readonly path: string;
  /** The checked query values (single strings), `sig` included. */
  readonly query: Readonly<Record<string, string>>;
  readonly format: ImageFormat;
  /** Template routes: the template's name, whose file (`blog.png`) ends the path and carries the format (no `format=`); /og/url: none. */
  readonly template?: string;
  /** Signing keys: a redirect target is re-signed with the first (the request itself was verified already). */
  readonly secrets: readonly string[];
  readonly cacheControl: string;
}

/**
 * The redirect to the canonical URL, or null when the request already is canonical: the path ends in the format's
 * extension (`.png`, `.jpg`, not `.jpeg` or none) with no `format` parameter, and numbers have no leading zeros.
 * Parameter order is not part of it (hand-written URLs are rarely sorted; a CDN can sort queries itself).
 */
export function canonicalRedirect(request: CanonicalRequest): CanonicalRedirect | null {
  const formatInPath = request.template !== undefined;
  const path = formatInPath ? request.path.replace(/[^/]*$/, `${request.template}.${EXTENSIONS[request.format]}`) : request.path;
  const numbersCanonical = Object.entries(request.query).every(([key, value]) => !NUMBERS.has(key) || !/^0\d/.test(value));
  if (path === request.path && numbersCanonical && !(formatInPath && request.query.format !== undefined)) return null;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.query)) {
    if (key === 'sig' || (formatInPath && key === 'format')) continue;
    query[key] = NUMBERS.has(key) && /^\d+$/.test(value) ? String(Number(value)) : value;
  }
  const secret = request.secrets[0];
  const search = [canonicalQuery(query), secret === undefined ? '' : `sig=${sign(path, query, secret)}`].filter(Boolean).join('&');
  return { kind: 'redirect', location: search ? `${path}?${search}` : path, cacheControl: request.cacheControl };
}
