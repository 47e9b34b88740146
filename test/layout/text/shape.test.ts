// Shaping with HarfBuzz and the real fonts: widths Chromium measured, clusters, ligature offsets, features and line edges.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { shapingSettings } from '../../../src/layout/text/features.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import { shapeText } from '../../../src/layout/text/shape.js';
import { scriptFonts } from '../../helpers/script-fonts.js';
import { styleOf } from '../style/style-fixture.js';

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

  it('shapes Inter\'s contextual arrow (calt): one glyph whose advance is split over its two characters', () => {
    const shaped = shapeText('a->b', regular, 40, 0, 0);
    expect(shaped.glyphs.map((g) => g.cluster)).toEqual([0, 1, 3]);
    const arrow = shaped.offsets[3]! - shaped.offsets[1]!;
    expect(shaped.offsets[2]! - shaped.offsets[1]!).toBeCloseTo(arrow / 2, 9);
    expect(shaped.glyphs[1]!.advance).toBeCloseTo(arrow, 9);
    expect(shaped.unsafe?.[2]).toBe(1);
  });

  it('turns contextual alternates and optional ligatures off as CSS asks', () => {
    const two = (settings: Parameters<typeof shapeText>[5], letterSpacing = 0) => shapeText('->', regular, 40, letterSpacing, 0, settings).glyphs.length;
    expect(two([])).toBe(1);
    expect(two([{ tag: 'calt', value: 0 }])).toBe(2);
    expect(two(shapingSettings(styleOf({ fontVariantLigatures: 'no-contextual' })))).toBe(2);
    expect(two(shapingSettings(styleOf({ fontVariantLigatures: 'none' })))).toBe(2);
    // Non-zero letter-spacing turns liga and clig off (not calt, as in Chromium).
    expect(shapingSettings(styleOf({ letterSpacing: 2 }))).toEqual([{ tag: 'liga', value: 0 }, { tag: 'clig', value: 0 }]);
  });

  it('maps fontVariantNumeric to OpenType features (tabular figures are all one width)', () => {
    const tabular = shapingSettings(styleOf({ fontVariantNumeric: 'tabular-nums slashed-zero' }));
    expect(tabular).toEqual([{ tag: 'tnum', value: 1 }, { tag: 'zero', value: 1 }]);
    expect(shapeText('1', regular, 20, 0, 0, tabular).width).toBeCloseTo(shapeText('8', regular, 20, 0, 0, tabular).width, 9);
    expect(shapingSettings(styleOf({ fontVariantCaps: 'all-small-caps' }))).toEqual([{ tag: 'c2sc', value: 1 }, { tag: 'smcp', value: 1 }]);
  });

  it('refuses an unknown font-variant keyword with a coded error naming the property and value', () => {
    expect(() => shapingSettings(styleOf({ fontVariantNumeric: 'wide-nums' }))).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining('fontVariantNumeric "wide-nums"') }));
    expect(() => shapingSettings(styleOf({ fontKerning: 'sometimes' }))).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE' }));
  });

  it('gives marks no advance and an offset from the baseline (Arabic harakat attach to their letters)', async () => {
    const scripts = await FontRegistry.create(scriptFonts());
    const arabic = scripts.chain(['Noto Sans Arabic'], 400, 'normal');
    const rtl = (text: string) => new Uint8Array(text.length).fill(1);
    const marked = 'صُوَرِ';
    const bare = 'صور';
    expect(shapeText(marked, arabic, 48, 0, 0, [], rtl(marked)).width).toBeCloseTo(shapeText(bare, arabic, 48, 0, 0, [], rtl(bare)).width, 6);
    const marks = shapeText(marked, arabic, 48, 0, 0, [], rtl(marked)).glyphs.filter((g) => g.advance === 0);
    expect(marks).toHaveLength(3);
    expect(marks.every((g) => g.y !== 0)).toBe(true);
  });
});

describe('line edges inside a ligature', () => {
  it('shapes each side of a break inside the arrow alone, as Chromium does', () => {
    const block = styleOf({ fontFamily: 'Inter', fontSize: 16 });
    const laid = layoutParagraph(prepareParagraph([{ kind: 'text', textId: 1, text: 'jumps -> office', style: block }], block, fonts), 60);
    const lines = laid.texts.get(1)!;
    expect(lines.map((l) => l.text)).toEqual(['jumps -', '> office']);
    expect(lines[0]!.width).toBeCloseTo(shapeText('jumps -', regular, 16, 0, 0).width, 6);
    expect(lines[1]!.width).toBeCloseTo(shapeText('> office', regular, 16, 0, 0).width, 6);
    // Shaped whole, the arrow would be split in two halves of its advance instead.
    expect(Math.abs(lines[0]!.width - (shapeText('jumps ->', regular, 16, 0, 0).offsets[7]!))).toBeGreaterThan(0.1);
  });
});

