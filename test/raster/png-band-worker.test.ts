// The band worker of the Node PNG encoder: palette images encoded on two threads give the one-thread bytes, a worker that dies or is stopped costs nothing but time, the worker sleeps when idle, and a process exits when its renders are done.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { bandHelperIdle, stopBandHelper } from '../../src/raster/encode/parallel/band-helper.js';
import { parallelPaletteOutcomes } from '../../src/raster/encode/parallel/parallel-palette.js';
import { parallelPhotoOutcomes } from '../../src/raster/encode/parallel/parallel-photo.js';
import type { PaletteMode } from '../../src/raster/encode/png-writer.js';
import type { PixelAlpha } from '../../src/raster/encode/scanlines.js';
import { gradient, linesCard, linesCardWithDots, noisePhoto, textCard, translucent } from './card-pixels.js';

// The band worker runs by default on a main thread (OGSMITH_PARALLEL_ENCODE=0 turns it off), read at its first use; a test process may have turned it off, so it is on for this file and put back after.
const parallelBefore = process.env.OGSMITH_PARALLEL_ENCODE;
delete process.env.OGSMITH_PARALLEL_ENCODE;
afterAll(() => {
  if (parallelBefore === undefined) delete process.env.OGSMITH_PARALLEL_ENCODE;
  else process.env.OGSMITH_PARALLEL_ENCODE = parallelBefore;
});

/** Encodes until the worker is up and idle (it starts from the second encode), at most 5 s. */
async function workerReady(): Promise<void> {
  const card = textCard(9);
  for (let i = 0; i < 250 && !bandHelperIdle(); i++) {
    await encodePngAsync(card, 1200, 630);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(bandHelperIdle(), 'the band worker started').toBe(true);
}

const cases: readonly { name: string; rgba: Uint8Array; width: number; height: number; palette: PaletteMode; alpha: PixelAlpha }[] = [
  { name: 'text card', rgba: textCard(1), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'lines card (long repeated stretches in both bands)', rgba: linesCard(1), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'lines card, the cut in content a few rows after a stretch', rgba: linesCardWithDots(1, 390, 490), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'lines card, stripe everywhere', rgba: linesCard(2, 1200, 630, 0), width: 1200, height: 630, palette: 'exact', alpha: 'premultiplied' },
  { name: 'text card, exact, straight alpha', rgba: textCard(2), width: 1200, height: 630, palette: 'exact', alpha: 'straight' },
  { name: 'gradient of merged steps', rgba: gradient(false), width: 1200, height: 630, palette: 'auto', alpha: 'straight' },
  { name: 'diagonal gradient', rgba: gradient(true), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'translucent', rgba: translucent(1200, 630), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'text card 2400×1260 (a larger worker)', rgba: textCard(3, 2400, 1260), width: 2400, height: 1260, palette: 'auto', alpha: 'premultiplied' },
  { name: 'photo (no palette)', rgba: noisePhoto(4, 1200, 630), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
];

/** Parallel photo jobs, however they ended. */
const photoJobs = (): number => Object.values(parallelPhotoOutcomes()).reduce((sum, n) => sum + n, 0);

/** Parallel jobs that wrote a PNG (the worker's band, or a step taken back) or gave the image to the one-thread encoder. */
const encodedOnTwoThreadsOrHere = (outcomes: ReturnType<typeof parallelPaletteOutcomes>): number => outcomes.png + outcomes.alone + outcomes['count taken back'] + outcomes['write taken back'];

describe('PNG band worker', () => {
  beforeAll(workerReady);
  afterAll(() => stopBandHelper());

  it('gives the one-thread bytes for every kind of image, and did the palette ones on two threads', async () => {
    for (const c of cases) {
      const before = parallelPaletteOutcomes();
      const photoJobsBefore = photoJobs();
      let png = await encodePngAsync(c.rgba, c.width, c.height, c.palette, c.alpha);
      // A larger image restarts the worker for the next one: encode again once it is up.
      for (let i = 0; i < 100 && c.width > 1200 && parallelPaletteOutcomes().png === before.png; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        png = await encodePngAsync(c.rgba, c.width, c.height, c.palette, c.alpha);
      }
      const after = parallelPaletteOutcomes();
      expect(png.equals(encodePng(c.rgba, c.width, c.height, c.palette, c.alpha)), c.name).toBe(true);
      expect(() => decode(png), c.name).not.toThrow();
      if (c.name.startsWith('photo')) {
        expect(after.png, c.name).toBe(before.png);
        expect(photoJobs(), 'the photograph\'s halves went to the worker (or were taken back)').toBeGreaterThan(photoJobsBefore);
      }
      else expect(encodedOnTwoThreadsOrHere(after), c.name).toBeGreaterThan(encodedOnTwoThreadsOrHere(before));
    }
    expect(parallelPaletteOutcomes().png, 'encodes the worker helped with').toBeGreaterThan(0);
  });

  it('encodes on this thread, with the same bytes, when the worker dies mid-job, and starts a new one', async () => {
    await workerReady();
    const card = textCard(5);
    const alone = encodePng(card, 1200, 630);
    const pending = encodePngAsync(card, 1200, 630);
    stopBandHelper();
    expect((await pending).equals(alone)).toBe(true);
    await workerReady();
    expect((await encodePngAsync(card, 1200, 630)).equals(alone)).toBe(true);
  });

  it('sleeps while idle: the process spends nearly no CPU in half a second with the worker up', async () => {
    await workerReady();
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const used = process.cpuUsage(before);
    // A worker spinning would spend about 500 ms here.
    expect((used.user + used.system) / 1000).toBeLessThan(150);
  });
});

describe('a process with the band worker (the default)', () => {
  it('exits by itself when its encodes are done (a pending wait does not hold it, nor does the worker)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ogsmith-band-')), 'card.rgba');
    writeFileSync(file, textCard(6));
    const script = `
      const { encodePngAsync } = await import(${JSON.stringify(new URL('../../dist/raster/encode/png.js', import.meta.url).href)});
      const { parallelPaletteOutcomes } = await import(${JSON.stringify(new URL('../../dist/raster/encode/parallel/parallel-palette.js', import.meta.url).href)});
      const card = new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(file)}));
      let bytes = 0;
      for (let i = 0; i < 40; i++) { bytes += (await encodePngAsync(card, 1200, 630)).length; await new Promise((r) => setTimeout(r, 5)); }
      console.log(JSON.stringify({ bytes, outcomes: parallelPaletteOutcomes() }));`;
    const env = { ...process.env };
    delete env.OGSMITH_PARALLEL_ENCODE;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000, encoding: 'utf8', env });
    const { bytes, outcomes } = JSON.parse(out) as { bytes: number; outcomes: { png: number } };
    expect(bytes).toBeGreaterThan(0);
    expect(outcomes.png, 'the worker helped').toBeGreaterThan(0);
  });
});

describe('a process with OGSMITH_PARALLEL_ENCODE=0', () => {
  it('never starts the band worker', () => {
    const script = `
      const { encodePngAsync } = await import(${JSON.stringify(new URL('../../dist/raster/encode/png.js', import.meta.url).href)});
      const { parallelPaletteOutcomes } = await import(${JSON.stringify(new URL('../../dist/raster/encode/parallel/parallel-palette.js', import.meta.url).href)});
      const card = new Uint8Array(1200 * 630 * 4).fill(255);
      for (let i = 0; i < 10; i++) { await encodePngAsync(card, 1200, 630); await new Promise((r) => setTimeout(r, 20)); }
      console.log(JSON.stringify({ outcomes: parallelPaletteOutcomes(), workerLoaded: process.moduleLoadList.some((m) => m.includes('worker_threads')) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000, encoding: 'utf8', env: { ...process.env, OGSMITH_PARALLEL_ENCODE: '0' } });
    const { outcomes, workerLoaded } = JSON.parse(out) as { outcomes: Record<string, number>; workerLoaded: boolean };
    expect(Object.values(outcomes).every((n) => n === 0)).toBe(true);
    expect(workerLoaded).toBe(false);
  });
});
