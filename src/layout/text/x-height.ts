// The x-height of a style's primary font at its size, as Skia reports it (OS/2 sxHeight, else the height of "x").
import type { FontRegistry } from '../fonts/font-registry.js';
import type { ComputedStyle } from '../style/types.js';
import { primaryFace } from './line-metrics.js';

/** x-height in px; Blink falls back to 56% of the ascent when the font has none. */
export function xHeight(style: ComputedStyle, fonts: FontRegistry, ascent: number): number {
  const face = primaryFace(style, fonts);
  const os2 = face.font.tables.os2;
  const scale = style.fontSize / face.unitsPerEm;
  if (os2 && (os2.version ?? 0) >= 2 && (os2.sxHeight ?? 0) > 0) return (os2.sxHeight ?? 0) * scale;
  const glyph = face.font.glyphs.get(face.font.charToGlyphIndex('x'));
  // The path is y-down at size unitsPerEm: the top of "x" is its smallest y.
  const top = glyph ? Math.min(0, ...glyph.getPath(0, 0, face.unitsPerEm).commands.map((c) => c.y ?? 0)) : 0;
  const yMax = -top;
  return yMax > 0 ? yMax * scale : ascent * 0.56;
}
