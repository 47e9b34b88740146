// The url() arguments of a CSS value, read the way the background painter reads them (quotes and inner whitespace kept).
import { isWhiteSpaceCode } from '../text/white-space-code.js';

/**
 * One url() with an optional quote; group 2 is the source. The reference for `findCssUrl`, which
 * finds the same match in one pass: this pattern's lazy source costs a backtracking step per
 * character, milliseconds on a data: URL photo.
 */
export const CSS_URL = /url\(\s*(['"]?)([\s\S]*?)\1\s*\)/i;

/** A url() in a value: `value.slice(start, end)` is all of it, `source` its argument. */
export interface CssUrlMatch {
  readonly start: number;
  readonly end: number;
  readonly source: string;
}

/** Index after the whitespace (as regex `\s`) that starts at `from`. */
function skipSpaces(value: string, from: number): number {
  let at = from;
  while (at < value.length && isWhiteSpaceCode(value.charCodeAt(at))) at++;
  return at;
}

/** True when `url` (any case) starts at `at`. */
function isUrlName(value: string, at: number): boolean {
  return at >= 0 && (value.charCodeAt(at) | 0x20) === 0x75 && (value.charCodeAt(at + 1) | 0x20) === 0x72 && (value.charCodeAt(at + 2) | 0x20) === 0x6c;
}

/**
 * The first url() of `value` at or after `from`, exactly as `CSS_URL` matches it, in linear time:
 * the source runs to the first closing quote that `\s*)` follows, or, unquoted (or when no such
 * quote exists), to the first `)` less the whitespace before it.
 */
export function findCssUrl(value: string, from = 0): CssUrlMatch | null {
  // Parentheses are rare (a data: URL has none): find them natively, then look back for the name.
  let open = value.indexOf('(', from + 3);
  while (open >= 0 && !isUrlName(value, open - 3)) open = value.indexOf('(', open + 1);
  if (open < 0) return null;
  const start = open - 3;
  const afterSpaces = skipSpaces(value, open + 1);
  const quote = value[afterSpaces];
  if (quote === '"' || quote === "'") {
    for (let close = value.indexOf(quote, afterSpaces + 1); close >= 0; close = value.indexOf(quote, close + 1)) {
      const paren = skipSpaces(value, close + 1);
      if (value.charCodeAt(paren) === CLOSE_PAREN) return { start, end: paren + 1, source: value.slice(afterSpaces + 1, close) };
    }
  }
  // No ")" after this url( means none after any later one either: the pattern fails as a whole.
  const paren = value.indexOf(')', afterSpaces);
  if (paren < 0) return null;
  let sourceEnd = paren;
  while (sourceEnd > afterSpaces && isWhiteSpaceCode(value.charCodeAt(sourceEnd - 1))) sourceEnd--;
  return { start, end: paren + 1, source: value.slice(afterSpaces, sourceEnd) };
}

const CLOSE_PAREN = 0x29;

/** Every url() source in a CSS value, in order (as `CSS_URL` matched globally). */
export function cssUrlSources(value: string): string[] {
  const sources: string[] = [];
  for (let match = findCssUrl(value); match; match = findCssUrl(value, match.end)) sources.push(match.source);
  return sources;
}
