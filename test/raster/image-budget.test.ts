// render() charges every image (img, background, emoji) to a decoded-pixel budget before anything decodes.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { bigSvg, blackPng, dataUrl, gifWithFrames } from '../helpers/image-bombs.js';

const box = (children: unknown) => ({ type: 'div', props: { style: { width: 60, height: 40, display: 'flex' }, children } });
const img = (src: unknown) => ({ type: 'img', props: { src, style: { width: 20, height: 20 } } });
const size = { width: 60, height: 40 };

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(() => new Error('rendered'), (e: unknown) => e);
  if (!(error instanceof OgsmithError)) throw error;
  return { code: error.code, message: error.message };
}

describe('image pixel budget in render()', () => {
  it('refuses a GIF whose 1×1 screen hides an 8000×8000 frame, before decoding it', async () => {
    const bomb = gifWithFrames({ width: 1, height: 1 }, [{ width: 8000, height: 8000 }]);
    const started = performance.now();
    const error = await codeOf(render(box(img(new Uint8Array(bomb))), { ...size, imageLimits: { perImage: 25_000_000 } }));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.message).toContain('8000×8000');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('counts the images of one render together (img sources and backgrounds)', async () => {
    const tile = dataUrl('image/png', blackPng(1000, 1000));
    const tree = box([img(tile), { type: 'div', props: { style: { width: 20, height: 20, backgroundImage: `url("${dataUrl('image/png', blackPng(1001, 1000))}")` } } }]);
    const error = await codeOf(render(tree, { ...size, imageLimits: { perRender: 1_500_000 } }));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.message).toMatch(/2001000 decoded pixels; the limit is 1500000 per render/);
    await expect(render(tree, { ...size, imageLimits: { perRender: 2_500_000 } })).resolves.toBeInstanceOf(Buffer);
  });

  it('counts an SVG at the size it asks to be rasterised at, and an emoji at its font size', async () => {
    expect((await codeOf(render(box(img(dataUrl('image/svg+xml', bigSvg(9000, 9000)))), size))).code).toBe('IMAGE_TOO_LARGE');
    const emoji = { type: 'div', props: { style: { fontSize: 9000 }, children: '🙂' } };
    expect((await codeOf(render(emoji, { width: 100, height: 100 }))).code).toBe('IMAGE_TOO_LARGE');
  });

  it('reads a data: URL with whitespace after the comma like any other', async () => {
    const spaced = dataUrl('image/png', blackPng(8000, 8000)).replace(',', ',\n  ');
    const error = await codeOf(render(box({ type: 'div', props: { style: { width: 20, height: 20, backgroundImage: `url("${spaced}")` } } }), { ...size, imageLimits: { perImage: 25_000_000 } }));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
  });
});
