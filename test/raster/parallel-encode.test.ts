// The parallel encoder (palette and RGB(A) bands): same bytes as the one-thread encoder, and the adler32 joining that makes it possible.
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync, PALETTE_DEFLATE_OPTIONS, PALETTE_MAX_ERROR } from '../../src/raster/encode/png.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { bandRegions, CONTROL_WORDS, Control, dataBytes, Phase } from '../../src/raster/encode/parallel/band-protocol.js';
import { encodePaletteInParallel } from '../../src/raster/encode/parallel/parallel-palette.js';
import { matchInParallel } from '../../src/raster/encode/parallel/parallel-match.js';
import { adler32Combine } from '../../src/raster/encode/scanlines.js';
import { bandHelperFor, bandHelperReady, finishOrTakeBack, post, type BandHelper } from '../../src/raster/encode/parallel/band-helper.js';
import { renderCanvas } from '../../src/render.js';
import { sampleCards } from '../../src/samples/cards.js';
import { decodePng } from '../golden/render/image-diff.js';

/** adler32 written out, as zlib defines it. */
function plainAdler(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

describe('adler32Combine', () => {
  it('joins the checksums of two pieces into the checksum of the whole', () => {
    const whole = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
    for (const cut of [0, 1, 65_520, 65_521, 123_457, 200_000]) {
      const joined = adler32Combine(plainAdler(whole.subarray(0, cut)), plainAdler(whole.subarray(cut)), whole.length - cut);
      expect(joined).toBe(plainAdler(whole));
    }
  });
});

describe('parallel palette encoding', () => {
  it('writes the same bytes as the one-thread encoder for every sample card, and they decode', async () => {
    const ready = await bandHelperReady(1200, 630);
    expect(ready).toBe(true);
    const colorTypes: number[] = [];
    for (const card of Object.values(sampleCards)) {
      const canvas = await renderCanvas(card, { width: 1200, height: 630 });
      const pixels = canvas.data();
      expect(bandHelperFor(1200, 630)).not.toBeNull();
      const parallel = await encodePngAsync(pixels, 1200, 630);
      expect(parallel.equals(encodePng(pixels, 1200, 630))).toBe(true);
      colorTypes.push(parallel[25]!);
      const decoded = await decodePng(parallel);
      expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    }
    expect(colorTypes).toContain(3); // palette cards went through the worker
  });

  it('writes the same RGB and RGBA bytes as the one-thread encoder (gradients, translucency)', async () => {
    expect(await bandHelperReady(1200, 630)).toBe(true);
    const gradient = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed 60%, #f472b6)', color: 'white', fontSize: 64, padding: 80 }, children: 'Diagonal gradients repeat the row above, one pixel over' } };
    const translucent = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(90deg, rgba(15, 23, 42, 0.2), rgba(124, 58, 237, 0.9))', fontSize: 64, padding: 80 }, children: 'Half see-through' } };
    for (const [card, colorType] of [[gradient, 2], [translucent, 6]] as const) {
      const pixels = (await renderCanvas(card, { width: 1200, height: 630 })).data();
      const parallel = await encodePngAsync(pixels, 1200, 630);
      expect(parallel[25]).toBe(colorType);
      expect(parallel.equals(encodePng(pixels, 1200, 630))).toBe(true);
      const decoded = await decodePng(parallel);
      expect(decoded.data[3]).toBe(colorType === 2 ? 255 : Math.round(0.2 * 255));
    }
  });
});

describe('taking back a step the worker has not started', () => {
  /** A helper whose worker never wakes: every posted step stays unclaimed. */
  function sleepingHelper(width: number, height: number): BandHelper {
    const capacity = { maxPixels: width * height, maxRows: height };
    const words = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));
    return { worker: null as unknown as BandHelper['worker'], words, regions: bandRegions(new SharedArrayBuffer(dataBytes(capacity)), capacity), capacity };
  }

  it('finishOrTakeBack returns the step to the main thread and leaves the worker idle', () => {
    const helper = sleepingHelper(8, 8);
    post(helper, Phase.Count);
    expect(finishOrTakeBack(helper, Phase.Count, Phase.Counting, Phase.Counted)).toBe('taken back');
    expect(Atomics.load(helper.words, Control.Phase)).toBe(Phase.Idle);
  });

  it('encodes the same palette and RGB bytes on the main thread alone', async () => {
    const cards = [sampleCards[Object.keys(sampleCards)[0]!]!, { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed 50%, #f9a8d4)', color: 'white', fontSize: 64, padding: 80 }, children: 'Taken back' } }];
    const colorTypes: number[] = [];
    for (const card of cards) {
      const pixels = (await renderCanvas(card, { width: 1200, height: 630 })).data();
      const words = new Uint32Array(pixels.buffer, pixels.byteOffset, 1200 * 630);
      const { repeatsAbove, cut } = scanRows(words, 1200, 630);
      const expected = encodePng(pixels, 1200, 630);
      colorTypes.push(expected[25]!);
      if (expected[25] === 3) {
        const parts = encodePaletteInParallel(sleepingHelper(1200, 630), words, 1200, 630, repeatsAbove, cut, [0, PALETTE_MAX_ERROR], Buffer.alloc(1201 * 630), PALETTE_DEFLATE_OPTIONS)!;
        expect(Buffer.concat(parts.parts.map((part) => Buffer.from(part))).equals(deflatedOf(expected))).toBe(true);
      } else {
        const matched = matchInParallel(sleepingHelper(1200, 630), words, 1200, 630, cut, 3)!;
        expect(Buffer.concat(matched.parts.map((part) => Buffer.from(part))).equals(deflatedOf(expected))).toBe(true);
      }
    }
    expect(colorTypes.sort()).toEqual([2, 3]);
  });
});

/** The raw deflate bytes of a PNG's single IDAT (between the zlib header and the adler32). */
function deflatedOf(png: Buffer): Buffer {
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') return png.subarray(offset + 8 + 2, offset + 8 + length - 4);
    offset += 12 + length;
  }
  throw new Error('no IDAT');
}
