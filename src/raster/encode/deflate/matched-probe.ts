// A cheap look ahead of the pixel matcher: a few stripes of its first band matched, their deflate size estimated from symbol entropy, so images it would abandon go straight to zlib.
import { matchBand } from './pixel-matcher.js';
import { bandRanges } from '../palette.js';
import type { RowScan } from '../palette/count-band.js';
import { DISTANCE_SYMBOLS, LENGTH_EXTRA_BITS, LITERAL_LENGTH_SYMBOLS, distanceCode } from './symbols.js';

/** Stripes matched, spread evenly over the first band, and rows in each. */
export const PROBE_STRIPES = 8;
export const PROBE_ROWS = 4;

/** Bits of a symbol histogram coded at its entropy (a Huffman code costs at least this). */
function entropyBits(frequencies: Uint32Array): number {
  let total = 0;
  for (const f of frequencies) total += f;
  let bits = 0;
  for (const f of frequencies) if (f > 0) bits += f * Math.log2(total / f);
  return bits;
}

/**
 * Bytes per pixel the matcher's dynamic block would take on rows [0, firstBandEnd) of an opaque
 * image, estimated from PROBE_STRIPES stripes of PROBE_ROWS rows: the symbols at their entropy plus
 * the extra bits (no block header). An entropy is a lower bound of what a Huffman code of the same
 * symbols costs, so the estimate errs low. Null when the band is too short to sample, or when a
 * stripe cannot be matched as RGB (a translucent pixel, or a width the matcher refuses).
 */
export function estimateMatchedBytesPerPixel(pixels: Uint32Array, width: number, firstBandEnd: number, repeatsAbove?: Uint8Array): number | null {
  if (firstBandEnd < 2 * PROBE_STRIPES * PROBE_ROWS) return null;
  const literals = new Uint32Array(LITERAL_LENGTH_SYMBOLS);
  const distances = new Uint32Array(DISTANCE_SYMBOLS);
  let extraBits = 0;
  let probed = 0;
  for (let stripe = 0; stripe < PROBE_STRIPES; stripe++) {
    const fromRow = Math.floor((firstBandEnd * (2 * stripe + 1)) / (2 * PROBE_STRIPES)) - (PROBE_ROWS >> 1);
    const tokens = matchBand(pixels, width, { fromRow, toRow: fromRow + PROBE_ROWS, baseRow: 0, ...(repeatsAbove ? { repeatsAbove } : {}) }, 3);
    if (!tokens) return null;
    const slotExtraBits = tokens.distances.map((d) => distanceCode(d).extraBits);
    for (let i = 0; i < tokens.count; i++) {
      const token = tokens.tokens[i]!;
      // Literal bytes are below 256; a match is (length << 8) | slot with length ≥ 3.
      if (token >= 256) extraBits += LENGTH_EXTRA_BITS[token >>> 8]! + slotExtraBits[token & 0xff]!;
    }
    for (let s = 0; s < LITERAL_LENGTH_SYMBOLS; s++) literals[s]! += tokens.literalFrequencies[s]!;
    for (let s = 0; s < DISTANCE_SYMBOLS; s++) distances[s]! += tokens.distanceFrequencies[s]!;
    probed += PROBE_ROWS * width;
  }
  return (entropyBits(literals) + entropyBits(distances) + extraBits) / 8 / probed;
}

/**
 * estimateMatchedBytesPerPixel() of the first band of an image cut into two bands at `scanned.cut`:
 * what matchedBands would write there, from the probe's 32 rows instead of the band's few hundred.
 * Null for an image of one band, or when the probe cannot tell.
 */
export function firstBandEstimate(pixels: Uint32Array, width: number, height: number, scanned: Pick<RowScan, 'cut' | 'repeatsAbove'>): number | null {
  const bands = bandRanges(width, height, scanned.cut);
  if (bands.length < 2) return null;
  return estimateMatchedBytesPerPixel(pixels, width, bands[0]![1], scanned.repeatsAbove);
}
