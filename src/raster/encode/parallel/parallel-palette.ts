// Palette PNG rows in two bands at once: the main thread counts, writes and deflates the top band while the band worker does the bottom one.
import { constants, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { bandIndexes, bandRanges } from '../palette.js';
import { choosePalette, mergeBands } from '../palette/choose.js';
import { CountScratch, countBand, type BandCounts } from '../palette/count-band.js';
import { adler32Combine, writePaletteRows } from '../scanlines.js';
import { finishOrTakeBack, post, stopBandHelper, type BandHelper } from './band-helper.js';
import { Control, Phase } from './band-protocol.js';
import { OgsmithError } from '../../../errors/catalogue.js';

/** The deflated palette rows, in two parts, with the palette and the stream's adler32. */
export interface ParallelPalette {
  readonly colors: Uint32Array;
  readonly parts: readonly Uint8Array[];
  readonly adler: number;
}

const topScratch = new CountScratch();
const bottomScratch = new CountScratch();

/**
 * Encodes the palette rows of a two-band image with the worker's help. The bytes are the same as
 * the one-thread path's (same bands, same counts, same zlib settings): the worker only moves the
 * bottom band's work to the other core. Returns null when no palette fits, or undefined when the
 * worker failed a step (it is then stopped, and the caller encodes on one thread).
 */
export function encodePaletteInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, repeatsAbove: Uint8Array, cut: number, bounds: readonly number[], rows: Uint8Array, options: ZlibOptions): ParallelPalette | null | undefined {
  const ranges = bandRanges(width, height, cut);
  if (ranges.length !== 2) return undefined;
  const { words, regions } = helper;
  // The rows of the bottom band the worker reads: rows that do not repeat the one above, the rows
  // just above those, the band's first row and the row above it (a repeated row is never read: its
  // runs are copied). On a card that is a third to a half of the band.
  const base = cut - 1;
  const needed = (row: number): boolean => row <= cut || repeatsAbove[row] === 0 || (row + 1 < height && repeatsAbove[row + 1] === 0);
  for (let y = base; y < height; ) {
    if (!needed(y)) {
      y++;
      continue;
    }
    let end = y + 1;
    while (end < height && needed(end)) end++;
    regions.pixels.set(pixels.subarray(y * width, end * width), (y - base) * width);
    y = end;
  }
  regions.repeatsAbove.set(repeatsAbove);
  words[Control.Width] = width;
  words[Control.FromRow] = cut;
  words[Control.ToRow] = height;
  words[Control.BaseRow] = base;
  words[Control.Level] = options.level ?? 3;
  words[Control.MemLevel] = options.memLevel ?? 8;
  post(helper, Phase.Count);
  const top = countBand(pixels, width, 0, cut, 0, repeatsAbove, topScratch);
  // The bottom band's counts: the worker's, or counted here when the worker had not started.
  let bottomHere: BandCounts | null = null;
  const counted = finishOrTakeBack(helper, Phase.Count, Phase.Counting, Phase.Counted);
  if (counted === 'failed') {
    stopBandHelper(true);
    return undefined;
  }
  if (counted === 'taken back') bottomHere = countBand(pixels, width, cut, height, 0, repeatsAbove, bottomScratch);
  const distinct = counted === 'done' ? words[Control.Distinct]! : bottomHere ? bottomHere.distinct : -1;
  const bottomColors = bottomHere ?? { distinct, colorOfId: regions.colorOfId, countOfId: regions.countOfId, runsOfId: regions.runsOfId };
  const merged = top && distinct >= 0 ? mergeBands([top, bottomColors]) : null;
  const chosen = merged && choosePalette(merged, bounds);
  if (!top || !merged || !chosen) {
    if (counted === 'done') post(helper, Phase.Idle);
    return null;
  }
  const [topIndexes, bottomIndexes] = bandIndexes(chosen, merged);
  if (counted === 'done') {
    regions.indexOfId.set(bottomIndexes!);
    post(helper, Phase.Write);
  }
  const topBytes = cut * (width + 1);
  const topAdler = writePaletteRows({ counts: top, indexOfId: topIndexes! }, width, rows);
  const topPart = deflateRawSync(rows.subarray(0, topBytes), { ...options, finishFlush: constants.Z_SYNC_FLUSH });
  const bottomBytes = (height - cut) * (width + 1);
  const written = counted === 'done' ? finishOrTakeBack(helper, Phase.Write, Phase.Writing, Phase.Written) : 'taken back';
  let bottomPart: Uint8Array;
  let bottomAdler: number;
  if (written === 'done') {
    bottomPart = regions.output.slice(0, words[Control.OutLength]!);
    bottomAdler = words[Control.Adler]! >>> 0;
    post(helper, Phase.Idle);
  } else {
    // Written here: the worker had not started, or failed (then it is replaced). Counting is
    // deterministic, so a band counted again here has the worker's colour ids.
    if (written === 'failed') stopBandHelper(true);
    const bottom = bottomHere ?? countBand(pixels, width, cut, height, 0, repeatsAbove, bottomScratch);
    if (!bottom) throw new OgsmithError('INTERNAL', 'The bottom band counted differently on the main thread');
    bottomAdler = writePaletteRows({ counts: bottom, indexOfId: bottomIndexes! }, width, rows);
    bottomPart = deflateRawSync(rows.subarray(topBytes, topBytes + bottomBytes), options);
  }
  return { colors: chosen.colors, parts: [topPart, bottomPart], adler: adler32Combine(adler32Combine(1, topAdler, topBytes), bottomAdler, bottomBytes) };
}
