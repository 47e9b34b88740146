// Shaping with the real fonts: advances and GPOS kerning match the widths Chromium measured.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { shapeText } from '../../../src/layout/text/shape.js';

const fonts = await defaultRegistry();
const regular = fonts.chain(['Inter'], 400, 'normal');

describe('shapeText', () => {
  // Widths recorded by the browser oracle (Range.getClientRects) for Inter.
  it.each([
    ['Hello world AVATAR Type WAVE office', 16, 0, 289.344],
    ['Hello world AVATAR', 24, 0, 224.672],
    ['Hello', 72, 0, 173.531],
    ['Hello world', 16, 2, 107.406],
    ['jumps over', 20, 0, 104.266],
  ])('%j at %ipx (letter-spacing %i) is %f px wide as in Chromium', (text, size, letterSpacing, width) => {
    expect(shapeText(text, regular, size, letterSpacing, 0).width).toBeCloseTo(width, 1);
  });

  it('applies GPOS pair kerning from the font (AV is tighter than A + V)', () => {
    const pair = shapeText('AV', regular, 100, 0, 0).width;
    const apart = shapeText('A', regular, 100, 0, 0).width + shapeText('V', regular, 100, 0, 0).width;
    expect(pair).toBeLessThan(apart - 1);
  });

  it('gives offsets per UTF-16 index and word-spacing on spaces', () => {
    const shaped = shapeText('a b', regular, 16, 0, 10);
    expect(shaped.offsets).toHaveLength(4);
    const plain = shapeText('a b', regular, 16, 0, 0);
    expect(shaped.width - plain.width).toBeCloseTo(10, 6);
    expect(shaped.glyphs.map((g) => g.cluster)).toEqual([0, 1, 2]);
  });

  it('gives newlines no width and no glyph', () => {
    const shaped = shapeText('a\nb', regular, 16, 0, 0);
    expect(shaped.glyphs).toHaveLength(2);
    expect(shaped.width).toBeCloseTo(shapeText('ab', regular, 16, 0, 0).width, 6);
  });
});
