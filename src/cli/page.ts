// One page of a build as read from a manifest or a content file, or the reason it could not be read.
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';

export interface PageSpec {
  readonly slug: string;
  /** Where the page came from, for messages: a file path, or `pages.yaml entry 3`. */
  readonly source: string;
  readonly template: string;
  /** Raw parameter values (strings, numbers, booleans, dates, lists); checked against the template's schema later. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly alt: string | undefined;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export type PageRead =
  | { readonly kind: 'page'; readonly page: PageSpec }
  | { readonly kind: 'invalid'; readonly source: string; readonly slug: string | undefined; readonly error: OgsmithError };

/** Names of a template's parameters, or undefined for an unknown template. */
export type ParamNames = (template: string) => ReadonlySet<string> | undefined;

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** A slug is one or more `/`-separated segments of letters, digits, `.`, `_` and `-` (no `..`, no leading dot or slash). */
export function checkSlug(slug: string, where: string): string {
  const ok = slug.length <= 200 && slug.split('/').every((segment) => SEGMENT.test(segment) && !segment.includes('..'));
  if (!ok) throw new OgsmithError('INVALID_PAGE', `${where}: slug ${quote(slug)} must be /-separated parts of letters, digits, ".", "_" and "-" (no "..", no leading "/" or ".")`);
  return slug;
}

/** Any failure while reading a page as INVALID_PAGE with the first line of its message (coded errors keep their code). */
export function pageError(error: unknown, where: string): OgsmithError {
  if (isOgsmithError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OgsmithError('INVALID_PAGE', `${where}: ${message.split('\n')[0]!.replace(/:$/, '')}`, { cause: error });
}
