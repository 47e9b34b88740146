// UA stylesheet: HTML elements get Chromium's defaults before their own style, in the layout of the element tree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layout, type LayoutBox, type LayoutText } from '../../../src/index.js';
import { cascade, uaDeclarations, uaDisplay } from '../../../src/layout/style/ua-stylesheet.js';
import { listStyleShorthand } from '../../../src/layout/style/list-style.js';
import { jsx } from '../../../src/jsx/jsx-runtime.js';

const fonts = [
  { name: 'Inter', weight: 400 as const, data: readFileSync('fonts/Inter_400Regular.ttf') },
  { name: 'Inter', weight: 700 as const, data: readFileSync('fonts/Inter_700Bold.ttf') },
];
const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });
const box = (node: LayoutBox | LayoutText | undefined): LayoutBox => node as LayoutBox;

describe('UA stylesheet', () => {
  it('gives h1 2em bold with 0.67em margins, and p 1em margins, where div has none', async () => {
    const result = await layout(el('div', { style: { flexDirection: 'column', width: 400 } }, el('h1', {}, 'Title'), el('p', {}, 'Text'), el('div', {}, 'Plain')), { width: 400, height: 300, fonts });
    const [h1, p, div] = result.root.children.map(box);
    expect(h1!.y).toBeCloseTo(21.44, 2);
    expect(h1!.height).toBe(39); // 32px Inter bold line
    expect(p!.y).toBeCloseTo(21.44 + 39 + 21.44 + 16, 2);
    expect(div!.y).toBeCloseTo(p!.y + p!.height + 16, 2);
  });

  it('lets the element style override UA declarations one longhand at a time, in the order written', () => {
    // The shorthand comes after the UA longhands, so it wins over them.
    expect(Object.entries(cascade(uaDeclarations('h1', { hasHref: false, enclosingLists: 0 }), { margin: 0 }) ?? {})).toEqual([['fontSize', '2em'], ['fontWeight', 'bold'], ['marginTop', '0.67em'], ['marginBottom', '0.67em'], ['margin', 0]]);
    expect(cascade(uaDeclarations('p', { hasHref: false, enclosingLists: 0 }), { marginTop: 4 })).toEqual({ marginBottom: '1em', marginTop: 4 });
    expect(cascade(undefined, { color: 'red' })).toEqual({ color: 'red' });
  });

  it('makes an a a link only with an href, and nests list bullets as disc, circle, square without margins', () => {
    expect(uaDeclarations('a', { hasHref: true, enclosingLists: 0 })).toEqual({ color: '#0000ee', textDecoration: 'underline' });
    expect(uaDeclarations('a', { hasHref: false, enclosingLists: 0 })).toBeUndefined();
    expect(uaDeclarations('ul', { hasHref: false, enclosingLists: 0 })).toMatchObject({ listStyleType: 'disc', marginTop: '1em', paddingLeft: 40 });
    expect(uaDeclarations('ul', { hasHref: false, enclosingLists: 1 })).toMatchObject({ listStyleType: 'circle', marginTop: 0, marginBottom: 0 });
    expect(uaDeclarations('ul', { hasHref: false, enclosingLists: 2 })).toMatchObject({ listStyleType: 'square' });
    expect(uaDeclarations('ol', { hasHref: false, enclosingLists: 1 })).toMatchObject({ listStyleType: 'decimal', marginTop: 0 });
  });

  it('keeps div as flex (satori) and gives the HTML elements their browser display', () => {
    expect(uaDisplay('div')).toBe('flex');
    expect(uaDisplay('img')).toBe('block');
    for (const type of ['p', 'h1', 'ul', 'li', 'pre', 'hr', 'section', 'blockquote']) expect(uaDisplay(type), type).toBe('block');
    for (const type of ['span', 'a', 'strong', 'code', 'mark', 'svg', 'br']) expect(uaDisplay(type), type).toBe('inline');
  });

  it('reads listStyle into type, position and image', () => {
    expect(listStyleShorthand('none')).toEqual([['listStyleType', 'none'], ['listStylePosition', 'outside'], ['listStyleImage', 'none']]);
    expect(listStyleShorthand('square inside')).toEqual([['listStyleType', 'square'], ['listStylePosition', 'inside'], ['listStyleImage', 'none']]);
    expect(() => listStyleShorthand('wobbly')).toThrow(/not a list-style/);
  });

  it('breaks lines at br without reporting a text node for it', async () => {
    const result = await layout(el('div', { style: { display: 'block', width: 400 } }, 'one', el('br', {}), 'two'), { width: 400, height: 100, fonts });
    const [first, br, second] = result.root.children;
    expect(box(br).children).toEqual([]);
    expect((second as LayoutText).lines[0]!.y).toBeGreaterThan((first as LayoutText).lines[0]!.y);
  });

  it('maps the generic monospace to the first fixed-pitch font given', async () => {
    const mono = { name: 'JetBrains Mono', weight: 400 as const, data: readFileSync('node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2') };
    const tree = el('div', { style: { display: 'block' } }, el('code', {}, 'iiii'), el('span', {}, 'iiii'));
    const result = await layout(tree, { width: 400, height: 100, fonts: [...fonts, mono] });
    const [code, span] = result.root.children.map(box);
    expect(code!.width).toBeCloseTo(4 * 0.6 * 16, 0); // JetBrains Mono: 600 units per 1000
    expect(span!.width).toBeLessThan(code!.width / 2);
  });

  it('applies to trees from the JSX runtime and from JSON alike', async () => {
    const fromJsx = await layout(jsx('div', { style: { width: 300 }, children: jsx('h2', { children: 'Hi' }) }), { width: 300, height: 100, fonts });
    const fromJson = await layout(JSON.parse(JSON.stringify({ type: 'div', props: { style: { width: 300 }, children: { type: 'h2', props: { children: 'Hi' } } } })), { width: 300, height: 100, fonts });
    expect(box(fromJsx.root.children[0]).y).toBeCloseTo(19.92, 2);
    expect(fromJson.root).toEqual(fromJsx.root);
  });
});
