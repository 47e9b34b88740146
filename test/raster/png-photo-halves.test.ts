// A photograph's two halves of rows deflated on two threads (parallel/parallel-photo.ts): the band worker's second half gives the one-thread encoder's bytes, and a half the worker has not claimed in time, or failed, is deflated here with the same bytes.
import { Worker } from 'node:worker_threads';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/raster/encode/png.js';
import { assemble, photoHalves, pixelWords, plan, releasePlan } from '../../src/raster/encode/png-writer.js';
import { deflatePhotoInParallel, parallelPhotoOutcomes } from '../../src/raster/encode/parallel/parallel-photo.js';
import { bandRegions, CONTROL_WORDS, Control, dataBytes, Phase, type BandCapacity } from '../../src/raster/encode/parallel/band-protocol.js';
import type { BandHelper } from '../../src/raster/encode/parallel/band-helper.js';
import { syncZlibCodec } from '../../src/raster/encode/zlib-codec.js';
import { noisePhoto } from './card-pixels.js';
import { photo } from './photo-pixels.js';
import { useCompiledWasm } from './encoder-wasm.js';

beforeAll(useCompiledWasm);

type SharedHelper = BandHelper & { readonly control: SharedArrayBuffer; readonly data: SharedArrayBuffer };

/** A helper whose shared memory nobody reads until a worker is given it. */
function sharedHelper(capacity: BandCapacity): SharedHelper {
  const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
  const data = new SharedArrayBuffer(dataBytes(capacity));
  return { worker: null as unknown as Worker, words: new Int32Array(control), regions: bandRegions(data, capacity), capacity, control, data };
}

const workers: Worker[] = [];
afterAll(() => Promise.all(workers.map((worker) => worker.terminate())));

/** `shared` served by `source` (a file, or code to eval), once it says it is ready. */
async function served(shared: SharedHelper, source: URL | string): Promise<BandHelper> {
  const workerData = { control: shared.control, data: shared.data, capacity: shared.capacity };
  const worker = typeof source === 'string' ? new Worker(source, { eval: true, workerData }) : new Worker(source, { workerData });
  workers.push(worker);
  for (let i = 0; i < 500 && Atomics.load(shared.words, Control.Ready) !== 1; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(Atomics.load(shared.words, Control.Ready), 'the worker is up').toBe(1);
  return { ...shared, worker };
}

/** The PNG of a photograph with its halves deflated by deflatePhotoInParallel (null when it declined), as png.ts assembles it. */
async function inParallel(helper: BandHelper, rgba: Uint8Array, width: number, height: number): Promise<Buffer | null> {
  const codec = syncZlibCodec();
  const chosen = plan(pixelWords(rgba, width * height), width, height, 'off', undefined, 'premultiplied', false, codec.photoRows);
  try {
    const halves = photoHalves(chosen, height);
    if (!halves || chosen.kind !== 'rows') throw new Error(`expected a photograph's halves, got ${chosen.kind}`);
    const parts = await deflatePhotoInParallel(helper, halves.rows, halves.rowBytes, halves.split);
    return parts && Buffer.from(assemble(width, height, chosen.colorType, null, parts, chosen.adler, codec.crc32));
  } finally {
    releasePlan(chosen);
  }
}

const photos: readonly { name: string; rgba: Uint8Array; width: number; height: number }[] = [
  { name: 'noise photo 1200×630', rgba: noisePhoto(3, 1200, 630), width: 1200, height: 630 },
  { name: 'grain photo 1200×630', rgba: photo(1200, 630), width: 1200, height: 630 },
  { name: 'odd size 701×333', rgba: noisePhoto(5, 701, 333), width: 701, height: 333 },
  { name: 'noise photo 2400×1260 (halves of several wasm calls)', rgba: noisePhoto(7, 2400, 1260), width: 2400, height: 1260 },
];

const largest: BandCapacity = { maxPixels: 2400 * 1260, maxRows: 1260 };
const bandWorkerFile = new URL('../../dist/raster/encode/parallel/band-worker.js', import.meta.url);
const outcomesSum = (): number => Object.values(parallelPhotoOutcomes()).reduce((sum, n) => sum + n, 0);

describe('a photograph deflated on two threads', () => {
  it('gives the one-thread bytes when the band worker deflates the second half', async () => {
    const helper = await served(sharedHelper(largest), bandWorkerFile);
    for (const p of photos) {
      const one = encodePng(p.rgba, p.width, p.height);
      // The worker claims the step while this thread deflates the first half (a slow wake is taken back: try again).
      let png: Buffer | null = null;
      const before = parallelPhotoOutcomes().worker;
      for (let i = 0; i < 20 && parallelPhotoOutcomes().worker === before; i++) png = await inParallel(helper, p.rgba, p.width, p.height);
      expect(parallelPhotoOutcomes().worker, p.name).toBe(before + 1);
      expect(png?.equals(one), p.name).toBe(true);
      expect(() => decode(png!), p.name).not.toThrow();
    }
  });

  it('deflates here a second half the worker has not claimed when the first is done, with the same bytes', async () => {
    for (const p of photos.slice(0, 3)) {
      const before = parallelPhotoOutcomes()['taken back'];
      const png = await inParallel(sharedHelper(largest), p.rgba, p.width, p.height);
      expect(parallelPhotoOutcomes()['taken back'], p.name).toBe(before + 1);
      expect(png?.equals(encodePng(p.rgba, p.width, p.height)), p.name).toBe(true);
    }
  });

  it('deflates here a second half the worker claimed and failed, with the same bytes', async () => {
    // A stand-in worker: claims every Deflate step and fails it at once, as the encoding thread marks a worker that errs or exits.
    const failing = `
      const { workerData } = require('node:worker_threads');
      const words = new Int32Array(workerData.control);
      const [Phase, Deflate, Deflating, Failed] = [0, ${Phase.Deflate}, ${Phase.Deflating}, ${Phase.Failed}];
      Atomics.store(words, ${Control.Ready}, 1);
      for (;;) {
        const phase = Atomics.load(words, Phase);
        if (phase === Deflate && Atomics.compareExchange(words, Phase, Deflate, Deflating) === Deflate) {
          Atomics.store(words, Phase, Failed);
          Atomics.notify(words, Phase);
        } else Atomics.wait(words, Phase, phase);
      }`;
    const helper = await served(sharedHelper(largest), failing);
    const p = photos[0]!;
    const before = parallelPhotoOutcomes().alone;
    let png: Buffer | null = null;
    for (let i = 0; i < 20 && parallelPhotoOutcomes().alone === before; i++) {
      Atomics.store(helper.words, Control.Phase, Phase.Idle);
      png = await inParallel(helper, p.rgba, p.width, p.height);
    }
    expect(parallelPhotoOutcomes().alone).toBe(before + 1);
    expect(png?.equals(encodePng(p.rgba, p.width, p.height))).toBe(true);
  });

  it('declines a half larger than the worker’s shared memory (the caller deflates as one thread does)', async () => {
    const before = outcomesSum();
    const p = photos[3]!;
    expect(await inParallel(sharedHelper({ maxPixels: 1200 * 630, maxRows: 630 }), p.rgba, p.width, p.height)).toBeNull();
    expect(outcomesSum()).toBe(before);
  });
});
