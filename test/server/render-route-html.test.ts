// POST /render with an html field: the same image as the element tree, bounded, and coded errors for bad HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { errorBody, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;
let roomy: FastifyInstance;

beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool, renderRoute: 'open' });
  roomy = await buildApp({ pool, renderRoute: 'open', limits: { bodyBytes: 4 * 1024 * 1024 } });
}, 60_000);
afterAll(async () => {
  await Promise.all([app.close(), roomy.close()]);
  await pool.close();
});

const post = (target: FastifyInstance, payload: object) => target.inject({ method: 'POST', url: '/render', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });

const html = '<div style="display:flex; width:200px; height:100px; background-color:#4f46e5; color:white; font-size:24px">\n  <span>Hello &amp; welcome</span>\n</div>';
const tree = { type: 'div', props: { style: { display: 'flex', width: 200, height: 100, backgroundColor: '#4f46e5', color: 'white', fontSize: 24 }, children: [{ type: 'span', props: { children: 'Hello & welcome' } }] } };

describe('POST /render { html }', () => {
  it('renders the same image as the equivalent element tree, with its own ETag', async () => {
    const fromHtml = await post(app, { html, width: 200, height: 100 });
    const fromTree = await post(app, { element: tree, width: 200, height: 100 });
    expect(fromHtml.statusCode).toBe(200);
    expect(fromHtml.headers['content-type']).toBe('image/png');
    expect(fromHtml.rawPayload.equals(fromTree.rawPayload)).toBe(true);
    expect(fromHtml.headers.etag).not.toBe(fromTree.headers.etag);
  });

  it.each([
    ['both element and html', { element: tree, html, width: 10, height: 10 }, 400, 'INVALID_BODY'],
    ['neither element nor html', { width: 10, height: 10 }, 400, 'INVALID_BODY'],
    ['html that is not a string', { html: { type: 'div' }, width: 10, height: 10 }, 400, 'INVALID_BODY'],
    ['empty html', { html: '', width: 10, height: 10 }, 400, 'INVALID_BODY'],
    ['an unclosed tag', { html: '<div style="width:10px"', width: 10, height: 10 }, 422, 'INVALID_HTML'],
    ['a bad style attribute', { html: '<div style="color"></div>', width: 10, height: 10 }, 422, 'INVALID_HTML'],
    ['an unknown element', { html: '<table><tr><td>x</td></tr></table>', width: 10, height: 10 }, 422, 'UNKNOWN_ELEMENT_TYPE'],
    ['two top-level elements', { html: '<div></div><div></div>', width: 10, height: 10 }, 422, 'INVALID_ELEMENT'],
    ['HTML over the body limit', { html: `<div>${'x'.repeat(70_000)}</div>`, width: 10, height: 10 }, 413, 'PAYLOAD_TOO_LARGE'],
  ] as const)('answers %s with a coded %i', async (_name, body, status, code) => {
    const res = await post(app, body);
    expect(res.statusCode).toBe(status);
    expect(errorBody(res.body).code).toBe(code);
  });

  it('refuses HTML nested deeper than the tree limit before rendering (no recursion on the way)', async () => {
    const res = await post(roomy, { html: `${'<div>'.repeat(20_000)}x`, width: 10, height: 10 });
    expect(res.statusCode).toBe(400);
    expect(errorBody(res.body).code).toBe('TREE_TOO_DEEP');
  });
});
