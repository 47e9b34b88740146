// List markers: counter texts, ordinals from ol attributes, Chromium's bullet geometry, and refused kinds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { renderTraced } from '../../src/render.js';
import { normalizeTree } from '../../src/layout/element/normalize.js';
import { counterText, listOrdinals } from '../../src/raster/display-list/list-marker.js';
import { OgsmithError } from '../../src/errors/catalogue.js';

const fonts = [{ name: 'Inter', weight: 400 as const, data: readFileSync('fonts/Inter_400Regular.ttf') }];
const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });

describe('list markers', () => {
  it('writes counters as CSS counter styles do', () => {
    expect(counterText('decimal', 3)).toBe('3. ');
    expect(counterText('decimal-leading-zero', 7)).toBe('07. ');
    expect(counterText('lower-alpha', 28)).toBe('ab. ');
    expect(counterText('upper-roman', 1994)).toBe('MCMXCIV. ');
    expect(counterText('lower-roman', 0)).toBe('0. ');
  });

  it('numbers list items from start, down with reversed, and from a value', () => {
    const tree = normalizeTree(el('div', {}, el('ol', { start: 5 }, el('li', {}), el('li', {})), el('ol', { reversed: true }, el('li', {}), el('li', {}), el('li', {})), el('ol', {}, el('li', {}), el('li', { value: 10 }), el('li', {}))));
    const ordinals = listOrdinals(tree.root);
    const lists = tree.root.children.filter((c) => c.kind === 'element');
    const numbers = lists.map((list) => (list.kind === 'element' ? list.children.map((li) => ordinals.get(li.id)) : []));
    expect(numbers).toEqual([[5, 6], [3, 2, 1], [1, 10, 11]]);
  });

  it('draws a disc where Chromium does: ⌊2a/3⌋ + 7 px left of the item, 1.5 (a − ⌊2a/3⌋) px below the line top', async () => {
    // Inter at 100 px: ascent 96 (one px moved to the descent), so the disc is 32 px wide at x 128..160+, y 49..81.
    const tree = el('div', { style: { display: 'block', width: 400, height: 130, backgroundColor: 'white', fontSize: 100 } }, el('ul', { style: { margin: 0, paddingLeft: 200 } }, el('li', {}, 'x')));
    const png = await render(tree, { width: 400, height: 130, fonts, format: 'png' });
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const image = await loadImage(png);
    const ctx = createCanvas(400, 130).getContext('2d');
    ctx.drawImage(image, 0, 0);
    const dark = (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[0]! < 128;
    expect([dark(145, 65), dark(130, 65), dark(159, 65), dark(145, 50), dark(145, 80)]).toEqual([true, true, true, true, true]);
    expect([dark(126, 65), dark(163, 65), dark(145, 46), dark(145, 84)]).toEqual([false, false, false, false]);
  });

  it('refuses inside markers and marker images with a coded error, and warns with strict: false', async () => {
    const tree = (listStyle: string) => el('div', { style: { display: 'block' } }, el('ul', { style: { listStyle } }, el('li', {}, 'x')));
    const error = await render(tree('inside'), { width: 100, height: 100, fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).message).toMatch(/list-style-position "inside" is not drawn/);
    const { warnings } = await renderTraced(tree('url(x.png)'), { width: 100, height: 100, fonts, strict: false });
    expect(warnings.join('\n')).toMatch(/list-style-image is not drawn/);
  });
});
