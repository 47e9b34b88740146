// Prepared paragraphs and their line layouts kept across renders: text whose inline items, styles, fonts and shaper repeat (a site name, a tag, a footer) is shaped, broken and placed once.
import { boundedCache, keyBytes, secondSighting } from '../../runtime/cache-budget.js';
import { sharedStyleId } from '../style/style-cache.js';
import { objectIds } from '../object-ids.js';
import type { ComputedStyle } from '../style/types.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import type { PreparedParagraph } from '../text/paragraph.js';
import type { Shaper } from '../text/shape.js';
import type { InlineItem, ParagraphLayout } from '../text/types.js';

/** Budget of each of the two caches (prepared paragraphs, layouts per width). */
export const MAX_SHARED_PARAGRAPH_BYTES = 2 * 1024 * 1024;
/** A prepared paragraph's bytes per character (the processed character, break kinds, offsets and units) and per glyph. */
const PREPARED_CHAR_BYTES = 160;
/** A placed glyph object with its array slot and boxed numbers. */
const PLACED_GLYPH_BYTES = 96;
/** Objects of a paragraph or line that do not grow with its text (maps, line boxes, fragments). */
const FIXED_BYTES = 1024;
const LINE_BYTES = 256;

const preparedCache = boundedCache<string, PreparedParagraph>({
  name: 'prepared_paragraphs',
  maxBytes: MAX_SHARED_PARAGRAPH_BYTES,
  sizeOf: (paragraph, key) => keyBytes(key) + FIXED_BYTES + paragraph.text.length * PREPARED_CHAR_BYTES + paragraph.units.length * 64,
});

function layoutBytes(layout: ParagraphLayout): number {
  let bytes = FIXED_BYTES + layout.lines.length * LINE_BYTES;
  for (const lines of layout.texts.values()) for (const line of lines) bytes += LINE_BYTES + line.text.length * 2 + line.glyphs.length * PLACED_GLYPH_BYTES;
  for (const rects of layout.boxes.values()) bytes += rects.length * 64;
  return bytes;
}

const layoutCache = boundedCache<string, ParagraphLayout>({ name: 'paragraph_layouts', maxBytes: MAX_SHARED_PARAGRAPH_BYTES, sizeOf: (layout, key) => keyBytes(key) + layoutBytes(layout) });
/**
 * Keys seen once: a paragraph is kept from its second preparation on, so text that comes once (a
 * title that changes every render) leaves no objects behind for the garbage collector to copy.
 */
const seenOnce = secondSighting('paragraph_sightings', 256 * 1024);

/** Numbers naming shapers (a test's fixed-advance shaper is not the font shaper). */
const shaperId = objectIds<Shaper>();

/**
 * Registries whose paragraphs are kept, most recently used last. Entries hold their registry (and
 * its fonts) alive, so only a few registries take part: a new one past the limit (a caller passing
 * new fonts to every render) empties both caches instead of keeping more registries' fonts.
 */
const MAX_REGISTRIES = 4;
const registryIds = new Map<FontRegistry, number>();
let nextRegistryId = 1;
function registryId(fonts: FontRegistry): number {
  const id = registryIds.get(fonts);
  if (id !== undefined) {
    if (registryIds.size > 1) {
      registryIds.delete(fonts);
      registryIds.set(fonts, id);
    }
    return id;
  }
  if (registryIds.size >= MAX_REGISTRIES) {
    const oldest = registryIds.keys().next().value;
    if (oldest) registryIds.delete(oldest);
    preparedCache.clear();
    layoutCache.clear();
    seenOnce.clear();
  }
  const fresh = nextRegistryId++;
  registryIds.set(fonts, fresh);
  return fresh;
}

/**
 * The key under which a paragraph of these items is shared, or null when it may not be: an item
 * laid out per render (an atomic inline), a style resolved for one element only (a warning, a long
 * declaration, an autofit step), or hyphens: auto (patterns can be registered later).
 */
export function sharedParagraphKey(items: readonly InlineItem[], blockStyle: ComputedStyle, fonts: FontRegistry, shaper: Shaper): string | null {
  const block = sharedStyleId(blockStyle);
  if (block === null) return null;
  let key = '';
  for (const item of items) {
    if (item.kind === 'close') {
      key += `\u0002c${item.boxId}`;
      continue;
    }
    if (item.kind === 'atomic') return null;
    const style = sharedStyleId(item.style);
    if (style === null || item.style.hyphens === 'auto') return null;
    // Edges of an open item come from its style (no percentages here: see sameAtEveryWidth).
    key += item.kind === 'open' ? `\u0002o${item.boxId}\u0003${style}` : `\u0002t${item.textId}\u0003${style}\u0003${item.text.length}\u0003${item.text}`;
  }
  return `${registryId(fonts)}\u0001${shaperId(shaper)}\u0001${block}${key}`;
}

export function sharedPrepared(key: string): PreparedParagraph | undefined {
  return preparedCache.get(key);
}

/** Keeps a paragraph prepared for the second time (the first time only its key is noted). */
export function rememberPrepared(key: string, paragraph: PreparedParagraph): void {
  if (seenOnce.seenBefore(key)) preparedCache.set(key, paragraph);
}

export function sharedLayout(key: string, width: number): ParagraphLayout | undefined {
  return layoutCache.get(`${key}\u0004${width}`);
}

/** Keeps a layout of a kept paragraph. */
export function rememberLayout(key: string, width: number, layout: ParagraphLayout): void {
  if (preparedCache.has(key)) layoutCache.set(`${key}\u0004${width}`, layout);
}
