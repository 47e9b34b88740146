// /healthz, /metrics and /docs; ogsmith as a plugin in someone else's fastify app; user templates; rate limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fastify from 'fastify';
import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { ogsmith } from '../../src/server/plugin.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { defineTemplate } from '../../src/templates/define.js';
import { errorBody, warmPool } from './helpers.js';

const pool = new RenderPool({ threads: 1 });
beforeAll(() => warmPool(pool));
afterAll(() => pool.close());

const hello = defineTemplate({
  name: 'hello',
  description: 'A user template',
  version: '1',
  params: Type.Object({ name: Type.String({ maxLength: 20 }) }),
  cacheControl: 'public, max-age=60',
  width: 400,
  height: 200,
  render: (p) => ({ type: 'div', props: { style: { width: 400, height: 200, backgroundColor: '#111', color: '#fff', fontSize: 40 }, children: `Hello ${p.name}` }, key: null }),
});

describe('operations routes', () => {
  it('reports health, Prometheus metrics by template and stage, and an OpenAPI document with every template', async () => {
    const app = await buildApp({ pool });
    await app.inject({ url: '/og/quote.png?quote=Metrics' });
    await app.inject({ url: '/og/quote.png?quote=Metrics' });
    await app.inject({ url: '/og/quote.png?quote=x&width=0' });
    const health = await app.inject({ url: '/healthz' });
    expect(health.json()).toMatchObject({ status: 'ok', threads: 1 });
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(/ogsmith_render_seconds_count\{template="quote",stage="render"\} 1/);
    expect(metrics.body).toMatch(/ogsmith_render_seconds_count\{template="quote",stage="total"\} 1/);
    expect(metrics.body).toMatch(/ogsmith_cache_lookups_total\{outcome="memory"\} 1/);
    expect(metrics.body).toMatch(/ogsmith_cache_lookups_total\{outcome="rendered"\} 1/);
    expect(metrics.body).toMatch(/ogsmith_errors_total\{code="INVALID_PARAMETER"\} 1/);
    expect(metrics.body).toMatch(/ogsmith_render_queue_depth 0/);
    const docs = (await app.inject({ url: '/docs' })).json() as { openapi: string; paths: Record<string, { get?: { parameters?: { name: string; required: boolean }[] } }> };
    expect(docs.openapi).toMatch(/^3\./);
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/og/{template}', '/render', '/og/url', '/healthz', '/og/blog', '/og/profile', '/og/product', '/og/docs', '/og/quote', '/og/release']));
    expect(docs.paths['/og/blog']!.get!.parameters!.find((p) => p.name === 'title')).toMatchObject({ required: true });
    await app.close();
  });
});

describe('plugin', () => {
  it('registers into an existing fastify app under a prefix, with user templates, leaving other routes alone', async () => {
    const app = fastify();
    app.get('/', async () => ({ mine: true }));
    await app.register(ogsmith, { prefix: '/images', templates: [hello], pool, builtinTemplates: false });
    const image = await app.inject({ url: '/images/og/hello.png?name=plugin' });
    expect(image.statusCode).toBe(200);
    expect(image.headers['cache-control']).toBe('public, max-age=60');
    expect(image.rawPayload.readUInt32BE(16)).toBe(400);
    expect((await app.inject({ url: '/images/og/blog.png?title=x' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/' })).json()).toEqual({ mine: true });
    await app.close();
  });

  it('signs and checks URLs under the prefix path', async () => {
    const { signedTemplateUrl } = await import('../../src/server/signature.js');
    const app = fastify();
    await app.register(ogsmith, { prefix: '/images', templates: [hello], pool, secrets: ['s3cret'] });
    const url = new URL(signedTemplateUrl('http://localhost/images', { template: 'hello', params: { name: 'signed' }, secret: 's3cret' }));
    expect((await app.inject({ url: `${url.pathname}${url.search}` })).statusCode).toBe(200);
    expect((await app.inject({ url: '/images/og/hello.png?name=signed' })).statusCode).toBe(403);
    await app.close();
  });
});

describe('template directory', () => {
  it('loads .mjs templates from a directory and reloads them on change', async () => {
    // Inside node_modules/ so the module can import @sinclair/typebox like a user's template directory would.
    const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.ogsmith-templates-'));
    const write = (text: string): void => writeFileSync(join(dir, 'card.mjs'), `import { Type } from '@sinclair/typebox';\nexport default { name: 'card', description: 'dir', version: '1', params: Type.Object({ t: Type.Optional(Type.String()) }), render: (p) => ({ type: 'div', props: { style: { width: 100, height: 50, backgroundColor: '${text}' }, children: p.t ?? '' } }) };\n`);
    write('red');
    const app = await buildApp({ pool, templatesDir: dir, watchTemplates: true });
    const first = await app.inject({ url: '/og/card.png?t=a' });
    expect(first.statusCode).toBe(200);
    const unknown = await app.inject({ url: '/og/card.png?zz=a' });
    expect(errorBody(unknown.body).code).toBe('INVALID_PARAMETER');
    write('blue');
    let changed = false;
    for (let i = 0; i < 80 && !changed; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = await app.inject({ url: '/og/card.png?t=a' });
      changed = again.statusCode === 200 && !again.rawPayload.equals(first.rawPayload);
    }
    expect(changed).toBe(true);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After and no-store past the per-IP limit; /healthz is exempt', async () => {
    const app = await buildApp({ pool, rateLimit: { max: 2, timeWindow: 60_000 } });
    expect((await app.inject({ url: '/og/quote.png?quote=a' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/og/quote.png?quote=a' })).statusCode).toBe(200);
    const limited = await app.inject({ url: '/og/quote.png?quote=a' });
    expect(limited.statusCode).toBe(429);
    expect(errorBody(limited.body).code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.headers['cache-control']).toBe('no-store');
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });
});
