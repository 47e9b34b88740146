// Bidi: levels, visual order per line, mirroring, and reordered glyphs in laid-out paragraphs.
import { harfbuzzFont } from '../../../src/layout/fonts/harfbuzz.js';
import { describe, expect, it } from 'vitest';
import { baseRtlAt, mirroredCharacters, paragraphBidi, visualOrder } from '../../../src/layout/text/bidi.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import type { InlineItem } from '../../../src/layout/text/types.js';
import { scriptFonts } from '../../helpers/script-fonts.js';
import { styleOf } from '../style/style-fixture.js';

const fonts = await FontRegistry.create(scriptFonts());

describe('bidi levels and order', () => {
  it('needs no reordering for left-to-right text without RTL characters', () => {
    expect(paragraphBidi('Hello world', 'ltr')).toBeNull();
    expect(paragraphBidi('Hello world', 'rtl')).not.toBeNull();
  });

  it('reverses RTL runs and keeps Latin with its numbers left-to-right inside them', () => {
    const text = 'אבג abc 12';
    const bidi = paragraphBidi(text, 'rtl')!;
    const order = visualOrder(bidi, 0, text.length).map((i) => text[i]).join('');
    expect(order).toBe('abc 12 גבא');
  });

  it('detects the direction of each paragraph from its first strong character with auto (plaintext)', () => {
    const text = '2026 שלום world\nHello עולם';
    const bidi = paragraphBidi(text, 'auto')!;
    expect(bidi.rtl).toBe(true);
    expect(baseRtlAt(bidi, 0)).toBe(true);
    expect(baseRtlAt(bidi, text.indexOf('Hello'))).toBe(false);
    expect(paragraphBidi('Hello world', 'auto')).toBeNull();
  });

  it('reorders only the line it is given and mirrors brackets in RTL runs', () => {
    const text = 'abc (אבג) def';
    const bidi = paragraphBidi(text, 'ltr')!;
    expect(visualOrder(bidi, 4, 9).map((i) => text[i]).join('')).toBe('(גבא)');
    expect(mirroredCharacters(paragraphBidi('(אבג)', 'rtl')!, 0, 5)).toEqual(new Map([[0, ')'], [4, '(']]));
  });
});

describe('paragraphs with right-to-left text', () => {
  const item = (text: string, style: Record<string, unknown> = {}): InlineItem => ({ kind: 'text', textId: 1, text, style: styleOf({ fontFamily: 'Inter, Noto Sans Hebrew, Noto Sans Arabic', fontSize: 20, ...style }) });
  const lay = (text: string, block: Record<string, unknown>, width = 400) => {
    const style = { fontFamily: 'Inter, Noto Sans Hebrew, Noto Sans Arabic', fontSize: 20, ...block };
    return layoutParagraph(prepareParagraph([item(text, style)], styleOf(style), fonts), width);
  };

  it('draws the first Hebrew letter rightmost and aligns direction: rtl lines to the right', () => {
    const line = lay('שלום', { direction: 'rtl' }).texts.get(1)![0]!;
    const xs = line.glyphs.map((g) => g.x);
    expect(xs).toHaveLength(4);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect(line.x + line.width).toBeCloseTo(400, 5);
  });

  it('keeps Latin words left-to-right inside an RTL line', () => {
    const line = lay('שלום ab', { direction: 'rtl' }).texts.get(1)![0]!;
    const latin = line.glyphs.filter((g) => g.fontKey.startsWith('Inter') && g.glyphId !== harfbuzzFont(fonts.chain(['Inter'], 400, 'normal')[0]!).nominalGlyph(0x20));
    expect(latin).toHaveLength(2);
    expect(latin[0]!.x).toBeLessThan(latin[1]!.x);
    const hebrew = line.glyphs.filter((g) => g.fontKey.startsWith('Noto Sans Hebrew'));
    expect(Math.min(...hebrew.map((g) => g.x))).toBeGreaterThan(latin[1]!.x);
  });

  it('joins Arabic letters: the same letter takes different glyphs at word start, middle and end', () => {
    const glyphs = lay('ببب', { direction: 'rtl' }).texts.get(1)![0]!.glyphs;
    expect(new Set(glyphs.map((g) => g.glyphId)).size).toBe(3);
    const isolated = lay('ب', { direction: 'rtl' }).texts.get(1)![0]!.glyphs[0]!.glyphId;
    expect(glyphs.map((g) => g.glyphId)).not.toContain(isolated);
  });
});
