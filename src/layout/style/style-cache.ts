// Computed styles shared across renders: the same declarations under the same parent style (or, for a root, the same viewport and default font) compute the same style.
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import type { ComputedStyle } from './types.js';
import { objectIds } from '../object-ids.js';

/** Styles kept: at most 2,048 and 8 MB, a style counted at STYLE_BYTES (its ~80 fields and nested records, estimated) plus its key. */
const MAX_STYLES = 2048;
const MAX_BYTES = 8 * 1024 * 1024;
const STYLE_BYTES = 3072;

const cache = boundedCache<string, ComputedStyle>({ name: 'computed_styles', maxBytes: MAX_BYTES, maxEntries: MAX_STYLES, sizeOf: (_style, key) => STYLE_BYTES + keyBytes(key) });
const idOf = objectIds<ComputedStyle>();
/** Styles handed out by this cache: the same declarations under the same parent give the same object across renders. */
const shared = new WeakSet<ComputedStyle>();

/** A number naming a style that renders share (one from this cache), or null for a style resolved for one element only. */
export function sharedStyleId(style: ComputedStyle): number | null {
  return shared.has(style) ? idOf(style) : null;
}

/**
 * Cache key of a style from its parent (null for a root, with `scope` naming what a root depends on) and its declarations' key;
 * null under a parent this cache did not hand out: that parent is new each render, so a key naming it would never be asked
 * for again (the photo card's children under its 200 KB data: URL background added 6 such styles a render, 2,040 entries and
 * 6.4 MB after 2,000 mixed renders).
 */
export function styleKey(parent: ComputedStyle | null, scope: string, declarationsKey: string): string | null {
  if (!parent) return `root\u0004${scope}\u0004${declarationsKey}`;
  return shared.has(parent) ? `${idOf(parent)}\u0004${declarationsKey}` : null;
}

export function cachedStyle(key: string): ComputedStyle | undefined {
  return cache.get(key);
}

/** Remembers a style that resolved without warnings (a style that warned reports them again at each element). */
export function rememberStyle(key: string, style: ComputedStyle): void {
  cache.set(key, style);
  shared.add(style);
}
