// findCssUrl() finds what the CSS_URL pattern matches (start, end, source) in one linear pass; cssUrlSources() lists what a global match lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSS_URL, cssUrlSources, findCssUrl } from '../../../src/layout/element/css-url-sources.js';

const GLOBAL = new RegExp(CSS_URL.source, 'gi');
/** The pattern's first match at or after `from`, as findCssUrl reports one. */
function reference(value: string, from: number): { start: number; end: number; source: string } | null {
  GLOBAL.lastIndex = from;
  const match = GLOBAL.exec(value);
  return match ? { start: match.index, end: match.index + match[0].length, source: match[2] ?? '' } : null;
}

const piece = fc.constantFrom('url(', 'URL(', 'uRl(', 'url', '(', ')', ')', '"', "'", ' ', '\t', '\n', '\u00a0', '\u3000', 'a', 'b.png', 'data:image/png;base64,iVBO', 'linear-gradient(red, blue)', ',', '/');
const cssValue = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('findCssUrl', () => {
  it('matches the CSS_URL pattern on random values, from every start', () => {
    fc.assert(
      fc.property(cssValue, (value) => {
        for (let from = 0; from <= value.length; from++) expect(findCssUrl(value, from)).toEqual(reference(value, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads quoted, unquoted and spaced sources as the pattern does', () => {
    const cases = ['url(a.png)', 'url( "a b.png" )', "url('a)b.png')", 'url("a.png)', 'url(  a.png  )', 'url("x" y)', 'url(', 'no url here', 'url("a") url(b)', 'url("")', 'url()'];
    for (const value of cases) expect(findCssUrl(value)).toEqual(reference(value, 0));
    expect(findCssUrl("url('a)b.png')")?.source).toBe('a)b.png');
    expect(findCssUrl('url("a.png)')?.source).toBe('"a.png');
  });

  it('lists every source of a global match in order', () => {
    fc.assert(
      fc.property(cssValue, (value) => {
        expect(cssUrlSources(value)).toEqual([...value.matchAll(new RegExp(CSS_URL.source, 'gi'))].map((match) => match[2] ?? ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a megabyte data: URL in one pass', () => {
    const value = `url(data:image/jpeg;base64,${'A'.repeat(1 << 20)})`;
    expect(findCssUrl(value)).toEqual({ start: 0, end: value.length, source: value.slice(4, -1) });
  });
});
