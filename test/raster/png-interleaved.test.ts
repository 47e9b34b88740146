// The Node PNG encoder under interleaving: many kinds of image encoded sync and async at once (pool pieces in flight while other encodes run) give the bytes each gives alone, and every file decodes with a valid zlib check.
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngAsync } from '../../src/raster/encode/png.js';
import { deflatePlan, pixelWords, plan, releasePlan, PALETTE_MAX_ERROR, type PaletteMode } from '../../src/raster/encode/png-writer.js';
import type { PixelAlpha } from '../../src/raster/encode/scanlines.js';
import { gradient, noisePhoto, seeded, textCard, translucent } from './card-pixels.js';

interface Sample {
  readonly name: string;
  readonly rgba: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly palette: PaletteMode;
  readonly alpha: PixelAlpha;
}

const samples: readonly Sample[] = [
  ...[1, 2, 3].map((seed): Sample => ({ name: `text card ${seed}`, rgba: textCard(seed), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' })),
  { name: 'text card exact, straight', rgba: textCard(4), width: 1200, height: 630, palette: 'exact', alpha: 'straight' },
  { name: 'horizontal gradient', rgba: gradient(false), width: 1200, height: 630, palette: 'auto', alpha: 'straight' },
  { name: 'diagonal gradient', rgba: gradient(true), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'photo (pool pieces)', rgba: noisePhoto(1, 1200, 630), width: 1200, height: 630, palette: 'auto', alpha: 'premultiplied' },
  { name: 'photo 2 (pool pieces of the same size)', rgba: noisePhoto(2, 1200, 630), width: 1200, height: 630, palette: 'auto', alpha: 'straight' },
  { name: 'large photo (several pieces)', rgba: noisePhoto(3, 2400, 1260), width: 2400, height: 1260, palette: 'auto', alpha: 'premultiplied' },
  { name: 'translucent', rgba: translucent(), width: 300, height: 200, palette: 'auto', alpha: 'premultiplied' },
  { name: 'translucent, palette off', rgba: translucent(), width: 300, height: 200, palette: 'off', alpha: 'straight' },
];

const encodeAlone = (s: Sample): Buffer => encodePng(s.rgba, s.width, s.height, s.palette, s.alpha);

/** The largest per-channel difference between the decoded file and the straight-alpha input (opaque pixels only). */
function largestError(s: Sample, png: Buffer): number {
  const decoded = decode(png);
  const channels = decoded.channels;
  const palette = decoded.palette;
  let largest = 0;
  for (let i = 0; i < s.width * s.height; i++) {
    if (s.rgba[i * 4 + 3] !== 255) continue;
    for (let c = 0; c < 3; c++) {
      const value = palette ? palette[decoded.data[i]!]![c]! : decoded.data[i * channels + c]!;
      largest = Math.max(largest, Math.abs(value - s.rgba[i * 4 + c]!));
    }
  }
  return largest;
}

describe('PNG encodes interleaved', () => {
  const alone = new Map(samples.map((s) => [s.name, encodeAlone(s)]));

  it('each sample alone decodes (zlib check included) to its pixels within the palette bound', () => {
    for (const s of samples) expect(largestError(s, alone.get(s.name)!), s.name).toBeLessThanOrEqual(s.palette === 'exact' || s.palette === 'off' ? 0 : PALETTE_MAX_ERROR);
  });

  it('gives the same bytes when async encodes overlap each other and sync encodes', async () => {
    const random = seeded(99);
    for (let round = 0; round < 3; round++) {
      // The large photo first: its pieces fill libuv's pool, so the two photos' pool pieces wait in its queue while the encodes after them run.
      const rank = (s: Sample): number => (s.width > 2000 ? 0 : s.name.startsWith('photo') ? 1 : 2);
      const order = [...samples].sort((a, b) => rank(a) - rank(b) || random() - 0.5);
      const pending: Promise<{ name: string; png: Buffer }>[] = [];
      for (const s of order) {
        // Async encodes stay in flight (their large pieces on libuv's pool) while the next ones start; every third is synchronous meanwhile.
        if (pending.length % 3 === 2) expect(encodeAlone(s).equals(alone.get(s.name)!), `${s.name} sync, round ${round}`).toBe(true);
        pending.push(encodePngAsync(s.rgba, s.width, s.height, s.palette, s.alpha).then((png) => ({ name: s.name, png })));
      }
      for (const { name, png } of await Promise.all(pending)) {
        expect(png.equals(alone.get(name)!), `${name} async, round ${round}`).toBe(true);
        expect(() => decode(png), name).not.toThrow();
      }
    }
  });
});

describe('PNG parts in place', () => {
  it('refuses to deflate a band whose rows are not where the band before it ended (the Node 24 failure: band 0 deflated with band 1 rows)', () => {
    const chosen = plan(pixelWords(textCard(5), 1200 * 630), 1200, 630, 'auto');
    try {
      if (chosen.kind !== 'palette') throw new Error(`expected a palette plan, got ${chosen.kind}`);
      const [first, second] = chosen.image.bands;
      expect(second, 'a two-band image').toBeDefined();
      const deflated: number[] = [];
      const record = (bytes: Uint8Array): number => deflated.push(bytes.byteOffset);
      expect(deflatePlan(chosen, 1200, 630, record).parts).toHaveLength(2);
      expect(deflated).toEqual([0, first!.counts.toRow * 1201]);
      const misplaced = { ...chosen, image: { ...chosen.image, bands: [second!, second!] } };
      expect(() => deflatePlan(misplaced, 1200, 630, record)).toThrow(expect.objectContaining({ code: 'INTERNAL', message: expect.stringMatching(/PNG rows out of place/) }));
      const short = { ...chosen, image: { ...chosen.image, bands: [first!] } };
      expect(() => deflatePlan(short, 1200, 630, record)).toThrow(/PNG rows out of place/);
    } finally {
      releasePlan(chosen);
    }
  });
});
