// The x-height of a style's primary font at its size, as Skia reports it (OS/2 sxHeight, MVAR-varied, else the height of "x").
import type { FontRegistry } from '../fonts/font-registry.js';
import { xHeightUnits } from '../fonts/harfbuzz.js';
import type { ComputedStyle } from '../style/types.js';
import { primaryFace } from './line-metrics.js';

/** x-height in px; Blink falls back to 56% of the ascent when the font has none. */
export function xHeight(style: ComputedStyle, fonts: FontRegistry, ascent: number): number {
  const face = primaryFace(style, fonts);
  const units = xHeightUnits(face);
  return units !== null && units > 0 ? units * (style.fontSize / face.unitsPerEm) : ascent * 0.56;
}
