// SVG output: deterministic bytes, deduplicated glyphs, embedded image bytes, the canvas's blur convention, and the formats wherever an image is asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, displayList, ImageResponse, IMAGE_FORMATS, render } from '../../../src/index.js';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { displayListToSvg } from '../../../src/raster/svg-output/svg-document.js';
import { snapImageRect } from '../../../src/raster/svg-output/images.js';
import { buildApp } from '../../../src/server/app.js';
import { RenderPool } from '../../../src/pool/render-pool.js';
import { errorBody, TINY_PNG, warmPool } from '../../server/helpers.js';
import { xmlError } from './svg-cases.js';

const image = `data:image/png;base64,${TINY_PNG.toString('base64')}`;
const card = {
  type: 'div',
  props: {
    style: { display: 'flex', flexDirection: 'column', width: 400, height: 200, padding: 20, background: 'linear-gradient(90deg, #0f172a, #4f46e5)', color: 'white', fontSize: 32, textShadow: '2px 3px 8px rgba(0,0,0,0.5)', opacity: 0.9 },
    children: ['hello hello', { type: 'img', props: { src: image, width: 20, height: 20 } }, { type: 'img', props: { src: image, width: 40, height: 40 } }],
  },
};
const svgOf = async (element: unknown): Promise<string> => (await render(element, { width: 440, height: 240, format: 'svg' })).toString('utf8');

describe('SVG output', () => {
  it('writes the same bytes for the same input', async () => {
    const first = await svgOf(card);
    expect(await svgOf(card)).toBe(first);
    expect(xmlError(first)).toBeNull();
    expect(first.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="440" height="240"')).toBe(true);
  });

  it('defines each glyph outline once and places it with <use> (the text shadow reuses them too)', async () => {
    const svg = await svgOf({ type: 'div', props: { style: { width: 400, height: 100, fontSize: 32 }, children: 'hello hello' } });
    const defined = svg.match(/<path id="g\d+-\d+"/g) ?? [];
    const used = svg.match(/<use href="#g\d+-\d+"/g) ?? [];
    expect(defined).toHaveLength(new Set('helo'.split('')).size);
    expect(used).toHaveLength('hellohello'.length);
  });

  it('embeds each image source\'s original bytes once as a data: URL', async () => {
    const list = await displayList(card, { width: 440, height: 240 });
    const svg = displayListToSvg(list, await defaultRegistry());
    const embedded = [...svg.matchAll(/href="data:image\/png;base64,([^"]+)"/g)].map((m) => m[1]!);
    expect(embedded).toHaveLength(2);
    for (const data of embedded) expect(Buffer.from(data, 'base64').equals(TINY_PNG)).toBe(true);
  });

  it('blurs shadows with sigma = blur / 2, as the canvas reads shadowBlur', async () => {
    const svg = await svgOf(card);
    expect(svg).toContain('<feGaussianBlur stdDeviation="4"/>');
    expect(svg).toContain('opacity="0.9"');
  });

  it('moves image edges to whole pixels under a translation, as Skia draws images (no anti-aliased edges)', async () => {
    expect(snapImageRect({ x: 10, y: 92.5, width: 30, height: 15 }, { x: 0, y: 0 })).toEqual({ x: 10, y: 93, width: 30, height: 15 });
    expect(snapImageRect({ x: 10.25, y: 92.4, width: 30, height: 15.5 }, { x: 0.5, y: 0 })).toEqual({ x: 10.5, y: 92, width: 30, height: 16 });
    expect(snapImageRect({ x: 10, y: 92.5, width: 30, height: 15 }, null)).toEqual({ x: 10, y: 92.5, width: 30, height: 15 });
    const svg = await svgOf({ type: 'div', props: { style: { width: 100, height: 100 }, children: [{ type: 'img', props: { src: image, style: { position: 'absolute', left: 3.5, top: 10.5, width: 20, height: 20 } } }] } });
    expect(svg).toContain('<use href="#i-0" transform="matrix(20 0 0 20 4 11)"/>');
  });

  it('approximates conic gradients with wedges clipped to the box', async () => {
    const svg = await svgOf({ type: 'div', props: { style: { width: 200, height: 100, backgroundImage: 'conic-gradient(red, blue, red)', borderRadius: 20 } } });
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect((svg.match(/<path d="M100 50L/g) ?? []).length).toBeGreaterThan(100);
  });

  it('is a format with its content type, also for ImageResponse', async () => {
    expect(IMAGE_FORMATS).toContain('svg');
    expect(CONTENT_TYPES.svg).toBe('image/svg+xml');
    const response = new ImageResponse(card, { width: 440, height: 240, format: 'svg' });
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect((await response.text()).startsWith('<svg')).toBe(true);
  });
});

describe('SVG from the server', () => {
  const pool = new RenderPool({ threads: 1 });
  let app: FastifyInstance;
  beforeAll(async () => {
    await warmPool(pool);
    app = await buildApp({ pool, renderRoute: 'open' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await pool.close();
  });

  it('serves a template as .svg with its own ETag', async () => {
    const svg = await app.inject({ method: 'GET', url: '/og/quote.svg?quote=Vectors' });
    const png = await app.inject({ method: 'GET', url: '/og/quote.png?quote=Vectors' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(xmlError(svg.body)).toBeNull();
    expect(svg.headers.etag).not.toBe(png.headers.etag);
  });

  it('renders POST /render with format svg and refuses a quality for it', async () => {
    const body = { html: '<div style="display:flex;width:100px;height:50px;background:#4f46e5"></div>', width: 100, height: 50 };
    const ok = await app.inject({ method: 'POST', url: '/render', payload: { ...body, format: 'svg' } });
    expect(ok.headers['content-type']).toBe('image/svg+xml');
    const bad = await app.inject({ method: 'POST', url: '/render', payload: { ...body, format: 'svg', quality: 80 } });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad.body).message).toContain('not svg');
  });
});
