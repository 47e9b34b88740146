// The built-in templates: every one renders its gallery sample through the server at its size, and declares its parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { warmPool } from './helpers.js';
import { builtinTemplates } from '../../src/templates/index.js';
import { samples } from '../../src/templates/samples.js';

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;
beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool });
});
afterAll(async () => {
  await app.close();
  await pool.close();
});

describe('built-in templates', () => {
  it('ships blog, profile, product, docs, quote, release and the url card', () => {
    expect(builtinTemplates.map((t) => t.name)).toEqual(['blog', 'profile', 'product', 'docs', 'quote', 'release', 'url']);
    expect(Object.keys(builtinTemplates[0]!.params.properties).sort()).toEqual(['author', 'avatar', 'date', 'description', 'theme', 'title']);
  });

  it.each(builtinTemplates.map((t) => [t.name] as const))('%s renders its sample at 1200×630, also in the dark theme', async (name) => {
    const params = new URLSearchParams(samples[name as keyof typeof samples]);
    const res = await app.inject({ url: `/og/${name}.png?${params}` });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.rawPayload.readUInt32BE(16)).toBe(1200);
    expect(res.rawPayload.readUInt32BE(20)).toBe(630);
    params.set('theme', 'dark');
    expect((await app.inject({ url: `/og/${name}.png?${params}` })).statusCode).toBe(200);
  });

  it('keeps long inputs inside the card (clamped, no error)', async () => {
    const res = await app.inject({ url: `/og/blog.png?title=${'Very long title words '.repeat(9).trim()}&description=${'and more '.repeat(33).trim()}` });
    expect(res.statusCode).toBe(200);
  });
});
