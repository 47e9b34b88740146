// render() with backend 'portable': the option, its formats, image formats it refuses, and pixels close to the native backend's.
import { describe, expect, it } from 'vitest';
import { displayList, render, paintPortable, OgsmithError } from '../../src/index.js';
import { defaultRegistry } from '../../src/fonts/bundled.js';
import { decodePng, differingShare } from '../golden/render/image-diff.js';

const card = { type: 'div', props: { style: { width: 200, height: 100, display: 'flex', backgroundImage: 'linear-gradient(90deg, red, blue)', color: 'white', fontSize: 24, borderRadius: 16 }, children: 'Hello' } };
const size = { width: 200, height: 100 };
const SVG = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>')}`;
const withImage = (src: string) => ({ type: 'div', props: { style: { width: 50, height: 50, display: 'flex' }, children: { type: 'img', props: { src, width: 20, height: 20 } } } });

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OgsmithError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a coded error');
}

describe("render() with backend 'portable'", () => {
  it('paints PNG pixels within the approved-image tolerance of the native backend', async () => {
    const native = await decodePng(await render(card, size));
    const portable = await decodePng(await render(card, { ...size, backend: 'portable' }));
    expect(differingShare(native, portable, 8)).toBeLessThanOrEqual(0.01);
    expect(portable.data[3]).toBe(0);
    expect(portable.data[(50 * 200 + 100) * 4 + 3]).toBe(255);
  });

  it('refuses an unknown backend with INVALID_OPTIONS naming the value', async () => {
    const error = await codeOf(render(card, { ...size, backend: 'gpu' as never }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toContain('"gpu"');
  });

  it.each(['jpeg', 'webp', 'avif'] as const)('refuses format %s with INVALID_OPTIONS (it encodes PNG only)', async (format) => {
    const error = await codeOf(render(card, { ...size, backend: 'portable', format }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toContain(format);
  });

  it('refuses an SVG image with IMAGE_FORMAT_UNSUPPORTED naming it, or warns when not strict', async () => {
    const error = await codeOf(render(withImage(SVG), { width: 50, height: 50, backend: 'portable' }));
    expect(error.code).toBe('IMAGE_FORMAT_UNSUPPORTED');
    expect(error.message).toMatch(/Image "img:\d+" is an SVG/);
    const list = await displayList(withImage(SVG), { width: 50, height: 50 });
    const warnings: string[] = [];
    const image = await paintPortable(list, await defaultRegistry(), { strict: false, warnings });
    expect(warnings.join()).toContain('IMAGE_FORMAT_UNSUPPORTED');
    expect(image.data.length).toBe(50 * 50 * 4);
  });
});
