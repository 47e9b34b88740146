// The render pool loads sharp on the main thread before a worker encodes JPEG or WebP (a worker that ends must not unload libvips under the others).
import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { sharpLoading } from '../../src/raster/encode/lossy.js';

const pool = new RenderPool({ threads: 1 });
afterAll(() => pool.close());

describe('RenderPool and sharp', () => {
  it('leaves sharp unloaded for PNG, loads it on the main thread for WebP, and the worker writes WebP', async () => {
    const card = { type: 'div', props: { style: { width: 120, height: 60, backgroundColor: '#0f172a' } } };
    await pool.render(card, { width: 120, height: 60 });
    expect(sharpLoading()).toBe(false);
    const webp = await pool.render(card, { width: 120, height: 60, format: 'webp', quality: 80 });
    expect(sharpLoading()).toBe(true);
    expect(webp.subarray(8, 12).toString('ascii')).toBe('WEBP');
  });
});
