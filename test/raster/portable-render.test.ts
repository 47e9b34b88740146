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

  it('draws an SVG image from its vector scene', async () => {
    const image = await decodePng(await render(withImage(SVG), { width: 50, height: 50, backend: 'portable' }));
    expect([...image.data.subarray((10 * 50 + 10) * 4, (10 * 50 + 10) * 4 + 4)]).toEqual([255, 0, 0, 255]);
    expect(image.data[(30 * 50 + 30) * 4 + 3]).toBe(0);
  });

  it('draws each render\'s own SVG for the same image source key (rasters are cached by content)', async () => {
    const blue = SVG.replace(btoa('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>'), btoa('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="blue"/></svg>'));
    await render(withImage(SVG), { width: 50, height: 50, backend: 'portable' });
    const image = await decodePng(await render(withImage(blue), { width: 50, height: 50, backend: 'portable' }));
    expect([...image.data.subarray((10 * 50 + 10) * 4, (10 * 50 + 10) * 4 + 4)]).toEqual([0, 0, 255, 255]);
  });

  it('refuses an SVG the vector scene cannot draw with SVG_UNSUPPORTED naming the feature, or warns when not strict', async () => {
    const text = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>hi</text></svg>')}`;
    const error = await codeOf(render(withImage(text), { width: 50, height: 50, backend: 'portable' }));
    expect(error.code).toBe('SVG_UNSUPPORTED');
    expect(error.message).toContain('<text>');
    const list = await displayList(withImage(text), { width: 50, height: 50 });
    const warnings: string[] = [];
    const image = await paintPortable(list, await defaultRegistry(), { strict: false, warnings });
    expect(warnings.join()).toContain('SVG_UNSUPPORTED');
    expect(image.data.length).toBe(50 * 50 * 4);
  });
});
