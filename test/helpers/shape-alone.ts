// HarfBuzz's glyphs for a text shaped alone, straight from harfbuzzjs: the reference the word-shaping tests compare with.
import type { FontFace } from '../../src/layout/fonts/font-face.js';
import { harfbuzz, harfbuzzFont } from '../../src/layout/fonts/harfbuzz.js';

export interface ShapedGlyph {
  readonly id: number;
  readonly advance: number;
  readonly dx: number;
  readonly dy: number;
}

let sharedBuffer: InstanceType<ReturnType<typeof harfbuzz>['Buffer']> | undefined;

/** HarfBuzz's glyphs for a text alone (no context), in logical order. */
export function shapeAlone(face: FontFace, text: string, rtl: boolean): ShapedGlyph[] {
  const hb = harfbuzz();
  const buffer = (sharedBuffer ??= new hb.Buffer());
  buffer.reset();
  buffer.addText(text);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(harfbuzzFont(face), buffer);
  const positions = buffer.getGlyphPositions();
  const glyphs = buffer.getGlyphInfos().map((info, g) => ({ id: info.codepoint, advance: positions[g]!.xAdvance, dx: positions[g]!.xOffset, dy: positions[g]!.yOffset }));
  return rtl ? glyphs.reverse() : glyphs;
}
