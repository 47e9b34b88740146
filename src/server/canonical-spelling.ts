// The canonical spelling of an image URL (runtime-neutral: the server and the edge handler redirect to it, each signing it with its own crypto).
import type { ImageFormat } from '../raster/encode/formats.js';

const EXTENSIONS: Readonly<Record<ImageFormat, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp', avif: 'avif', svg: 'svg' };
/** Whole-number parameters whose leading zeros would make another URL of the same image. */
const NUMBERS: ReadonlySet<string> = new Set(['width', 'height', 'quality']);

export interface SpelledRequest {
  /** The path as the server saw it (with any mount prefix), without the query. */
  readonly path: string;
  /** The checked query values (single strings), `sig` included. */
  readonly query: Readonly<Record<string, string>>;
  readonly format: ImageFormat;
  /** Template routes: the template's name, whose file (`blog.png`) ends the path and carries the format (no `format=`); /og/url: none. */
  readonly template?: string;
}

/** The canonical path and query (unsigned: no `sig`). */
export interface CanonicalSpelling {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
}

/**
 * The canonical spelling, or null when the request already is canonical: the path ends in the format's
 * extension (`.png`, `.jpg`, not `.jpeg` or none) with no `format` parameter, and numbers have no leading zeros.
 * Parameter order is not part of it (hand-written URLs are rarely sorted; a CDN can sort queries itself).
 */
export function canonicalSpelling(request: SpelledRequest): CanonicalSpelling | null {
  const formatInPath = request.template !== undefined;
  const path = formatInPath ? request.path.replace(/[^/]*$/, `${request.template}.${EXTENSIONS[request.format]}`) : request.path;
  const numbersCanonical = Object.entries(request.query).every(([key, value]) => !NUMBERS.has(key) || !/^0\d/.test(value));
  if (path === request.path && numbersCanonical && !(formatInPath && request.query.format !== undefined)) return null;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.query)) {
    if (key === 'sig' || (formatInPath && key === 'format')) continue;
    query[key] = NUMBERS.has(key) && /^\d+$/.test(value) ? String(Number(value)) : value;
  }
  return { path, query };
}
