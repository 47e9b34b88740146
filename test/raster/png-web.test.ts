// The PNG writer with the web deflate (the edge build's encoder): the same file choices as Node's zlib encoder, decoding to the same pixels, with fflate where CompressionStream is refused.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32 } from '../../src/raster/encode/crc32.js';
import { deflateRawWeb, encodePngWeb } from '../../src/raster/encode/png-web.js';
import { encodePng, DEFLATE_OPTIONS, PALETTE_MAX_ERROR } from '../../src/raster/encode/png.js';
import { inflateRawSync } from 'node:zlib';
import { renderCanvas } from '../../src/render.js';
import { decodePng, differingShare } from '../golden/render/image-diff.js';

const WIDTH = 1200;
const HEIGHT = 630;

/** Cards that take each of the writer's ways: palette rows (flat card), matched RGB (a rich gradient), matched RGBA (translucent). */
const CARDS = {
  palette: { type: 'div', props: { style: { width: WIDTH, height: HEIGHT, background: '#0f172a', color: 'white', fontSize: 64, padding: 80 }, children: 'A flat card fits a palette' } },
  rgb: { type: 'div', props: { style: { width: WIDTH, height: HEIGHT, backgroundImage: 'linear-gradient(135deg, #000000, #ff0000 33%, #00ff00 66%, #0000ff)', color: 'white', fontSize: 64, padding: 80 }, children: 'Rich gradients stay RGB' } },
  rgba: { type: 'div', props: { style: { width: WIDTH, height: HEIGHT, backgroundImage: 'linear-gradient(90deg, rgba(15, 23, 42, 0.2), rgba(124, 58, 237, 0.9))', fontSize: 64, padding: 80 }, children: 'Half see-through' } },
} as const;
const COLOR_TYPES = { palette: 3, rgb: 2, rgba: 6 } as const;
/** A gradient of 300 steps one level apart: on Node its steps share palette entries; the edge keeps its pixel matcher (less CPU than the index matcher there). */
const SOFT_GRADIENT = { type: 'div', props: { style: { width: WIDTH, height: HEIGHT, backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 55%, #7c3aed 100%)', color: 'white', fontSize: 64, padding: 80 }, children: 'Steps one level apart share entries' } };

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream')!;
afterEach(() => {
  Object.defineProperty(globalThis, 'CompressionStream', descriptor);
});

const refuse = (): never => {
  throw new Error('A Node.js API is used (CompressionStream) which is not supported in the Edge Runtime.');
};

describe('encodePngWeb', () => {
  for (const [kind, card] of Object.entries(CARDS) as [keyof typeof CARDS, (typeof CARDS)[keyof typeof CARDS]][]) {
    it(`writes a ${kind} card as Node's encoder chooses (colour type ${COLOR_TYPES[kind]}) and it decodes to the same pixels`, async () => {
      const pixels = (await renderCanvas(card, { width: WIDTH, height: HEIGHT })).data();
      const node = encodePng(pixels, WIDTH, HEIGHT);
      const web = await encodePngWeb(pixels, WIDTH, HEIGHT);
      expect([web[25], node[25]]).toEqual([COLOR_TYPES[kind], COLOR_TYPES[kind]]);
      expect(Buffer.from((await decodePng(web)).data).equals(Buffer.from((await decodePng(node)).data))).toBe(true);
    });
  }

  it('writes a soft gradient as matched RGB where Node writes a palette, the pixels within the palette bound', async () => {
    const pixels = (await renderCanvas(SOFT_GRADIENT, { width: WIDTH, height: HEIGHT })).data();
    const node = encodePng(pixels, WIDTH, HEIGHT);
    const web = await encodePngWeb(pixels, WIDTH, HEIGHT);
    expect([web[25], node[25]]).toEqual([2, 3]);
    expect(differingShare(await decodePng(web), await decodePng(node), PALETTE_MAX_ERROR)).toBe(0);
  });

  it('deflates with fflate where CompressionStream is a stub that throws on construction or on access (Next.js edge sandbox)', async () => {
    const pixels = (await renderCanvas(CARDS.palette, { width: WIDTH, height: HEIGHT })).data();
    const expected = Buffer.from((await decodePng(encodePng(pixels, WIDTH, HEIGHT))).data);
    Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, value: new Proxy(function stub() {}, { construct: refuse, apply: refuse }) });
    expect(Buffer.from((await decodePng(await encodePngWeb(pixels, WIDTH, HEIGHT))).data).equals(expected)).toBe(true);
    Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, get: refuse });
    expect(Buffer.from((await decodePng(await encodePngWeb(pixels, WIDTH, HEIGHT))).data).equals(expected)).toBe(true);
  });

  it('writes matched RGB with palette off', async () => {
    const pixels = (await renderCanvas(CARDS.palette, { width: WIDTH, height: HEIGHT })).data();
    expect((await encodePngWeb(pixels, WIDTH, HEIGHT, 'off'))[25]).toBe(2);
  });
});

describe('deflateRawWeb', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 7);

  it('gives a raw deflate stream by CompressionStream', async () => {
    expect(inflateRawSync(await deflateRawWeb(bytes, DEFLATE_OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives a raw deflate stream by fflate when CompressionStream is missing', async () => {
    Object.defineProperty(globalThis, 'CompressionStream', { configurable: true, value: undefined });
    expect(inflateRawSync(await deflateRawWeb(bytes, DEFLATE_OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('crc32', () => {
  it('equals zlib\'s, eight-byte steps and the bytes after them alike', () => {
    for (const length of [0, 1, 7, 8, 9, 13, 15, 16, 17, 4096, 65_537]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) & 0xff);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });
});

describe('wordRangesEqual', () => {
  it('compares word ranges the same with Buffer (Node) and without it (workerd)', async () => {
    const { wordRangesEqual: withBuffer } = await import('../../src/raster/encode/word-ranges.js');
    vi.resetModules();
    vi.stubGlobal('Buffer', undefined);
    try {
      const { wordRangesEqual: withoutBuffer } = await import('../../src/raster/encode/word-ranges.js');
      const words = Uint32Array.from([1, 2, 3, 1, 2, 3, 9, 1, 2]);
      for (const same of [withBuffer(words), withoutBuffer(words)]) {
        expect([same(0, 3, 3), same(0, 3, 4), same(1, 8, 1), same(7, 0, 2), same(6, 6, 0)]).toEqual([true, false, true, true, true]);
      }
      // Long ranges (compared four words at a time without Buffer), every start and length, against a word-by-word answer, on words
      // that a comparison through wider numbers would get wrong: pairs that are +0 and −0 as doubles, and NaNs with equal bits.
      const random = (seed: number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 28) % 3;
      const next = random(7);
      const long = new Uint32Array(96);
      const specials = [0, 0, 0, 0x80000000, 0, 0x7ff80000, 0, 0x7ff80000];
      for (let i = 0; i < long.length; i++) long[i] = i % 16 < 8 ? specials[i % 8]! : next();
      const wordByWord = (a: number, b: number, n: number) => long.subarray(a, a + n).every((w, i) => w === long[b + i]);
      for (const same of [withBuffer(long), withoutBuffer(long)]) {
        for (let a = 0; a < 24; a++) for (let b = 0; b < 24; b++) for (const n of [0, 1, 5, 8, 9, 16, 17, 33, 60]) expect(same(a, b, n)).toBe(wordByWord(a, b, n));
      }
      const zeros = Uint32Array.from([0, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0, 0, 0x80000000]);
      expect(withoutBuffer(zeros)(0, 2, 8)).toBe(false);
      expect(withoutBuffer(zeros)(0, 4, 8)).toBe(true);
      const nans = Uint32Array.from([1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000, 1, 0x7ff00000]);
      expect(withoutBuffer(nans)(0, 8, 8)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
