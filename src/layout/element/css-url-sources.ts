// The url() arguments of a CSS value, read the way the background painter reads them (quotes and inner whitespace kept).

/** One url() with an optional quote; group 2 is the source. */
export const CSS_URL = /url\(\s*(['"]?)([\s\S]*?)\1\s*\)/i;
const CSS_URLS = new RegExp(CSS_URL.source, 'gi');

/** Every url() source in a CSS value, in order. */
export function cssUrlSources(value: string): string[] {
  return [...value.matchAll(CSS_URLS)].map((match) => match[2] ?? '');
}
