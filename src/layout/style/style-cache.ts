// Computed styles shared across renders: the same declarations under the same parent style (or, for a root, the same viewport and default font) compute the same style.
import { LRUCache } from 'lru-cache';
import type { ComputedStyle } from './types.js';

/** Styles kept; each is a few kilobytes, so the cache stays under about 10 MB. */
const MAX_STYLES = 2048;

const cache = new LRUCache<string, ComputedStyle>({ max: MAX_STYLES });
const ids = new WeakMap<ComputedStyle, number>();
let nextId = 1;

function idOf(style: ComputedStyle): number {
  let id = ids.get(style);
  if (id === undefined) {
    id = nextId++;
    ids.set(style, id);
  }
  return id;
}

/** Cache key of a style from its parent (null for a root, with `scope` naming what a root depends on) and its declarations' key. */
export function styleKey(parent: ComputedStyle | null, scope: string, declarationsKey: string): string {
  return parent ? `${idOf(parent)}\u0004${declarationsKey}` : `root\u0004${scope}\u0004${declarationsKey}`;
}

export function cachedStyle(key: string): ComputedStyle | undefined {
  return cache.get(key);
}

/** Remembers a style that resolved without warnings (a style that warned reports them again at each element). */
export function rememberStyle(key: string, style: ComputedStyle): void {
  cache.set(key, style);
}

/** Number of styles kept, for metrics and tests. */
export function cachedStyleCount(): number {
  return cache.size;
}
