// Palette PNG rows in two bands at once: this thread counts, writes and deflates the top band while the band worker does the bottom one; the bytes are the one-thread encoder's.
import { bandIndexes, bandRanges } from '../palette.js';
import { choosePalette, mergeBands } from '../palette/choose.js';
import { CountScratch, countBand, MAX_FREQUENT_EXACT, MAX_FREQUENT_MERGED_STEPS, type RowScan } from '../palette/count-band.js';
import { adler32Combine, toStraightAlpha, writePaletteRows, type PixelAlpha } from '../scanlines.js';
import { assemble, concatBytes, giveBackRowBuffer, placedParts, GRADIENT_PALETTE_DEFLATE_OPTIONS, PALETTE_BOUNDS, PALETTE_DEFLATE_OPTIONS, PALETTE_STEP_ERROR, takeRowBuffer, type PaletteMode, type PngCodec } from '../png-writer.js';
import { windowStart } from '../zlib-pieces.js';
import { rowStretches } from '../deflate/repeated-rows.js';
import { awaitStep, post, releaseBandHelper, takeBack, type BandHelper } from './band-helper.js';
import { Control, Phase } from './band-protocol.js';

/**
 * The PNG; 'no palette' when none fits (the caller plans RGB); 'alone' when the worker did not take
 * a step in time or failed (the caller encodes the image on this thread, the same bytes).
 */
export type ParallelPaletteResult = { readonly kind: 'png'; readonly bytes: Uint8Array } | { readonly kind: 'no palette' } | { readonly kind: 'alone' };

/** How the parallel jobs of this thread ended, by outcome (tests; the metrics may show them). */
const outcomes: Record<ParallelPaletteResult['kind'], number> = { png: 0, 'no palette': 0, alone: 0 };
export const parallelPaletteOutcomes = (): Readonly<Record<ParallelPaletteResult['kind'], number>> => ({ ...outcomes });

/** This thread's counting scratch for the top band: one parallel job runs at a time (takeBandHelper). */
const topScratch = new CountScratch();

/**
 * Copies the rows of the bottom band that counting reads (countBand): its first row and the row
 * above it, each row that does not repeat the one above, and the row above each of those; a
 * repeated row's runs are copied, never read. On a card that is a third to a half of the band.
 */
function copyBottomRows(helper: BandHelper, pixels: Uint32Array, width: number, height: number, cut: number, repeatsAbove: Uint8Array): number {
  const base = cut - 1;
  const needed = (row: number): boolean => row <= cut || repeatsAbove[row] === 0 || (row + 1 < height && repeatsAbove[row + 1] === 0);
  for (let y = base; y < height; ) {
    if (!needed(y)) {
      y++;
      continue;
    }
    let end = y + 1;
    while (end < height && needed(end)) end++;
    helper.regions.pixels.set(pixels.subarray(y * width, end * width), (y - base) * width);
    y = end;
  }
  helper.regions.repeatsAbove.set(repeatsAbove.subarray(0, height));
  return base;
}

/**
 * Encodes a two-band palette image with the worker's help (`codec` deflates the top band on this
 * thread, with zlib's settings, as the one-thread encoder does). The job is the caller's until it
 * resolves; the helper is released here.
 */
export async function encodePaletteInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, scanned: RowScan, mode: Exclude<PaletteMode, 'off'>, alpha: PixelAlpha, codec: PngCodec<Uint8Array>): Promise<ParallelPaletteResult> {
  const result = await encodeBands(helper, pixels, width, height, scanned, mode, alpha, codec);
  outcomes[result.kind]++;
  return result;
}

async function encodeBands(helper: BandHelper, pixels: Uint32Array, width: number, height: number, scanned: RowScan, mode: Exclude<PaletteMode, 'off'>, alpha: PixelAlpha, codec: PngCodec<Uint8Array>): Promise<ParallelPaletteResult> {
  let failed = false;
  try {
    const ranges = bandRanges(width, height, scanned.cut);
    if (ranges.length !== 2) return { kind: 'alone' };
    const cut = scanned.cut;
    const stepError = PALETTE_STEP_ERROR[mode];
    const maxFrequent = stepError > 0 ? MAX_FREQUENT_MERGED_STEPS : MAX_FREQUENT_EXACT;
    const { words, regions } = helper;
    words[Control.BaseRow] = copyBottomRows(helper, pixels, width, height, cut, scanned.repeatsAbove);
    words[Control.Width] = width;
    words[Control.Cut] = cut;
    words[Control.Height] = height;
    words[Control.MaxFrequent] = maxFrequent;
    post(helper, Phase.Count);
    const top = countBand(pixels, width, 0, cut, 0, scanned.repeatsAbove, topScratch, maxFrequent);
    if (takeBack(helper, Phase.Count)) return { kind: 'alone' };
    const counted = await awaitStep(helper, Phase.Counting);
    if (counted !== Phase.Counted) {
      failed = true;
      return { kind: 'alone' };
    }
    const distinct = words[Control.Distinct]!;
    const merged = top && distinct >= 0 ? mergeBands([top, { distinct, colorOfId: regions.colorOfId, countOfId: regions.countOfId, runsOfId: regions.runsOfId }], maxFrequent) : null;
    const chosen = top && merged && choosePalette(merged, PALETTE_BOUNDS[mode], stepError);
    if (!top || !merged || !chosen) return { kind: 'no palette' };
    const [topIndexes, bottomIndexes] = bandIndexes(chosen, merged);
    const settings = chosen.mergedSteps ? GRADIENT_PALETTE_DEFLATE_OPTIONS : PALETTE_DEFLATE_OPTIONS;
    const rowBytes = width + 1;
    const rows = takeRowBuffer(rowBytes * height);
    try {
      const topRows = rows.subarray(0, cut * rowBytes);
      const topAdler = writePaletteRows({ counts: top, indexOfId: topIndexes! }, width, topRows);
      // The window the one-thread encoder primes the bottom band with: the top band's end, from its last repeated stretch's end at most (zlib-pieces.ts).
      const lastRepeated = codec.repeatedRows ? rowStretches(0, cut, scanned.repeatsAbove, rowBytes).findLast((stretch) => stretch.repeated) : undefined;
      const tail = topRows.subarray(windowStart(topRows.length, lastRepeated ? { start: lastRepeated.fromRow * rowBytes, end: lastRepeated.toRow * rowBytes } : null));
      regions.tail.set(tail);
      regions.indexOfId.set(bottomIndexes!);
      words[Control.TailLength] = tail.length;
      words[Control.Level] = settings.level;
      words[Control.MemLevel] = settings.memLevel;
      post(helper, Phase.Write);
      const topParts = placedParts(topRows, rowBytes, settings, codec.deflate, codec.repeatedRows);
      topParts.band(0, cut, false, scanned.repeatsAbove);
      const topPart = concatBytes(topParts.parts);
      if (takeBack(helper, Phase.Write)) return { kind: 'alone' };
      const written = await awaitStep(helper, Phase.Writing);
      const outLength = words[Control.OutLength]!;
      if (written !== Phase.Written || outLength < 0) {
        failed = written !== Phase.Written;
        return { kind: 'alone' };
      }
      const bottomPart = regions.output.slice(0, outLength);
      const adler = adler32Combine(adler32Combine(1, topAdler, topRows.length), words[Control.Adler]! >>> 0, (height - cut) * rowBytes);
      return { kind: 'png', bytes: assemble(width, height, 3, chosen.colors.map(toStraightAlpha(alpha)), [topPart, bottomPart], adler, codec.crc32) };
    } finally {
      giveBackRowBuffer(rows);
    }
  } finally {
    releaseBandHelper(helper, failed);
  }
}
