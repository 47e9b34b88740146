// text-indent, tab-size and display: contents: what they do to lines and boxes, and the values they refuse.
import { describe, expect, it } from 'vitest';
import { layout, render } from '../../../src/index.js';
import type { OgsmithError } from '../../../src/errors/catalogue.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const page = { width: 400, height: 200 };
type Node = { x: number; width: number; children: Node[]; lines?: { text: string; x: number; width: number }[] };
const lines = async (style: Record<string, unknown>, text: string) => {
  const result = await layout(el('div', { display: 'block', width: 200, fontSize: 16, ...style }, text), page);
  return (result.root as unknown as Node).children[0]!.lines!;
};
const code = async (style: Record<string, unknown>) => ((await layout(el('div', style, 'x'), page).catch((e: unknown) => e)) as OgsmithError).code;

describe('textIndent', () => {
  it('moves the first line only, by px or % of the width, and breaks it with that much less room', async () => {
    const plain = await lines({}, 'one two three four five six seven eight nine');
    const indented = await lines({ textIndent: 40 }, 'one two three four five six seven eight nine');
    expect(indented[0]!.x).toBeCloseTo(plain[0]!.x + 40, 5);
    expect(indented[1]!.x).toBeCloseTo(plain[1]!.x, 5);
    expect(indented[0]!.width).toBeLessThanOrEqual(160);
    expect((await lines({ textIndent: '10%' }, 'one two'))[0]!.x).toBeCloseTo(20, 5);
    expect((await lines({ textIndent: -10, paddingLeft: 10 }, 'one two'))[0]!.x).toBeCloseTo(0, 5);
  });

  it('refuses hanging and each-line', async () => {
    expect(await code({ textIndent: '2em hanging' })).toBe('INVALID_STYLE_VALUE');
  });
});

describe('tabSize', () => {
  it('sets the distance between tab stops in spaces or px', async () => {
    const [eight] = await lines({ whiteSpace: 'pre' }, 'a\tb');
    const [fifty] = await lines({ whiteSpace: 'pre', tabSize: '50px' }, 'a\tb');
    const [two] = await lines({ whiteSpace: 'pre', tabSize: 2 }, 'a\tb');
    expect(fifty!.width).toBeGreaterThan(50);
    expect(fifty!.width).toBeLessThan(70);
    expect(two!.width).toBeLessThan(eight!.width);
  });

  it('refuses negative sizes and percentages', async () => {
    expect(await code({ tabSize: -1 })).toBe('INVALID_STYLE_VALUE');
    expect(await code({ tabSize: '10%' })).toBe('INVALID_STYLE_VALUE');
  });
});

describe('display: contents', () => {
  it('lays its children out as its parent\'s and paints nothing of its own', async () => {
    const tree = el('div', { width: 300, height: 100, gap: 10 }, el('div', { width: 40, height: 40, backgroundColor: 'red' }), el('div', { display: 'contents', padding: 30, backgroundColor: 'black' }, el('div', { width: 40, height: 40 }), 'text'));
    const root = (await layout(tree, { width: 300, height: 100 })).root as unknown as Node;
    const contents = root.children[1]!;
    expect(contents.width).toBe(0);
    expect(contents.children[0]!.x).toBe(50);
    const png = await render(tree, { width: 300, height: 100 });
    expect(png.length).toBeGreaterThan(0);
  });
});

describe('textDecorationSkipInk', () => {
  it('accepts auto, none and all, and refuses other values', async () => {
    for (const value of ['auto', 'none', 'all']) await expect(render(el('div', { textDecoration: 'underline', textDecorationSkipInk: value }, 'gyp'), page)).resolves.toBeInstanceOf(Buffer);
    const error = await render(el('div', { textDecoration: 'underline', textDecorationSkipInk: 'sometimes' }, 'gyp'), page).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('INVALID_STYLE_VALUE');
  });
});
