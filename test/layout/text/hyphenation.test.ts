// Hyphenation: soft hyphens and hyphens: auto (English patterns) as break opportunities that show a hyphen.
import { describe, expect, it } from 'vitest';
import { layout, type LayoutText } from '../../../src/index.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { HYPHEN_BREAK, markHyphenation } from '../../../src/layout/text/hyphenation.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const page = { width: 400, height: 400 };
const linesOf = async (style: Record<string, unknown>, text: string) => {
  const result = await layout(el('div', { display: 'block', fontSize: 16, ...style }, text), page);
  return { box: result.root, lines: (result.root.children[0] as LayoutText).lines };
};

describe('markHyphenation', () => {
  const points = (text: string, hyphens: 'none' | 'manual' | 'auto', wraps = true) => {
    const kinds = new Uint8Array(text.length + 1);
    markHyphenation(kinds, text, () => hyphens, () => wraps);
    return [...kinds.keys()].filter((i) => kinds[i] === HYPHEN_BREAK);
  };

  it('breaks after soft hyphens unless hyphens is none or the text does not wrap', () => {
    expect(points('hy\u00adphen', 'manual')).toEqual([3]);
    expect(points('hy\u00adphen', 'auto')).toEqual([3]);
    expect(points('hy\u00adphen', 'none')).toEqual([]);
    expect(points('hy\u00adphen', 'manual', false)).toEqual([]);
  });

  it('finds English pattern points only with auto, in words of five letters or more', () => {
    expect(points('hyphenation', 'auto')).toEqual([2, 6]);
    expect(points('hyphenation', 'manual')).toEqual([]);
    expect(points('cats', 'auto')).toEqual([]);
  });
});

describe('hyphenated lines', () => {
  it('show a hyphen that counts in the line width but not in its text', async () => {
    const { lines } = await linesOf({ width: 90, hyphens: 'auto' }, 'Hyphenation makes justified typography readable');
    const broken = lines.filter((l) => !/\s$/.test(l.text) && lines.indexOf(l) < lines.length - 1);
    expect(lines.map((l) => l.text).join('|')).toContain('jus|tified');
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(90);
    expect(broken.length).toBeGreaterThan(0);
    const plain = await linesOf({ width: 90, hyphens: 'none' }, 'Hyphenation makes justified typography readable');
    expect(plain.lines.map((l) => l.text)).toEqual(['Hyphenation', 'makes', 'justified', 'typography', 'readable']);
  });

  it('let min-content shrink to a syllable and its hyphen', async () => {
    const wide = await layout(el('div', { width: 20 }, el('div', { fontSize: 16, hyphens: 'auto' }, 'internationalization')), page);
    const narrow = await layout(el('div', { width: 20 }, el('div', { fontSize: 16 }, 'internationalization')), page);
    expect((wide.root.children[0] as { width: number }).width).toBeLessThan((narrow.root.children[0] as { width: number }).width / 2);
  });

  it('keep nowrap text whole', async () => {
    const { lines } = await linesOf({ width: 60, hyphens: 'auto', whiteSpace: 'nowrap' }, 'internationalization');
    expect(lines).toHaveLength(1);
  });

  it('make text-wrap: pretty re-break a paragraph whose last line is long but follows two hyphenated lines', async () => {
    const text = 'Internationalization and localization requirements significantly complicate typographical considerations everywhere';
    const greedy = await linesOf({ width: 132, hyphens: 'auto' }, text);
    const pretty = await linesOf({ width: 132, hyphens: 'auto', textWrap: 'pretty' }, text);
    const last = greedy.lines[greedy.lines.length - 1]!.text;
    expect(last.split(' ').length).toBeGreaterThan(1);
    expect(pretty.lines.map((l) => l.text)).not.toEqual(greedy.lines.map((l) => l.text));
    for (const line of pretty.lines) expect(line.width).toBeLessThanOrEqual(132);
  });

  it('refuses other hyphens values', async () => {
    const error = await layout(el('div', { hyphens: 'sometimes' }, 'x'), page).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('INVALID_STYLE_VALUE');
  });
});
