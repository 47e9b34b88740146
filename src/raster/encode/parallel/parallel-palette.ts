// Palette PNG rows in two bands at once: this thread counts, writes and deflates the top band while the band worker does the bottom one; the bytes are the one-thread encoder's.
import { bandIndexes, bandRanges, type PaletteImage } from '../palette.js';
import { choosePalette, ColourMerger } from '../palette/choose.js';
import { CountScratch, countBand, MAX_DISTINCT, MAX_FREQUENT_EXACT, MAX_FREQUENT_MERGED_STEPS, type BandCounts, type RowScan } from '../palette/count-band.js';
import { adler32Combine, toStraightAlpha, writePaletteRows, type PixelAlpha } from '../scanlines.js';
import { assemble, concatBytes, giveBackRowBuffer, palettePlan, placedParts, releasePlan, writePlan, GRADIENT_PALETTE_DEFLATE_OPTIONS, PALETTE_BOUNDS, PALETTE_DEFLATE_OPTIONS, PALETTE_STEP_ERROR, takeRowBuffer, type DeflateSettings, type PaletteMode, type PngCodec } from '../png-writer.js';
import { windowStart } from '../zlib-pieces.js';
import { rowStretches } from '../deflate/repeated-rows.js';
import { awaitStep, post, releaseBandHelper, takeBack, type BandHelper } from './band-helper.js';
import { Control, Phase, TAIL_PENDING } from './band-protocol.js';
import { writeBottomBand, type BottomBand } from './bottom-band.js';

/**
 * The PNG (`takenBack`: a step the worker had not claimed in time, done on this thread); 'no
 * palette' when none fits (the caller plans RGB); 'alone' when the worker failed or stalled (the
 * caller encodes the image on this thread, the same bytes).
 */
export type ParallelPaletteResult = { readonly kind: 'png'; readonly bytes: Uint8Array; readonly takenBack?: 'count' | 'write' } | { readonly kind: 'no palette' } | { readonly kind: 'alone' };

/**
 * How the parallel jobs of this thread ended, by outcome (tests; the metrics may show them): 'png'
 * when the worker wrote the bottom band, 'count taken back' / 'write taken back' when this thread
 * took that step back (the worker had not woken) and finished the PNG itself.
 */
type Outcome = ParallelPaletteResult['kind'] | 'count taken back' | 'write taken back';
const outcomes: Record<Outcome, number> = { png: 0, 'no palette': 0, alone: 0, 'count taken back': 0, 'write taken back': 0 };
export const parallelPaletteOutcomes = (): Readonly<Record<Outcome, number>> => ({ ...outcomes });

/** This thread's counting scratch for the top band and its colour merger: one parallel job runs at a time (takeBandHelper). */
const topScratch = new CountScratch();
const merger = new ColourMerger();
/** The bottom band's counting scratch, for a step taken back from the worker. */
const bottomScratch = new CountScratch();

/**
 * Copies the rows of the bottom band that counting reads (countBand): its first row and the row
 * above it, each row that does not repeat the one above, and the row above each of those; a
 * repeated row's runs are copied, never read. On a card that is a third to a half of the band.
 */
function copyBottomRows(helper: BandHelper, pixels: Uint32Array, width: number, height: number, cut: number, repeatsAbove: Uint8Array): void {
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
}

/**
 * Encodes a two-band palette image with the worker's help (`codec` deflates the top band on this
 * thread, with zlib's settings, as the one-thread encoder does). The job is the caller's until it
 * resolves; the helper is released here.
 */
export async function encodePaletteInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, scanned: RowScan, mode: Exclude<PaletteMode, 'off'>, alpha: PixelAlpha, codec: PngCodec<Uint8Array>): Promise<ParallelPaletteResult> {
  const result = await encodeBands(helper, pixels, width, height, scanned, mode, alpha, codec);
  outcomes[result.kind === 'png' && result.takenBack ? (`${result.takenBack} taken back` as const) : result.kind]++;
  return result;
}

/** The top band's tail is in shared memory: the worker may deflate its band. */
function publishTail(helper: BandHelper, length: number): void {
  Atomics.store(helper.words, Control.TailLength, length);
  Atomics.notify(helper.words, Control.TailLength);
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
    words[Control.BaseRow] = cut - 1;
    words[Control.Width] = width;
    words[Control.Cut] = cut;
    words[Control.Height] = height;
    words[Control.MaxFrequent] = maxFrequent;
    // Posted before the rows are copied: the worker wakes meanwhile, and waits for them only if it woke first.
    Atomics.store(words, Control.RowsCopied, 0);
    Atomics.store(words, Control.StopCount, 0);
    post(helper, Phase.Count);
    copyBottomRows(helper, pixels, width, height, cut, scanned.repeatsAbove);
    Atomics.store(words, Control.RowsCopied, 1);
    Atomics.notify(words, Control.RowsCopied);
    const countBottomHere = (): BandCounts | null => countBand(pixels, width, cut, height, 0, scanned.repeatsAbove, bottomScratch, maxFrequent);
    const top = countBand(pixels, width, 0, cut, 0, scanned.repeatsAbove, topScratch, maxFrequent);
    // The top band's colours are merged while the worker may still be counting (the bottom band has at most MAX_DISTINCT).
    if (top) {
      merger.begin(top.distinct + MAX_DISTINCT);
      merger.add(top);
    }
    // A worker that has not woken by now is not waited for: the bottom band is counted here, and the image written on this thread (its runs are here).
    const bottomHere = takeBack(helper, Phase.Count) ? (top && countBottomHere()) : undefined;
    if (bottomHere === undefined) {
      // No palette fits the top band: the worker's count is of no use, and stops (on the radial card it counted three quarters of its band, a millisecond of CPU, after this one failed).
      if (!top) Atomics.store(words, Control.StopCount, 1);
      const counted = await awaitStep(helper, Phase.Counting);
      if (counted !== Phase.Counted) {
        failed = true;
        return { kind: 'alone' };
      }
    }
    const distinct = bottomHere === undefined ? words[Control.Distinct]! : bottomHere ? bottomHere.distinct : -1;
    if (top && distinct >= 0) merger.add(bottomHere ?? { distinct, colorOfId: regions.colorOfId, countOfId: regions.countOfId, runsOfId: regions.runsOfId });
    const merged = top && distinct >= 0 ? merger.finish(maxFrequent) : null;
    const chosen = top && merged && choosePalette(merged, PALETTE_BOUNDS[mode], stepError);
    if (!top || !merged || !chosen) return { kind: 'no palette' };
    const [topIndexes, bottomIndexes] = bandIndexes(chosen, merged);
    if (bottomHere) {
      const image: PaletteImage = { colors: chosen.colors, bands: [{ counts: top, indexOfId: topIndexes! }, { counts: bottomHere, indexOfId: bottomIndexes! }], maxError: chosen.maxError, mergedSteps: chosen.mergedSteps };
      const planned = palettePlan(image, width, height, scanned.repeatsAbove, alpha);
      try {
        return { kind: 'png', bytes: writePlan(planned, width, height, codec, (parts, finish) => finish(parts)), takenBack: 'count' };
      } finally {
        releasePlan(planned);
      }
    }
    const settings = chosen.mergedSteps ? GRADIENT_PALETTE_DEFLATE_OPTIONS : PALETTE_DEFLATE_OPTIONS;
    const rowBytes = width + 1;
    const rows = takeRowBuffer(rowBytes * height);
    // The worker writes its rows while this thread writes the top band's, and waits for their tail only to deflate (publishTail).
    regions.indexOfId.set(bottomIndexes!);
    words[Control.Level] = settings.level;
    words[Control.MemLevel] = settings.memLevel;
    Atomics.store(words, Control.TailLength, TAIL_PENDING);
    post(helper, Phase.Write);
    let published = false;
    try {
      const topRows = rows.subarray(0, cut * rowBytes);
      const topAdler = writePaletteRows({ counts: top, indexOfId: topIndexes! }, width, topRows);
      // The window the one-thread encoder primes the bottom band with: the top band's end, from its last repeated stretch's end at most (zlib-pieces.ts).
      const lastRepeated = codec.repeatedRows ? rowStretches(0, cut, scanned.repeatsAbove, rowBytes).findLast((stretch) => stretch.repeated) : undefined;
      const tail = topRows.subarray(windowStart(topRows.length, lastRepeated ? { start: lastRepeated.fromRow * rowBytes, end: lastRepeated.toRow * rowBytes } : null));
      regions.tail.set(tail);
      publishTail(helper, tail.length);
      published = true;
      const topParts = placedParts(topRows, rowBytes, settings, codec.deflate, codec.repeatedRows);
      topParts.band(0, cut, false, scanned.repeatsAbove);
      const topPart = concatBytes(topParts.parts);
      const takenBack = takeBack(helper, Phase.Write);
      const bottom = takenBack ? bottomBandHere(countBottomHere(), bottomIndexes!, width, cut, height, rows.subarray(cut * rowBytes), tail, settings, scanned.repeatsAbove) : await bottomBandOfWorker(helper);
      if (bottom === 'failed') failed = true;
      if (typeof bottom === 'string') return { kind: 'alone' };
      const adler = adler32Combine(adler32Combine(1, topAdler, topRows.length), bottom.adler, (height - cut) * rowBytes);
      return { kind: 'png', bytes: assemble(width, height, 3, chosen.colors.map(toStraightAlpha(alpha)), [topPart, bottom.part], adler, codec.crc32), ...(takenBack && { takenBack: 'write' as const }) };
    } finally {
      // A worker waiting for a tail that never comes (this thread failed first) deflates an empty one, and its part is not read.
      if (!published) publishTail(helper, 0);
      giveBackRowBuffer(rows);
    }
  } finally {
    releaseBandHelper(helper, failed);
  }
}

/**
 * The bottom band written here after the worker did not claim the Write step in time (its runs are
 * the worker's: counting the same rows gives the same runs and ids); 'alone' if they do not count.
 */
function bottomBandHere(counts: BandCounts | null, indexOfId: Uint8Array, width: number, cut: number, height: number, rows: Uint8Array, tail: Uint8Array, settings: DeflateSettings, repeatsAbove: Uint8Array): BottomBand | 'alone' {
  return (counts && writeBottomBand(counts, indexOfId, width, cut, height, rows, () => tail, settings, repeatsAbove)) ?? 'alone';
}

/**
 * The worker's bottom band once it has written it; 'alone' when its output did not fit, 'failed' when
 * the worker failed or stalled. Its part is a view of shared memory, not a copy: the PNG is assembled
 * from it before the helper is released (encodeBands), and nothing writes there until then.
 */
async function bottomBandOfWorker(helper: BandHelper): Promise<BottomBand | 'alone' | 'failed'> {
  const written = await awaitStep(helper, Phase.Writing);
  if (written !== Phase.Written) return 'failed';
  const outLength = helper.words[Control.OutLength]!;
  return outLength < 0 ? 'alone' : { part: helper.regions.output.subarray(0, outLength), adler: helper.words[Control.Adler]! >>> 0 };
}
