// Counting pass of the palette encoder: runs of equal pixels and their colours over one band of rows.
import { runEnd, wordPairs, wordRangesEqual } from '../word-ranges.js';
import { countBandInWasm } from './count-band-wasm.js';

/** Runs of equal pixels of rows [fromRow, toRow), in image order, with the colours they use. */
export interface BandCounts {
  readonly fromRow: number;
  readonly toRow: number;
  /** Number of runs; run r covers pixels [runEnds[r-1] ?? fromRow·width, runEnds[r]) (image pixel indices). Runs never cross a row's end. */
  readonly count: number;
  readonly runEnds: Uint32Array;
  /** Colour id of each run. */
  readonly runIds: Uint16Array;
  /** Number of distinct colours; ids are 0 … distinct-1 in order of first appearance. */
  readonly distinct: number;
  /** Colour of each id as a 0xAABBGGRR word (canvas byte order read little-endian). */
  readonly colorOfId: Uint32Array;
  /** Pixels of each id. */
  readonly countOfId: Uint32Array;
  /** Runs of each id that do not continue the same colour in the row above (a colour in short, unaligned runs is an anti-aliasing shade). */
  readonly runsOfId: Uint32Array;
  /** Per row of the band: ROW_REPEATS when it is the row above again, ROW_SHIFTED when it is the row above moved one pixel left, else 0 (its runs were read). */
  readonly rowSources: Uint8Array;
}

export const ROW_REPEATS = 1;
export const ROW_SHIFTED = 2;

const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
/** Beyond this many distinct colours the image is a photo or a rich gradient: keep RGB. */
export const MAX_DISTINCT = TABLE_SIZE >> 2;
/**
 * Only colours this rare may join a nearby palette entry as shades (within PALETTE_MAX_ERROR):
 * anti-aliasing shades cover a few pixels each, while every step of a gradient covers hundreds, so
 * gradient steps stay exact, or at most 1 level off when a gradient of more than 256 steps is let
 * share entries (PALETTE_STEP_ERROR: no visible banding).
 */
export const MERGEABLE_MAX_PIXELS = 64;
/** Frequent colours a palette can hold: 256 when gradient steps stay exact; when steps one level apart may share an entry, this many are counted before giving up. */
export const MAX_FREQUENT_EXACT = 256;
export const MAX_FREQUENT_MERGED_STEPS = 512;

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/**
 * Arrays one counting pass needs, kept between calls (a thread keeps one per band it counts): half a
 * megabyte of fresh typed arrays per render was a good part of the external-memory pressure that
 * makes V8 collect garbage every few renders. A table slot is used when its stamp is the current
 * call's, so the table is never cleared; per-colour counters are cleared up to the last count.
 */
export class CountScratch {
  runEnds = new Uint32Array(1 << 16);
  runIds = new Uint16Array(1 << 16);
  rowSources = new Uint8Array(1024);
  readonly keys = new Uint32Array(TABLE_SIZE);
  readonly stampOfSlot = new Uint32Array(TABLE_SIZE);
  readonly idOfSlot = new Uint16Array(TABLE_SIZE);
  readonly colorOfId = new Uint32Array(MAX_DISTINCT);
  readonly countOfId = new Uint32Array(MAX_DISTINCT);
  readonly runsOfId = new Uint32Array(MAX_DISTINCT);
  stamp = 0;
  /** Colours given an id by the current call (or, before begin(), by the previous one, finished or not). */
  distinct = 0;

  /** Clears the counters the previous call used and starts a new stamp. */
  begin(): void {
    this.countOfId.fill(0, 0, this.distinct);
    this.runsOfId.fill(0, 0, this.distinct);
    this.distinct = 0;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stampOfSlot.fill(0);
  }

  /** The colour's id, a new one on its first appearance; −1 once MAX_DISTINCT colours have ids. */
  idOf(key: number): number {
    const { keys, stampOfSlot, stamp } = this;
    let s = slot(key);
    while (stampOfSlot[s] === stamp && keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
    if (stampOfSlot[s] === stamp) return this.idOfSlot[s]!;
    if (this.distinct === MAX_DISTINCT) return -1;
    stampOfSlot[s] = stamp;
    keys[s] = key;
    this.idOfSlot[s] = this.distinct;
    this.colorOfId[this.distinct] = key;
    return this.distinct++;
  }

  /** Room for `needed` runs, keeping the first `kept`. */
  reserve(needed: number, kept: number): void {
    if (needed <= this.runEnds.length) return;
    const size = Math.max(needed, this.runEnds.length * 2);
    const ends = new Uint32Array(size);
    ends.set(this.runEnds.subarray(0, kept));
    this.runEnds = ends;
    const ids = new Uint16Array(size);
    ids.set(this.runIds.subarray(0, kept));
    this.runIds = ids;
  }
}

/** Rows that repeat the one above, and where the rows are cut into two bands (scanRows). */
export interface RowScan {
  /** 1 where a row's pixels equal the row above's. */
  readonly repeatsAbove: Uint8Array;
  /** The first row of the second band. */
  readonly cut: number;
}

/**
 * How far the cut may move from the halfway row, as a share of the rows that do not repeat, to land
 * on a blank row (one colour, equal to the row above): each band is deflated without the other's
 * window, and a cut through a line of text loses the matches its lower half has in its upper half
 * (tags card −0.9% bytes; docs/encoding.md).
 */
export const CUT_SLACK = 1 / 8;
/** At most this many stretches of repeated rows are read to find a blank one. */
const MAX_BLANK_CHECKS = 32;

/**
 * Which rows repeat the row above (a memcmp each: cards repeat rows of background everywhere), and
 * where to cut the rows into two bands of about equal work: halfway through the rows that do not
 * repeat (the counting pass and deflate spend their time there), moved to the nearest blank row
 * within CUT_SLACK of that when there is one.
 */
export function scanRows(pixels: Uint32Array, width: number, height: number): RowScan {
  const same = wordRangesEqual(pixels);
  const repeatsAbove = new Uint8Array(height);
  let content = height > 0 ? 1 : 0;
  for (let y = 1; y < height; y++) {
    const repeated = same(y * width, (y - 1) * width, width);
    repeatsAbove[y] = repeated ? 1 : 0;
    if (!repeated) content++;
  }
  return { repeatsAbove, cut: blankCut(pixels, width, height, repeatsAbove, content) };
}

/** Whether row y is a single colour. */
function uniformRow(pixels: Uint32Array, width: number, y: number): boolean {
  const first = pixels[y * width]!;
  for (let i = y * width + 1, end = (y + 1) * width; i < end; i++) if (pixels[i] !== first) return false;
  return true;
}

/**
 * The halfway row of the content (height when there is none), or the blank row nearest to it among
 * the rows with ½ ± CUT_SLACK of the content above them (ties: the upper one). A row that repeats
 * the row above is blank when the first row of its stretch is, so a stretch is read once.
 */
function blankCut(pixels: Uint32Array, width: number, height: number, repeatsAbove: Uint8Array, content: number): number {
  let half = -1;
  let before = -1;
  let after = -1;
  let checks = 0;
  // The current stretch of repeated rows: 0 not read yet, 1 blank, 2 not blank.
  let stretch = 0;
  let seen = 0;
  for (let y = 1; y < height; y++) {
    seen += 1 - repeatsAbove[y - 1]!;
    if (half < 0 && 2 * seen >= content) half = y;
    const inWindow = Math.abs(2 * seen - content) <= 2 * CUT_SLACK * content;
    if (!inWindow && half >= 0) break;
    if (!repeatsAbove[y]) {
      stretch = 0;
      continue;
    }
    if (!inWindow) continue;
    if (stretch === 0) {
      if (checks === MAX_BLANK_CHECKS) continue;
      checks++;
      stretch = uniformRow(pixels, width, y) ? 1 : 2;
    }
    if (stretch !== 1) continue;
    if (half < 0) before = y;
    else {
      after = y;
      break;
    }
  }
  if (half < 0) return height;
  if (before < 0 && after < 0) return half;
  return after < 0 || (before >= 0 && half - before <= after - half) ? before : after;
}

/**
 * One pass over rows [fromRow, toRow), row by row: runs of equal pixels and their colours, or null
 * past MAX_DISTINCT colours or once more than `maxFrequent` colours cover over MERGEABLE_MAX_PIXELS
 * pixels (no palette can hold them: the image stays RGB, decided early). `pixels` holds rows from
 * `baseRow` on (baseRow < fromRow when the band's row above is given for context). A row equal to
 * the one above reuses its runs; so does a row that is the one above moved a pixel left (diagonal
 * gradients). The first row of a band is always read in full, so how the image is cut into bands
 * changes nothing in the counts. The result lives in `scratch` until its next use.
 */
export function countBand(pixels: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array, scratch: CountScratch, maxFrequent = MAX_FREQUENT_EXACT): BandCounts | null {
  // The wasm counter where the runtime was given the encoder's module (count-band-wasm.ts), else this file's.
  const inWasm = countBandInWasm(pixels, width, fromRow, toRow, baseRow, repeatsAbove, scratch, maxFrequent);
  return inWasm !== undefined ? inWasm : countBandInJs(pixels, width, fromRow, toRow, baseRow, repeatsAbove, scratch, maxFrequent);
}

/** countBand in JS: the reference the wasm counter is tested against, and what runs where there is no wasm. */
export function countBandInJs(pixels: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array, scratch: CountScratch, maxFrequent = MAX_FREQUENT_EXACT): BandCounts | null {
  scratch.begin();
  if (scratch.rowSources.length < toRow - fromRow) scratch.rowSources = new Uint8Array(toRow - fromRow);
  const { colorOfId, countOfId, runsOfId, rowSources } = scratch;
  const same = wordRangesEqual(pixels);
  const pairs = wordPairs(pixels);
  const origin = baseRow * width;
  let count = 0;
  // Colours too frequent to merge as shades so far: past maxFrequent no palette can hold them (a rich gradient), so stop counting.
  let frequent = 0;
  // Anti-aliased edges alternate between a few colours: remember the last one to skip most lookups.
  let lastKey = -1;
  let lastId = 0;
  let previousRowFirstRun = 0;
  for (let y = fromRow; y < toRow; y++) {
    const rowStart = y * width;
    const rowEnd = rowStart + width;
    const local = rowStart - origin;
    const firstRun = count;
    const hasAbove = y > fromRow;
    const repeated = hasAbove && repeatsAbove[y] === 1;
    // A diagonal gradient's row is the row above moved one pixel left: its runs, shifted, plus the last pixel.
    const shiftedLeft = !repeated && hasAbove && width > 1 && same(local, local - width + 1, width - 1);
    rowSources[y - fromRow] = repeated ? ROW_REPEATS : shiftedLeft ? ROW_SHIFTED : 0;
    scratch.reserve(count + (repeated || shiftedLeft ? firstRun - previousRowFirstRun + 1 : width), count);
    const runEnds = scratch.runEnds;
    const runIds = scratch.runIds;
    if (repeated || shiftedLeft) {
      const shift = repeated ? width : width - 1;
      const copiedEnd = repeated ? rowEnd : rowEnd - 1;
      let start = rowStart;
      for (let r = previousRowFirstRun; r < firstRun; r++) {
        const end = Math.min(runEnds[r]! + shift, copiedEnd);
        if (end <= start) continue;
        const id = runIds[r]!;
        const before = countOfId[id]!;
        countOfId[id] = before + (end - start);
        if (before <= MERGEABLE_MAX_PIXELS && before + (end - start) > MERGEABLE_MAX_PIXELS && ++frequent > maxFrequent) return null;
        runEnds[count] = end;
        runIds[count] = id;
        count++;
        start = end;
      }
      if (shiftedLeft) {
        const id = scratch.idOf(pixels[rowEnd - 1 - origin]!);
        if (id < 0) return null;
        const before = countOfId[id]!;
        countOfId[id] = before + 1;
        if (before === MERGEABLE_MAX_PIXELS && ++frequent > maxFrequent) return null;
        if (count > firstRun && runIds[count - 1] === id) runEnds[count - 1] = rowEnd;
        else {
          runEnds[count] = rowEnd;
          runIds[count] = id;
          count++;
        }
      }
    } else {
      const above = y > 0;
      const rowLast = local + width;
      for (let i = local; i < rowLast; ) {
        const key = pixels[i]!;
        const end = runEnd(pixels, pairs, i, rowLast, key);
        let id = lastId;
        if (key !== lastKey) {
          id = scratch.idOf(key);
          if (id < 0) return null;
          lastKey = key;
          lastId = id;
        }
        const before = countOfId[id]!;
        countOfId[id] = before + (end - i);
        if (before <= MERGEABLE_MAX_PIXELS && before + (end - i) > MERGEABLE_MAX_PIXELS && ++frequent > maxFrequent) return null;
        runEnds[count] = end + origin;
        runIds[count] = id;
        // A run continuing the same colour just above it (or diagonally) belongs to a band, not an edge.
        if (!above || (pixels[i - width] !== key && pixels[i - width + 1] !== key && (i === local || pixels[i - width - 1] !== key))) runsOfId[id]!++;
        count++;
        i = end;
      }
    }
    previousRowFirstRun = firstRun;
  }
  return { fromRow, toRow, count, runEnds: scratch.runEnds, runIds: scratch.runIds, distinct: scratch.distinct, colorOfId, countOfId, runsOfId, rowSources };
}
