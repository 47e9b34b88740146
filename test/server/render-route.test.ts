// POST /render: off by default, API keys, body checks (JSON, type, size, depth, nodes, poisoned keys) and rendering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { errorBody, lyingPng, TINY_PNG, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
let closed: FastifyInstance;
let keyed: FastifyInstance;
let roomy: FastifyInstance;

const card = { type: 'div', props: { style: { width: 200, height: 100, backgroundColor: '#4f46e5', color: 'white', fontSize: 24 }, children: 'Hello' } };

beforeAll(async () => {
  await warmPool(pool);
  closed = await buildApp({ pool });
  keyed = await buildApp({ pool, renderRoute: { apiKeys: ['k1', 'k2'] } });
  // A body limit large enough that huge trees reach the tree walk (by default they are 413 first).
  roomy = await buildApp({ pool, renderRoute: 'open', limits: { bodyBytes: 8 * 1024 * 1024 } });
});
afterAll(async () => {
  await Promise.all([closed.close(), keyed.close(), roomy.close()]);
  await pool.close();
});

const post = (app: FastifyInstance, payload: string | object, headers: Record<string, string> = { 'content-type': 'application/json', authorization: 'Bearer k1' }) =>
  app.inject({ method: 'POST', url: '/render', payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers });

/** A body with an element nested `levels` deep, written as text (JSON.stringify itself recurses). */
function deepBody(levels: number): string {
  return `{"width":10,"height":10,"element":${'{"type":"div","props":{"children":'.repeat(levels)}{"type":"div"}${'}}'.repeat(levels)}}`;
}

describe('POST /render', () => {
  it('is off by default (403) and needs a valid key when keyed', async () => {
    expect(errorBody((await post(closed, { element: card, width: 200, height: 100 })).body).code).toBe('FORBIDDEN');
    expect((await post(keyed, { element: card, width: 200, height: 100 }, { 'content-type': 'application/json' })).statusCode).toBe(403);
    expect((await post(keyed, { element: card, width: 200, height: 100 }, { 'content-type': 'application/json', authorization: 'Bearer nope' })).statusCode).toBe(403);
    expect((await post(keyed, { element: card, width: 200, height: 100 }, { 'content-type': 'application/json', 'x-api-key': 'k2' })).statusCode).toBe(200);
  });

  it('renders an element tree with inline image bytes and the asked format', async () => {
    const tree = { type: 'div', props: { style: { width: 200, height: 100 }, children: [{ type: 'img', props: { src: `data:image/png;base64,${TINY_PNG.toString('base64')}`, width: 20, height: 20 } }] } };
    const res = await post(keyed, { element: tree, width: 200, height: 100, format: 'webp', quality: 60 });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers.etag).toBeDefined();
    const again = await keyed.inject({ method: 'POST', url: '/render', payload: { element: tree, width: 200, height: 100, format: 'webp', quality: 60 }, headers: { authorization: 'Bearer k1', 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  const bad: readonly (readonly [string, () => Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>, number, string])[] = [
    ['malformed JSON', () => post(keyed, '{"element": {'), 400, 'INVALID_BODY'],
    ['an empty JSON body', () => post(keyed, ''), 400, 'INVALID_BODY'],
    ['a text/plain body', () => post(keyed, JSON.stringify({ element: card, width: 200, height: 100 }), { 'content-type': 'text/plain', authorization: 'Bearer k1' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a form body', () => post(keyed, 'a=1', { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer k1' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an oversized body', () => post(keyed, { element: { type: 'div', props: { children: 'x'.repeat(70_000) } }, width: 10, height: 10 }), 413, 'PAYLOAD_TOO_LARGE'],
    ['depth 10,000 at the default body limit', () => post(keyed, deepBody(10_000)), 413, 'PAYLOAD_TOO_LARGE'],
    ['depth 10,000 as nested arrays, inside the default body limit', () => post(keyed, `{"width":10,"height":10,"element":{"type":"div","props":{"children":${'['.repeat(10_000)}${']'.repeat(10_000)}}}}`), 400, 'TREE_TOO_DEEP'],
    ['depth 10,000 in a large body', () => post(roomy, deepBody(10_000)), 400, 'TREE_TOO_DEEP'],
    ['100,000 nodes in a large body', () => post(roomy, { element: { type: 'div', props: { children: Array.from({ length: 100_000 }, () => ({ type: 'span' })) } }, width: 10, height: 10 }), 400, 'TREE_TOO_LARGE'],
    ['a __proto__ key', () => post(keyed, '{"element":{"type":"div","props":{"__proto__":{"x":1}}},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a top-level __proto__ key', () => post(keyed, '{"__proto__":{"isAdmin":true},"element":{"type":"div"},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a constructor.prototype key', () => post(keyed, '{"element":{"type":"div","props":{"constructor":{"prototype":{"x":1}}}},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a top-level constructor key', () => post(keyed, '{"constructor":{"prototype":{"x":1}},"element":{"type":"div"},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a top-level prototype key', () => post(keyed, '{"prototype":1,"element":{"type":"div"},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a constructor key in a style', () => post(keyed, '{"element":{"type":"div","props":{"style":{"constructor":"red"}}},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['a prototype key in a style', () => post(keyed, '{"element":{"type":"div","props":{"style":{"prototype":"red"}}},"width":10,"height":10}'), 400, 'INVALID_BODY'],
    ['an unknown body field', () => post(keyed, { element: card, width: 200, height: 100, debug: true }), 400, 'INVALID_BODY'],
    ['a missing width', () => post(keyed, { element: card, height: 100 }), 400, 'INVALID_PARAMETER'],
    ['width 0', () => post(keyed, { element: card, width: 0, height: 100 }), 400, 'INVALID_PARAMETER'],
    ['width -1', () => post(keyed, { element: card, width: -1, height: 100 }), 400, 'INVALID_PARAMETER'],
    ['width 1e9', () => post(keyed, { element: card, width: 1e9, height: 100 }), 400, 'INVALID_PARAMETER'],
    ['width as a string "NaN"', () => post(keyed, { element: card, width: 'NaN', height: 100 }), 400, 'INVALID_PARAMETER'],
    ['an array body', () => post(keyed, [card]), 400, 'INVALID_BODY'],
    ['a 100 KB text node', () => post(roomy, { element: { type: 'div', props: { children: 'x'.repeat(100_000) } }, width: 10, height: 10 }), 400, 'TEXT_TOO_LONG'],
    ['a NUL in text', () => post(keyed, { element: { type: 'div', props: { children: 'a\u0000b' } }, width: 10, height: 10 }), 400, 'INVALID_PARAMETER'],
    ['an unknown element type', () => post(keyed, { element: { type: 'table' }, width: 10, height: 10 }), 422, 'UNKNOWN_ELEMENT_TYPE'],
    ['a function-like colour (the colour library threw: 500)', () => post(keyed, { element: { type: 'div', props: { style: { color: 'foo(1px)' } } }, width: 10, height: 10 }), 422, 'INVALID_STYLE_VALUE'],
    ['a function-like colour in a border', () => post(keyed, { element: { type: 'div', props: { style: { border: '2px solid rgb(1px)' } } }, width: 10, height: 10 }), 422, 'INVALID_STYLE_VALUE'],
    ['an unsupported style', () => post(keyed, { element: { type: 'div', props: { style: { float: 'left' } } }, width: 10, height: 10 }), 422, 'UNSUPPORTED_PROPERTY'],
    ['a file: image source', () => post(keyed, { element: { type: 'img', props: { src: 'file:///etc/passwd' } }, width: 10, height: 10 }), 400, 'URL_REFUSED'],
    ['a relative path image source', () => post(keyed, { element: { type: 'img', props: { src: '../../etc/passwd' } }, width: 10, height: 10 }), 422, 'INVALID_IMAGE'],
    ['an inline data: PNG claiming 100000×100000', () => post(keyed, { element: { type: 'img', props: { src: `data:image/png;base64,${lyingPng(100_000, 100_000).toString('base64')}` } }, width: 10, height: 10 }), 413, 'IMAGE_TOO_LARGE'],
    ['a gopher: image source', () => post(keyed, { element: { type: 'img', props: { src: 'gopher://127.0.0.1:70/_x' } }, width: 10, height: 10 }), 400, 'URL_REFUSED'],
  ];

  it.each(bad)('%s → %s %s (no-store), and the server keeps serving', async (_name, send, status, code) => {
    const res = await send();
    expect(res.statusCode).toBe(status);
    expect(errorBody(res.body).code).toBe(code);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await post(keyed, { element: card, width: 200, height: 100 })).statusCode).toBe(200);
  });

  it('says that a poisoned body has a forbidden key, not only that it is invalid JSON', async () => {
    const res = await post(keyed, '{"__proto__":{"isAdmin":true},"element":{"type":"div"},"width":10,"height":10}');
    expect(errorBody(res.body).message).toMatch(/forbidden __proto__ or constructor\.prototype key/);
  });

  it('does not pollute prototypes', () => {
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
