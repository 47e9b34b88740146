// POST /render with a JSON element tree using HTML elements (UA defaults) and inline svg: the same normalize stage as the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { errorBody, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;

beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool, renderRoute: 'open' });
});
afterAll(async () => {
  await app.close();
  await pool.close();
});

const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });

describe('POST /render with HTML elements and inline svg', () => {
  it('draws a mark with its UA yellow background and an svg with currentColor', async () => {
    const element = el('div', { style: { width: 200, height: 100, flexDirection: 'column', backgroundColor: 'white', color: 'rgb(255, 0, 0)' } },
      el('p', { style: { margin: 0, fontSize: 40 } }, el('mark', {}, 'MMM')),
      el('svg', { width: 40, height: 40, viewBox: '0 0 10 10' }, el('rect', { width: 10, height: 10, fill: 'currentColor' })));
    const response = await app.inject({ method: 'POST', url: '/render', payload: JSON.stringify({ element, width: 200, height: 100 }), headers: { 'content-type': 'application/json' } });
    expect(response.statusCode, response.body).toBe(200);
    const image = await loadImage(response.rawPayload);
    const ctx = createCanvas(200, 100).getContext('2d');
    ctx.drawImage(image, 0, 0);
    const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
    expect(at(2, 3)).toEqual([255, 255, 0, 255]); // mark background, above the glyphs
    expect(at(20, 80)).toEqual([255, 0, 0, 255]); // the svg's rect at y 48..88
  });

  it('answers an SVG element outside an svg with 422 UNKNOWN_ELEMENT_TYPE', async () => {
    const response = await app.inject({ method: 'POST', url: '/render', payload: JSON.stringify({ element: el('div', {}, el('circle', { r: 3 })), width: 50, height: 50 }), headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(422);
    expect(errorBody(response.body).code).toBe('UNKNOWN_ELEMENT_TYPE');
  });
});
