// Palette reduction for PNG: cards are mostly flat colours plus anti-aliased text, so their pixels fit a
// 256-entry palette exactly or within a few levels; photos and dithered gradients do not and stay RGB.
import { choosePalette, ColourMerger, mergeBands, type ChosenPalette, type MergedColors } from './palette/choose.js';
import { CountScratch, countBand, MAX_FREQUENT_EXACT, MAX_FREQUENT_MERGED_STEPS, scanRows, type BandCounts, type RowScan } from './palette/count-band.js';

/** One band of rows of a palette image: its runs and the palette index of each of its colour ids. */
export interface PaletteBand {
  readonly counts: BandCounts;
  readonly indexOfId: Uint8Array;
}

export interface PaletteImage {
  /** Palette entries as 0xAABBGGRR words, in the pixels' own colour space (premultiplied for canvas pixels). */
  readonly colors: Uint32Array;
  /** The image's rows in one band, or two when it was cut (see scanRows). */
  readonly bands: readonly PaletteBand[];
  /** Largest per-channel difference between a pixel and its palette entry (0 = lossless). */
  readonly maxError: number;
  /** Whether gradient steps share entries (a gradient of more than 256 steps, within `stepError`). */
  readonly mergedSteps: boolean;
}

/** Below this many index bytes the image is one band (and one deflate part). */
export const SPLIT_MIN_BYTES = 1 << 16;

/** Whether the image is large enough to be cut into two bands. */
export const splitsIntoBands = (width: number, height: number): boolean => (width + 1) * height >= SPLIT_MIN_BYTES;

/** The row bands of an image: [0, cut) and [cut, height), or the whole image when small or uncut. */
export function bandRanges(width: number, height: number, cut: number): readonly (readonly [number, number])[] {
  return splitsIntoBands(width, height) && cut > 0 && cut < height ? [[0, cut], [cut, height]] : [[0, height]];
}

/** The palette index of each band's colour ids, through the merged ids. */
export function bandIndexes(chosen: ChosenPalette, merged: MergedColors): Uint8Array[] {
  return merged.idMaps.map((map) => {
    const indexes = new Uint8Array(map.length);
    for (let id = 0; id < map.length; id++) indexes[id] = chosen.indexOfId[map[id]!]!;
    return indexes;
  });
}

/** Counting scratch of this thread, one per band, and its colour merger. */
const scratches = [new CountScratch(), new CountScratch()] as const;
const merger = new ColourMerger();

/**
 * Counts (band by band, as the parallel encoder does) and chooses: the palette image of the pixels,
 * or null. `stepError` > 0 lets gradient steps share entries when nothing else fits (choosePalette).
 */
export function toPalette(pixels: Uint32Array, width: number, height: number, bounds: readonly number[], rows: RowScan = scanRows(pixels, width, height), stepError = 0): PaletteImage | null {
  const maxFrequent = stepError > 0 ? MAX_FREQUENT_MERGED_STEPS : MAX_FREQUENT_EXACT;
  const counts: BandCounts[] = [];
  for (const [i, [from, to]] of bandRanges(width, height, rows.cut).entries()) {
    const band = countBand(pixels, width, from, to, 0, rows.repeatsAbove, scratches[i]!, maxFrequent);
    if (!band) return null;
    counts.push(band);
  }
  const merged = mergeBands(counts, maxFrequent, merger);
  const chosen = merged && choosePalette(merged, bounds, stepError);
  if (!merged || !chosen) return null;
  const indexes = bandIndexes(chosen, merged);
  return { colors: chosen.colors, bands: counts.map((band, i) => ({ counts: band, indexOfId: indexes[i]! })), maxError: chosen.maxError, mergedSteps: chosen.mergedSteps };
}
