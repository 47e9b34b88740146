// Template images at sizes other than 1200×630: the card scaled to fill the image (never a blank crop of its corner), other ratios laid out or refused.
import { writeFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createCanvas } from '@napi-rs/canvas';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { builtinTemplates, defineTemplate } from '../../src/templates/index.js';
import { samples } from '../../src/templates/samples.js';
import { templateSizing } from '../../src/templates/frame-size.js';
import { decodePng, differingShare, type Pixels } from '../golden/render/image-diff.js';
import { warmPool } from './helpers.js';
import { Type } from '@sinclair/typebox';

/** A user template that knows nothing of sizes: a fixed 1200×630 frame with a red stripe at its bottom. */
const fixed = defineTemplate({
  name: 'fixed',
  description: 'A fixed 1200×630 card',
  version: '1',
  params: Type.Object({ title: Type.String() }),
  render: (p) => ({ type: 'div', key: null, props: { style: { width: 1200, height: 630, flexDirection: 'column', justifyContent: 'space-between', backgroundColor: '#1e293b', color: 'white', fontSize: 80 }, children: [p.title, { type: 'div', key: null, props: { style: { height: 60, backgroundColor: 'red' } } }] } }),
});

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;
beforeAll(async () => {
  await warmPool(pool);
  app = await buildApp({ pool, templates: [fixed] });
});
afterAll(async () => {
  await app.close();
  await pool.close();
});

const OUT = process.env.OGSMITH_TEMPLATE_SIZES_OUT;
async function image(url: string): Promise<Pixels> {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    const asked = new URL(url, 'http://localhost');
    writeFileSync(`${OUT}/${asked.pathname.replace(/\W+/g, '_')}-${asked.searchParams.get('width') ?? 'w'}x${asked.searchParams.get('height') ?? 'h'}.png`, res.rawPayload);
  }
  return decodePng(res.rawPayload);
}

/** The share of pixels that differ from the image's most common colour by more than 24 in a channel: 0 for a blank image. */
function inkShare(pixels: Pixels): number {
  const d = pixels.data;
  let background = 0;
  let best = -1;
  const tally = new Map<number, number>();
  for (let i = 0; i < d.length; i += 4) {
    const key = (d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!;
    const n = (tally.get(key) ?? 0) + 1;
    tally.set(key, n);
    if (n > best) {
      best = n;
      background = i;
    }
  }
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.max(Math.abs(d[i]! - d[background]!), Math.abs(d[i + 1]! - d[background + 1]!), Math.abs(d[i + 2]! - d[background + 2]!), Math.abs(d[i + 3]! - d[background + 3]!)) > 24) ink++;
  }
  return ink / (d.length / 4);
}

/** The image resized to width × height (Skia's smoothing), as a reference for a scaled render. */
async function resized(pixels: Pixels, width: number, height: number): Promise<Pixels> {
  const source = createCanvas(pixels.width, pixels.height);
  const data = source.getContext('2d').createImageData(pixels.width, pixels.height);
  data.data.set(pixels.data);
  source.getContext('2d').putImageData(data, 0, 0);
  const target = createCanvas(width, height);
  const ctx = target.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return { width, height, data: ctx.getImageData(0, 0, width, height).data };
}

const query = (name: string) => new URLSearchParams(samples[name as keyof typeof samples]).toString();

describe('template sizes', () => {
  it.each(builtinTemplates.filter((t) => t.name !== 'url').map((t) => [t.name] as const))('%s at 400×210 is the 1200×630 card scaled, not a blank crop', async (name) => {
    const full = await image(`/og/${name}.png?${query(name)}`);
    const small = await image(`/og/${name}.png?${query(name)}&width=400&height=210`);
    expect([small.width, small.height]).toEqual([400, 210]);
    // As much drawn on it as on the full card resized (a blank crop of the corner has next to none).
    const reference = await resized(full, 400, 210);
    expect(inkShare(small)).toBeGreaterThan(0.7 * inkShare(reference));
    // Against the full card resized: glyph edges and thin lines differ a little, a crop or an empty corner a lot.
    expect(differingShare(small, reference, 64)).toBeLessThan(0.03);
  });

  it('gives width alone the template\'s height at that width, and height alone its width', async () => {
    const byWidth = await image(`/og/quote.png?${query('quote')}&width=400`);
    expect([byWidth.width, byWidth.height]).toEqual([400, 210]);
    const byHeight = await image(`/og/blog.png?${query('blog')}&height=315`);
    expect([byHeight.width, byHeight.height]).toEqual([600, 315]);
    expect(differingShare(byWidth, await image(`/og/quote.png?${query('quote')}&width=400&height=210`), 0)).toBe(0);
  });

  it('lays the built-in cards out at the ratio asked (square to 2.4:1), filling the image', async () => {
    for (const [name, width, height] of [['quote', 1200, 1200], ['blog', 600, 600], ['profile', 1200, 500], ['release', 800, 800], ['docs', 1500, 1000], ['product', 1200, 900]] as const) {
      const pixels = await image(`/og/${name}.png?${query(name)}&width=${width}&height=${height}`);
      expect([pixels.width, pixels.height]).toEqual([width, height]);
      // The frame's background reaches every corner: no transparent margin of a 1200×630 card.
      for (const [x, y] of [[0, 0], [width - 1, 0], [0, height - 1], [width - 1, height - 1]] as const) expect(pixels.data[(y * width + x) * 4 + 3], `${name} ${width}×${height} corner ${x},${y}`).toBe(255);
      expect(inkShare(pixels)).toBeGreaterThan(0.01);
    }
  });

  it('refuses ratios a card cannot lay out with INVALID_PARAMETER naming height and its value', async () => {
    for (const url of [`/og/quote.png?${query('quote')}&width=400&height=600`, `/og/blog.png?${query('blog')}&width=1200&height=300`, `/og/fixed.png?title=Hi&width=400&height=400`]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('INVALID_PARAMETER');
      expect(body.error.message).toMatch(/^height (600|300|400) does not fit template "(quote|blog|fixed)" at width (400|1200)/);
    }
  });

  it('scales a size-unaware user template at its own ratio, to a pixel of rounding', async () => {
    const pixels = await image('/og/fixed.png?title=Hi&width=300&height=158');
    // Its bottom stripe is red, at the bottom of the image: the whole frame is in the picture.
    const at = (x: number, y: number) => Array.from(pixels.data.subarray((y * 300 + x) * 4, (y * 300 + x) * 4 + 3));
    expect(at(150, 155)).toEqual([255, 0, 0]);
    expect(at(150, 100)).toEqual([30, 41, 59]);
  });

  it('sizes as frame-size.ts documents', () => {
    const card = { name: 'card', width: 1200, height: 630, aspectRatios: { min: 1, max: 2.4 } };
    expect(templateSizing(card, {})).toEqual({ image: { width: 1200, height: 630 }, frame: { width: 1200, height: 630 } });
    expect(templateSizing(card, { width: 2400, height: 1260 })).toEqual({ image: { width: 2400, height: 1260 }, frame: { width: 1200, height: 630 } });
    expect(templateSizing(card, { width: 600, height: 600 })).toEqual({ image: { width: 600, height: 600 }, frame: { width: 1200, height: 1200 } });
    expect(templateSizing({ ...card, aspectRatios: null }, { width: 300, height: 157 }).frame).toEqual({ width: 1200, height: 630 });
  });
});
