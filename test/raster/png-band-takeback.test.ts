// Steps of a parallel palette job that the band worker has not claimed in time are done on the encoding thread, which finishes the PNG itself with the one-thread bytes (no second encode of the image).
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/raster/encode/png.js';
import { pixelWords, type PaletteMode } from '../../src/raster/encode/png-writer.js';
import { scanRows } from '../../src/raster/encode/palette/count-band.js';
import { encodePaletteInParallel, parallelPaletteOutcomes } from '../../src/raster/encode/parallel/parallel-palette.js';
import { bandRegions, CONTROL_WORDS, dataBytes, type BandCapacity } from '../../src/raster/encode/parallel/band-protocol.js';
import type { BandHelper } from '../../src/raster/encode/parallel/band-helper.js';
import { syncZlibCodec } from '../../src/raster/encode/zlib-codec.js';
import type { PixelAlpha } from '../../src/raster/encode/scanlines.js';
import { gradient, linesCard, textCard } from './card-pixels.js';

const capacity: BandCapacity = { maxPixels: 1200 * 630, maxRows: 630 };

/** A helper whose shared memory nobody or `worker` reads. */
function helperWith(worker: Worker | null): BandHelper & { readonly control: SharedArrayBuffer; readonly data: SharedArrayBuffer } {
  const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
  const data = new SharedArrayBuffer(dataBytes(capacity));
  return { worker: worker as Worker, words: new Int32Array(control), regions: bandRegions(data, capacity), capacity, control, data };
}

const cases: readonly { name: string; rgba: Uint8Array; palette: Exclude<PaletteMode, 'off'>; alpha: PixelAlpha }[] = [
  { name: 'text card', rgba: textCard(1), palette: 'auto', alpha: 'premultiplied' },
  { name: 'lines card', rgba: linesCard(1), palette: 'auto', alpha: 'premultiplied' },
  { name: 'text card, exact, straight alpha', rgba: textCard(2), palette: 'exact', alpha: 'straight' },
  { name: 'gradient of merged steps', rgba: gradient(false), palette: 'auto', alpha: 'straight' },
  { name: 'diagonal gradient', rgba: gradient(true), palette: 'auto', alpha: 'premultiplied' },
];

const encodeInParallel = (helper: BandHelper, rgba: Uint8Array, palette: Exclude<PaletteMode, 'off'>, alpha: PixelAlpha) => {
  const pixels = pixelWords(rgba, 1200 * 630);
  return encodePaletteInParallel(helper, pixels, 1200, 630, scanRows(pixels, 1200, 630), palette, alpha, syncZlibCodec());
};

describe('a Count step the worker never claims', () => {
  it('is counted here, and the PNG is the one-thread encoder\'s', async () => {
    for (const c of cases) {
      const before = parallelPaletteOutcomes()['count taken back'];
      const result = await encodeInParallel(helperWith(null), c.rgba, c.palette, c.alpha);
      expect(result.kind === 'png' && Buffer.from(result.bytes).equals(encodePng(c.rgba, 1200, 630, c.palette, c.alpha)), c.name).toBe(true);
      expect(parallelPaletteOutcomes()['count taken back'], c.name).toBe(before + 1);
    }
  });
});

// A stand-in worker: claims every Count step and counts the bottom band as the band worker does (the built modules), never claims a Write step.
const countingWorker = `
  const { workerData } = require('node:worker_threads');
  (async () => {
    const { bandRegions, Control, Phase } = await import(${JSON.stringify(new URL('../../dist/raster/encode/parallel/band-protocol.js', import.meta.url).href)});
    const { CountScratch, countBand } = await import(${JSON.stringify(new URL('../../dist/raster/encode/palette/count-band.js', import.meta.url).href)});
    const words = new Int32Array(workerData.control);
    const regions = bandRegions(workerData.data, workerData.capacity);
    const scratch = new CountScratch();
    Atomics.store(words, Control.Ready, 1);
    for (;;) {
      const phase = Atomics.load(words, Control.Phase);
      if (phase !== Phase.Count || Atomics.compareExchange(words, Control.Phase, Phase.Count, Phase.Counting) !== Phase.Count) {
        Atomics.wait(words, Control.Phase, phase);
        continue;
      }
      while (Atomics.load(words, Control.RowsCopied) === 0) Atomics.wait(words, Control.RowsCopied, 0);
      const counted = countBand(regions.pixels, words[Control.Width], words[Control.Cut], words[Control.Height], words[Control.BaseRow], regions.repeatsAbove, scratch, words[Control.MaxFrequent]);
      if (counted) {
        regions.colorOfId.set(counted.colorOfId.subarray(0, counted.distinct));
        regions.countOfId.set(counted.countOfId.subarray(0, counted.distinct));
        regions.runsOfId.set(counted.runsOfId.subarray(0, counted.distinct));
      }
      words[Control.Distinct] = counted ? counted.distinct : -1;
      Atomics.store(words, Control.Phase, Phase.Counted);
      Atomics.notify(words, Control.Phase);
    }
  })();`;

describe('a Write step the worker never claims', () => {
  const workers: Worker[] = [];
  afterAll(() => Promise.all(workers.map((worker) => worker.terminate())));

  it('writes the bottom band here from its own count, and the PNG is the one-thread encoder\'s', async () => {
    const shared = helperWith(null);
    const worker = new Worker(countingWorker, { eval: true, workerData: { control: shared.control, data: shared.data, capacity } });
    workers.push(worker);
    const helper = { ...shared, worker };
    for (let i = 0; i < 500 && Atomics.load(helper.words, 1) !== 1; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const c of cases) {
      const before = parallelPaletteOutcomes()['write taken back'];
      // The stand-in may not wake before this thread has counted its band (then the Count step is taken back): try again.
      let result = await encodeInParallel(helper, c.rgba, c.palette, c.alpha);
      for (let i = 0; i < 20 && parallelPaletteOutcomes()['write taken back'] === before; i++) result = await encodeInParallel(helper, c.rgba, c.palette, c.alpha);
      expect(parallelPaletteOutcomes()['write taken back'], c.name).toBe(before + 1);
      expect(result.kind === 'png' && Buffer.from(result.bytes).equals(encodePng(c.rgba, 1200, 630, c.palette, c.alpha)), c.name).toBe(true);
    }
  });
});
