// Line-height: normal with fallback fonts: each font that drew glyphs on a line adds its own extent (as Blink does).
import type { ComputedStyle } from '../style/types.js';
import { scaledMetrics } from '../fonts/font-face.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import { primaryFace, type BoxExtent } from './line-metrics.js';
import { StyleFontMemo } from './style-font-memo.js';

const primaryKeys = new StyleFontMemo<string>();

function primaryKey(style: ComputedStyle, fonts: FontRegistry): string {
  return primaryKeys.get(fonts, style, () => primaryFace(style, fonts).key);
}

/** The extents of the non-primary fonts used by `glyphs` when line-height is normal (none otherwise). */
export function fallbackExtents(glyphs: readonly { readonly fontKey: string }[], style: ComputedStyle, fonts: FontRegistry): BoxExtent[] {
  if (style.lineHeight.kind !== 'normal' || glyphs.length === 0) return [];
  const primary = primaryKey(style, fonts);
  let seen: Set<string> | null = null;
  const extents: BoxExtent[] = [];
  for (const glyph of glyphs) {
    if (glyph.fontKey === primary) continue;
    seen ??= new Set<string>();
    if (seen.has(glyph.fontKey)) continue;
    seen.add(glyph.fontKey);
    const face = fonts.face(glyph.fontKey);
    if (!face) continue;
    const font = scaledMetrics(face, style.fontSize);
    const top = Math.floor(font.lineGap / 2);
    extents.push({ above: font.ascent + top, below: font.descent + (font.lineGap - top), font });
  }
  return extents;
}
