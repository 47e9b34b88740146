// Inline svg: React props serialised to SVG markup, sized by its attributes, drawn with currentColor as the element's colour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { layout, render, type LayoutBox } from '../../../src/index.js';
import { inlineSvgImage, svgMarkup } from '../../../src/layout/element/inline-svg.js';
import { normalizeTree } from '../../../src/layout/element/normalize.js';
import { errorOf } from '../../helpers/errors.js';
import { toPlainElement } from '../../../src/pool/plain-element.js';

const fonts = [{ name: 'Inter', weight: 400 as const, data: readFileSync('fonts/Inter_400Regular.ttf') }];
const el = (type: unknown, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });
const expandNothing = (value: unknown) => value;

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data];
}

describe('inline svg', () => {
  it('writes React camelCase props as SVG attributes, keeps viewBox-like names, escapes text and styles', () => {
    const { image, hints } = inlineSvgImage({ width: 24, height: '12', viewBox: '0 0 24 12', className: 'logo', children: [el('path', { d: 'M0 0h4', strokeWidth: 2, strokeLinecap: 'round', fillOpacity: 0.5 }), el('text', { style: { fontSize: 8 } }, 'a<b & "c"'), el('use', { xlinkHref: '#p' })] }, 'root', expandNothing);
    expect(hints).toEqual({ width: 24, height: 12 });
    expect(image.natural).toEqual({ width: 24, height: 12 });
    const markup = svgMarkup(image.inlineSvg!, 48, 24, null);
    expect(markup).toContain('width="48" height="24" viewBox="0 0 24 12" class="logo">');
    expect(markup).toContain('<path d="M0 0h4" stroke-width="2" stroke-linecap="round" fill-opacity="0.5"></path>');
    expect(markup).toContain('<text style="font-size:8px">a&lt;b &amp; "c"</text>');
    expect(markup).toContain('<use xlink:href="#p"></use>');
  });

  it('takes its natural size from the viewBox when width or height is missing, else 300×150', () => {
    expect(inlineSvgImage({ viewBox: '0 0 40 20', width: 80 }, 'root', expandNothing).image.natural).toEqual({ width: 80, height: 40 });
    expect(inlineSvgImage({ viewBox: '0 0 40 20' }, 'root', expandNothing).image.natural).toEqual({ width: 40, height: 20 });
    expect(inlineSvgImage({}, 'root', expandNothing).image.natural).toEqual({ width: 300, height: 150 });
  });

  it('is laid out at its width/height attributes, which the style object overrides', async () => {
    const result = await layout(el('div', {}, el('svg', { width: 30, height: 20 }), el('svg', { width: 30, height: 20, style: { width: 60 } })), { width: 200, height: 100, fonts });
    const [a, b] = result.root.children as LayoutBox[];
    expect([a!.width, a!.height, b!.width, b!.height]).toEqual([30, 20, 60, 20]);
  });

  it('draws currentColor in the colour of the svg element', async () => {
    const tree = el('div', { style: { width: 40, height: 40, backgroundColor: 'white', color: 'rgb(0, 0, 255)' } }, el('svg', { width: 40, height: 40, viewBox: '0 0 4 4' }, el('rect', { width: 4, height: 4, fill: 'currentColor' })));
    expect(await pixel(await render(tree, { width: 40, height: 40, fonts }), 20, 20)).toEqual([0, 0, 255, 255]);
  });

  it('calls function components inside the svg', () => {
    const Dot = (props: { r: number }) => el('circle', { r: props.r });
    const tree = normalizeTree(el('svg', { width: 10, height: 10 }, el(Dot, { r: 3 })));
    expect(new TextDecoder().decode(tree.root.image!.bytes!)).toContain('<circle r="3"></circle>');
  });

  it('survives the trip to a render worker as plain data, with the attributes the UA stylesheet reads', async () => {
    const tree = el('div', { style: { width: 200, height: 120, flexDirection: 'column' } }, el('svg', { width: '2em', height: 20, viewBox: '0 0 4 2' }, el('rect', { width: 4, height: 2 })), el('ol', { start: 7, reversed: true }, el('li', {}, 'a')), el('a', { href: '/x' }, 'link'), el('p', {}, 'x', el('br', {}), 'y'));
    const plain = toPlainElement(tree);
    expect(JSON.stringify(await layout(plain, { width: 200, height: 120, fonts }))).toBe(JSON.stringify(await layout(tree, { width: 200, height: 120, fonts })));
    expect(await render(plain, { width: 200, height: 120, fonts })).toEqual(await render(tree, { width: 200, height: 120, fonts }));
  });

  it('refuses SVG elements outside an svg and HTML elements inside one, naming the element', () => {
    expect(errorOf(() => normalizeTree(el('div', {}, el('circle', { r: 2 })))).message).toMatch(/"circle" is not supported outside an <svg> element/);
    const inside = errorOf(() => normalizeTree(el('svg', {}, el('div', {}))));
    expect(inside.code).toBe('UNKNOWN_ELEMENT_TYPE');
    expect(inside.message).toMatch(/"div" is not supported inside an inline svg/);
  });
});
