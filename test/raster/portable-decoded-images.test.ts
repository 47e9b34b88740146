// The portable backend decodes a raster image once per content: the second render of the same avatar reuses its pixels; other bytes are decoded anew.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const decodes = vi.hoisted(() => ({ jpeg: 0 }));
vi.mock('jpeg-js', async (importOriginal) => {
  const original = await importOriginal<typeof import('jpeg-js')>();
  return { ...original, decode: (...args: Parameters<typeof original.decode>) => (decodes.jpeg++, original.decode(...args)) };
});

const { render } = await import('../../src/index.js');
const { clearDecodedImages, decodeCached, decodedPortableImageBytes } = await import('../../src/raster/portable/decoded-images.js');
const { decodeImage } = await import('../../src/raster/portable/decode-image.js');

const jpeg = readFileSync(new URL('../fixtures/images/flag.jpg', import.meta.url));
const card = (src: string) => ({ type: 'div', props: { style: { width: 120, height: 80, display: 'flex', backgroundColor: 'white' }, children: { type: 'img', props: { src, width: 60, height: 40 } } } });
const dataUrl = (bytes: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`;

beforeEach(() => {
  clearDecodedImages();
  decodes.jpeg = 0;
});

describe('decoded images of the portable backend', () => {
  it('decodes the same JPEG once over two renders, with the same PNG both times', async () => {
    const first = await render(card(dataUrl(jpeg)), { width: 120, height: 80, backend: 'portable' });
    const second = await render(card(dataUrl(jpeg)), { width: 120, height: 80, backend: 'portable' });
    expect(decodes.jpeg).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(decodedPortableImageBytes()).toBeGreaterThan(30 * 20 * 4);
  });

  it('decodes other bytes of the same length anew, and a copy of the same bytes from the cache', () => {
    const a = decodeImage('a', jpeg);
    const changed = Uint8Array.from(jpeg);
    changed[changed.length - 3] = changed[changed.length - 3]! ^ 1;
    const b = decodeCached(changed, () => ({ width: 1, height: 1, data: new Uint8ClampedArray(4) }));
    expect(b).not.toBe(a);
    expect(b.width).toBe(1);
    // A copy of the same bytes is a hit.
    expect(decodeImage('a copy', Uint8Array.from(jpeg))).toBe(a);
  });
});
