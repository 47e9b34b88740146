// Paragraph layout with a fake shaper of fixed advances: breaks, white space, edges, alignment, intrinsic widths.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { intrinsicWidths, layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import type { Shaper } from '../../../src/layout/text/shape.js';
import type { InlineItem } from '../../../src/layout/text/types.js';
import { styleOf } from '../style/style-fixture.js';

/** Every character advances 10 px, a space 5 px (plus letter- and word-spacing), no kerning. */
const fixedShaper: Shaper = (text, _chain, _size, letterSpacing, wordSpacing) => {
  const offsets = new Float64Array(text.length + 1);
  let x = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = x;
    const char = text[i]!;
    x += char === '\n' ? 0 : (char === ' ' ? 5 + wordSpacing : 10) + letterSpacing;
  }
  offsets[text.length] = x;
  return { width: x, offsets, glyphs: [] };
};

const fonts = await defaultRegistry();
const text = (value: string, style: Record<string, unknown> = {}, textId = 1): InlineItem => ({ kind: 'text', textId, text: value, style: styleOf(style) });
const prepare = (items: InlineItem[], block: Record<string, unknown> = {}) => prepareParagraph(items, styleOf(block), fonts, fixedShaper);
const lineTexts = (items: InlineItem[], width: number, block: Record<string, unknown> = {}, textId = 1) => layoutParagraph(prepare(items, block), width).texts.get(textId)!.map((l) => l.text);

describe('line breaking', () => {
  it('fills lines greedily; trailing spaces do not count', () => {
    // "aaa bbb ccc": words 30 px, spaces 5 px. 65 fits "aaa bbb" (65) exactly.
    expect(lineTexts([text('aaa bbb ccc')], 65)).toEqual(['aaa bbb', 'ccc']);
    expect(lineTexts([text('aaa bbb ccc')], 64)).toEqual(['aaa', 'bbb', 'ccc']);
  });

  it('breaks after hyphens and keeps URLs whole (no break after a solidus)', () => {
    expect(lineTexts([text('state-of-art')], 60)).toEqual(['state-', 'of-art']);
    expect(lineTexts([text('see a/b/c')], 40)).toEqual(['see', 'a/b/c']);
  });

  it('never wraps nowrap text, and forces breaks at newlines in pre-line', () => {
    expect(lineTexts([text('aaa bbb ccc', { whiteSpace: 'nowrap' })], 20)).toEqual(['aaa bbb ccc']);
    expect(lineTexts([text('aa\nbb cc', { whiteSpace: 'pre-line' })], 500)).toEqual(['aa', 'bb cc']);
  });

  it('word-break: break-all breaks between letters; keep-all does not break CJK', () => {
    expect(lineTexts([text('abcdef', { wordBreak: 'break-all' })], 35)).toEqual(['abc', 'def']);
    expect(lineTexts([text('漢字漢字', { wordBreak: 'keep-all' })], 25)).toEqual(['漢字漢字']);
    expect(lineTexts([text('漢字漢字')], 25)).toEqual(['漢字', '漢字']);
  });

  it('overflow-wrap: break-word breaks a word only when it alone overflows', () => {
    expect(lineTexts([text('ab abcdefgh', { overflowWrap: 'break-word' })], 40)).toEqual(['ab', 'abcd', 'efgh']);
    expect(lineTexts([text('ab abcdefgh')], 40)).toEqual(['ab', 'abcdefgh']);
  });
});

describe('white space', () => {
  it('collapses runs of spaces, also across items, and trims line starts', () => {
    const items = [text('  aa   ', {}, 1), text('  bb', {}, 2)];
    const layout = layoutParagraph(prepare(items), 500);
    expect(layout.texts.get(1)![0]).toMatchObject({ text: 'aa', x: 0, width: 20 });
    expect(layout.texts.get(2)![0]).toMatchObject({ text: 'bb', x: 25, width: 20 });
  });

  it('preserves spaces in pre and breaks at every newline', () => {
    const layout = layoutParagraph(prepare([text('a  b\n\nc', { whiteSpace: 'pre' })]), 500);
    expect(layout.texts.get(1)!.map((l) => l.text)).toEqual(['a  b', 'c']);
    expect(layout.lines).toHaveLength(3);
    expect(layout.texts.get(1)![0]!.width).toBe(30);
  });

  it('a paragraph of collapsible spaces has no line at all', () => {
    expect(layoutParagraph(prepare([text('   \n  ')]), 100)).toMatchObject({ height: 0, lines: [], firstBaseline: null });
  });
});

describe('inline boxes and alignment', () => {
  it('adds margin, border and padding at the start and end of a span', () => {
    const open: InlineItem = { kind: 'open', boxId: 7, style: styleOf({}), marginStart: 3, borderStart: 2, paddingStart: 5, marginEnd: 4, borderEnd: 1, paddingEnd: 6, borderTop: 2, paddingTop: 1, borderBottom: 2, paddingBottom: 1 };
    const layout = layoutParagraph(prepare([text('x ', {}, 1), open, text('yy', {}, 2), { kind: 'close', boxId: 7 }, text(' z', {}, 3)]), 500);
    expect(layout.boxes.get(7)![0]).toMatchObject({ x: 18, width: 2 + 5 + 20 + 6 + 1 });
    expect(layout.texts.get(2)![0]!.x).toBe(25);
    expect(layout.texts.get(3)![0]!.x).toBe(18 + 34 + 4 + 5);
  });

  it('centres, right-aligns and justifies lines', () => {
    const centre = layoutParagraph(prepare([text('aa')], { textAlign: 'center' }), 100);
    expect(centre.texts.get(1)![0]!.x).toBe(40);
    const right = layoutParagraph(prepare([text('aa')], { textAlign: 'right' }), 100);
    expect(right.texts.get(1)![0]!.x).toBe(80);
    const justified = layoutParagraph(prepare([text('aa bb cc dd')], { textAlign: 'justify' }), 75);
    const [first, last] = justified.texts.get(1)!;
    expect(first).toMatchObject({ text: 'aa bb cc', x: 0, width: 75 });
    expect(last).toMatchObject({ text: 'dd', width: 20 });
  });

  it('stacks line boxes by line-height with the half-leading floored above', () => {
    const layout = layoutParagraph(prepare([text('aa bb', { lineHeight: 1.5, fontSize: 13 })], { lineHeight: 1.5, fontSize: 13 }), 25);
    expect(layout.lines.map((l) => l.height)).toEqual([19.5, 19.5]);
    expect(layout.texts.get(1)![0]).toMatchObject({ y: 1, height: 16 });
    expect(layout.texts.get(1)![1]!.y).toBe(20.5);
  });
});

describe('intrinsic widths', () => {
  it('min-content is the widest unbreakable piece, max-content the unwrapped line', () => {
    expect(intrinsicWidths(prepare([text('aa bbbb c')]))).toEqual({ minContent: 40, maxContent: 80 });
  });

  it('overflow-wrap: anywhere lets min-content shrink to one grapheme', () => {
    expect(intrinsicWidths(prepare([text('abcd', { overflowWrap: 'anywhere' })])).minContent).toBe(10);
    expect(intrinsicWidths(prepare([text('abcd', { overflowWrap: 'break-word' })])).minContent).toBe(40);
  });

  it('forced breaks split max-content into lines', () => {
    expect(intrinsicWidths(prepare([text('aaaa\nbb', { whiteSpace: 'pre' })])).maxContent).toBe(40);
  });
});

describe('line clamping and text-overflow', () => {
  it('line-clamp keeps N lines and ends the last with an ellipsis that fits', () => {
    const layout = layoutParagraph(prepare([text('aaa bbb ccc ddd')], { lineClamp: 2 }), 40);
    const lines = layout.texts.get(1)!;
    expect(lines.map((l) => l.text)).toEqual(['aaa', 'bbb…']);
    expect(layout.lines).toHaveLength(2);
    expect(layout.clamped).toBe(true);
    expect(lines[1]!.width).toBeLessThanOrEqual(40);
  });

  it('text-overflow: ellipsis cuts an overflowing nowrap line between characters', () => {
    const block = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
    const item = text('abcdefghij', { whiteSpace: 'nowrap' });
    const layout = layoutParagraph(prepare([item], block), 55);
    const [line] = layout.texts.get(1)!;
    expect(line!.text).toBe('abcd…');
    expect(line!.width).toBeLessThanOrEqual(55);
    expect(layout.clamped).toBe(false);
  });

  it('uses a custom string and leaves fitting or visible-overflow text alone', () => {
    const custom = layoutParagraph(prepare([text('abcdefghij', { whiteSpace: 'nowrap' })], { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: '" >"' }), 55);
    expect(custom.texts.get(1)![0]!.text.endsWith(' >')).toBe(true);
    const fits = layoutParagraph(prepare([text('abc', { whiteSpace: 'nowrap' })], { overflow: 'hidden', textOverflow: 'ellipsis' }), 55);
    expect(fits.texts.get(1)![0]!.text).toBe('abc');
    const visible = layoutParagraph(prepare([text('abcdefghij', { whiteSpace: 'nowrap' })], { whiteSpace: 'nowrap', textOverflow: 'ellipsis' }), 55);
    expect(visible.texts.get(1)![0]!.text).toBe('abcdefghij');
  });
});

describe('text-wrap: balance', () => {
  it('keeps the greedy line count and evens the lines out', () => {
    // Greedy at 105 px: "aaa bbb ccc" (100) / "dd" (20); balanced: "aaa bbb" (65) / "ccc dd" (55).
    expect(lineTexts([text('aaa bbb ccc dd')], 105)).toEqual(['aaa bbb ccc', 'dd']);
    expect(lineTexts([text('aaa bbb ccc dd')], 105, { textWrap: 'balance' })).toEqual(['aaa bbb', 'ccc dd']);
  });

  it('leaves single lines and forced breaks alone', () => {
    expect(lineTexts([text('aaa bbb')], 500, { textWrap: 'balance' })).toEqual(['aaa bbb']);
    expect(lineTexts([text('aaa bbb ccc\ndd', { whiteSpace: 'pre-line' })], 105, { textWrap: 'balance' })).toEqual(['aaa bbb ccc', 'dd']);
  });
});
