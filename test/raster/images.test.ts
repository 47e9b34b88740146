// Images: every format from bytes, data URLs and files under the allowed directory; broken ones are coded errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { decodePng } from '../golden/render/image-diff.js';

const dir = new URL('../fixtures/images/', import.meta.url).pathname;
const img = (src: unknown, style: Record<string, unknown> = {}) => ({ type: 'div', props: { style: { width: 60, height: 40, backgroundColor: 'white' }, children: { type: 'img', props: { src, style: { width: 60, height: 40, ...style } } } } });
const size = { width: 60, height: 40 };

async function leftAndRight(png: Buffer): Promise<[number[], number[]]> {
  const pixels = await decodePng(png);
  const at = (x: number, y: number) => [...pixels.data.subarray((y * pixels.width + x) * 4, (y * pixels.width + x) * 4 + 3)];
  return [at(10, 20), at(50, 20)];
}

describe('images', () => {
  it.each(['png', 'jpg', 'webp', 'avif', 'svg'])('draws a %s from bytes at its box, red left and blue right', async (ext) => {
    const bytes = new Uint8Array(readFileSync(`${dir}flag.${ext}`));
    const [left, right] = await leftAndRight(await render(img(bytes), size));
    expect(left[0]).toBeGreaterThan(200);
    expect(right[2]).toBeGreaterThan(200);
  });

  it('reads files only under imageDirectory, and refuses paths that leave it', async () => {
    const [left] = await leftAndRight(await render(img('flag.png'), { ...size, imageDirectory: dir }));
    expect(left[0]).toBeGreaterThan(200);
    const outside = await render(img('../../../package.json'), { ...size, imageDirectory: dir }).catch((e: unknown) => e);
    expect((outside as OgsmithError).code).toBe('INVALID_IMAGE');
    expect((outside as OgsmithError).message).toContain('outside');
    const noDirectory = await render(img('flag.png'), size).catch((e: unknown) => e);
    expect((noDirectory as OgsmithError).code).toBe('INVALID_IMAGE');
    const remote = await render(img('https://example.com/a.png'), { ...size, imageDirectory: dir }).catch((e: unknown) => e);
    expect((remote as OgsmithError).code).toBe('INVALID_IMAGE');
  });

  it('takes the natural size from the bytes when no size is given', async () => {
    const bytes = new Uint8Array(readFileSync(`${dir}flag.png`));
    const element = { type: 'div', props: { style: { alignItems: 'flex-start' }, children: { type: 'img', props: { src: bytes } } } };
    const pixels = await decodePng(await render(element, size));
    expect(pixels.data[(10 * 60 + 25) * 4 + 3]).toBe(255);
    expect(pixels.data[(10 * 60 + 35) * 4 + 3]).toBe(0);
  });

  it('a broken image is INVALID_IMAGE, or an empty box and a warning with strict: false', async () => {
    const broken = new Uint8Array(readFileSync(`${dir}broken.png`));
    const error = await render(img(broken), size).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('INVALID_IMAGE');
    const tolerated = await render(img(broken), { ...size, strict: false });
    const [left] = await leftAndRight(tolerated);
    expect(left).toEqual([255, 255, 255]);
    const notAnImage = await render(img(new TextEncoder().encode('<html>hello</html>')), size).catch((e: unknown) => e);
    expect((notAnImage as OgsmithError).code).toBe('INVALID_IMAGE');
  });
});
