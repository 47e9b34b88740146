// Palette reduction for PNG: cards are mostly flat colours plus anti-aliased text, so their pixels fit a
// 256-entry palette exactly or within a few levels; photos and dithered gradients do not and stay RGB.

/** Runs of equal pixels in image order, with the colours they use (output of the counting pass). */
export interface ColorRuns {
  /** Number of runs; run r covers pixels [runEnds[r-1] ?? 0, runEnds[r]). Runs never cross a row's end. */
  readonly count: number;
  /** 1 where a row's pixels equal the previous row's (its runs are the previous row's, shifted). */
  readonly repeatsAbove: Uint8Array;
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
}

export interface PaletteImage {
  /** Palette entries as 0xAABBGGRR words, in the pixels' own colour space (premultiplied for canvas pixels). */
  readonly colors: Uint32Array;
  /** Palette index of each colour id of `runs`. */
  readonly indexOfId: Uint8Array;
  readonly runs: ColorRuns;
  /** Largest per-channel difference between a pixel and its palette entry (0 = lossless). */
  readonly maxError: number;
}

const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
/** Beyond this many distinct colours the image is a photo or a rich gradient: keep RGB. */
const MAX_DISTINCT = TABLE_SIZE >> 2;
/**
 * Only colours this rare may join a nearby palette entry: anti-aliasing shades cover a few pixels
 * each, while every step of a gradient covers hundreds, so gradients stay exact (no banding) and a
 * gradient with more than 256 steps stays RGB.
 */
export const MERGEABLE_MAX_PIXELS = 64;
/**
 * …and so may a colour whose runs average under this many pixels, however many pixels it covers:
 * the edge shades of large text recur thousands of times, one or two pixels at a time. A gradient's
 * steps are bands: runs that continue a run of the same colour above (or diagonally above) are not
 * counted, so even 1-pixel-wide gradient columns stay exact (no banding).
 */
export const MERGEABLE_MAX_RUN = 2;

/** Whether a colour may join a nearby palette entry (it is an anti-aliasing shade, not a fill or a gradient step). */
export function isMergeable(pixels: number, runs: number): boolean {
  return pixels <= MERGEABLE_MAX_PIXELS || pixels < MERGEABLE_MAX_RUN * runs;
}

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** Run arrays kept between calls (grown, never shrunk): a card has 50–200 thousand runs, and fresh arrays each time would be garbage. */
let runEndsScratch = new Uint32Array(1 << 16);
let runIdsScratch = new Uint16Array(1 << 16);

/**
 * The colour table, also kept between calls: half a megabyte of fresh typed arrays per render
 * was a good part of the external-memory pressure that makes V8 collect garbage every few renders.
 * A slot is used when its stamp is the current call's, so the table is never cleared; per-colour
 * counters are cleared up to the previous call's colour count.
 */
const keysScratch = new Uint32Array(TABLE_SIZE);
const stampOfSlot = new Uint32Array(TABLE_SIZE);
const idOfSlotScratch = new Uint16Array(TABLE_SIZE);
const colorOfIdScratch = new Uint32Array(MAX_DISTINCT);
const countOfIdScratch = new Uint32Array(MAX_DISTINCT);
const runsOfIdScratch = new Uint32Array(MAX_DISTINCT);
let stamp = 0;
let previousDistinct = MAX_DISTINCT;

/**
 * One pass over the pixels, row by row: runs of equal pixels and their colours, or null past
 * MAX_DISTINCT colours or once more than 256 colours cover over MERGEABLE_MAX_PIXELS pixels each
 * (no palette can hold them: the image stays RGB, decided early). A row equal to the one above (a memcmp: cards repeat rows of background
 * everywhere) reuses its runs without looking at its pixels. The run arrays and colour table are
 * shared scratch space: a result is valid until the next call.
 */
function countColorRuns(pixels: Uint32Array, width: number, height: number): ColorRuns | null {
  const keys = keysScratch;
  const idOfSlot = idOfSlotScratch;
  const colorOfId = colorOfIdScratch;
  const countOfId = countOfIdScratch;
  const runsOfId = runsOfIdScratch;
  countOfId.fill(0, 0, previousDistinct);
  runsOfId.fill(0, 0, previousDistinct);
  previousDistinct = MAX_DISTINCT;
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) stampOfSlot.fill(0);
  const current = stamp;
  const repeatsAbove = new Uint8Array(height);
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, width * height * 4);
  const rowBytes = width * 4;
  let runEnds = runEndsScratch;
  let runIds = runIdsScratch;
  let count = 0;
  let distinct = 0;
  // Colours too frequent to merge so far: past 256 no palette can hold them (a rich gradient), so stop counting.
  let frequent = 0;
  // Anti-aliased edges alternate between a few colours: remember the last one to skip most lookups.
  let lastKey = -1;
  let lastId = 0;
  let previousRowFirstRun = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = y * width;
    const rowEnd = rowStart + width;
    const firstRun = count;
    const repeated = y > 0 && bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0;
    // A diagonal gradient's row is the row above moved one pixel left: its runs, shifted, plus the last pixel.
    const shiftedLeft = !repeated && y > 0 && width > 1 && bytes.compare(bytes, (y - 1) * rowBytes + 4, y * rowBytes, y * rowBytes, (y + 1) * rowBytes - 4) === 0;
    const needed = count + (repeated || shiftedLeft ? firstRun - previousRowFirstRun + 1 : width);
    if (needed > runEnds.length) {
      const size = Math.max(needed, runEnds.length * 2);
      const grownEnds = new Uint32Array(size);
      grownEnds.set(runEnds.subarray(0, count));
      runEnds = runEndsScratch = grownEnds;
      const grownIds = new Uint16Array(size);
      grownIds.set(runIds.subarray(0, count));
      runIds = runIdsScratch = grownIds;
    }
    if (repeated || shiftedLeft) {
      if (repeated) repeatsAbove[y] = 1;
      const shift = repeated ? width : width - 1;
      const copiedEnd = repeated ? rowEnd : rowEnd - 1;
      let start = rowStart;
      for (let r = previousRowFirstRun; r < firstRun; r++) {
        const end = Math.min(runEnds[r]! + shift, copiedEnd);
        if (end <= start) continue;
        const id = runIds[r]!;
        const before = countOfId[id]!;
        countOfId[id] = before + (end - start);
        if (before <= MERGEABLE_MAX_PIXELS && before + (end - start) > MERGEABLE_MAX_PIXELS && ++frequent > 256) return null;
        runEnds[count] = end;
        runIds[count] = id;
        count++;
        start = end;
      }
      if (shiftedLeft) {
        const key = pixels[rowEnd - 1]!;
        let s = slot(key);
        while (stampOfSlot[s] === current && keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
        if (stampOfSlot[s] !== current) {
          if (distinct === MAX_DISTINCT) return null;
          stampOfSlot[s] = current;
          keys[s] = key;
          idOfSlot[s] = distinct;
          colorOfId[distinct] = key;
          distinct++;
        }
        const id = idOfSlot[s]!;
        const before = countOfId[id]!;
        countOfId[id] = before + 1;
        if (before === MERGEABLE_MAX_PIXELS && ++frequent > 256) return null;
        if (count > firstRun && runIds[count - 1] === id) runEnds[count - 1] = rowEnd;
        else {
          runEnds[count] = rowEnd;
          runIds[count] = id;
          count++;
        }
      }
    } else {
      for (let i = rowStart; i < rowEnd; ) {
        const key = pixels[i]!;
        let end = i + 1;
        while (end < rowEnd && pixels[end] === key) end++;
        let id = lastId;
        if (key !== lastKey) {
          let s = slot(key);
          while (stampOfSlot[s] === current && keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
          if (stampOfSlot[s] !== current) {
            if (distinct === MAX_DISTINCT) return null;
            stampOfSlot[s] = current;
            keys[s] = key;
            idOfSlot[s] = distinct;
            colorOfId[distinct] = key;
            distinct++;
          }
          id = idOfSlot[s]!;
          lastKey = key;
          lastId = id;
        }
        const before = countOfId[id]!;
        countOfId[id] = before + (end - i);
        if (before <= MERGEABLE_MAX_PIXELS && before + (end - i) > MERGEABLE_MAX_PIXELS && ++frequent > 256) return null;
        runEnds[count] = end;
        runIds[count] = id;
        // A run continuing the same colour just above it (or diagonally) belongs to a band, not an edge.
        if (y === 0 || (pixels[i - width] !== key && pixels[i - width + 1] !== key && (i === rowStart || pixels[i - width - 1] !== key))) runsOfId[id]!++;
        count++;
        i = end;
      }
    }
    previousRowFirstRun = firstRun;
  }
  previousDistinct = distinct;
  return { count, repeatsAbove, runEnds, runIds, distinct, colorOfId, countOfId, runsOfId };
}

/** Colour ids, most frequent first; ties by first appearance, so the palette is deterministic. */
function byFrequency(runs: ColorRuns): Uint16Array {
  const { distinct, countOfId } = runs;
  // One exact number per colour: count ≤ 2^28 (16384² pixels) and id < MAX_DISTINCT = 2^13, so −count · 2^13 + id stays below 2^53.
  const keys = new Float64Array(distinct);
  for (let id = 0; id < distinct; id++) keys[id] = -countOfId[id]! * MAX_DISTINCT + id;
  keys.sort();
  const order = new Uint16Array(distinct);
  for (let i = 0; i < distinct; i++) order[i] = ((keys[i]! % MAX_DISTINCT) + MAX_DISTINCT) % MAX_DISTINCT;
  return order;
}

/** Palette entries for the colours (ids, most frequent first), rare ones within `maxError`, or null past 256. */
function assign(order: Uint16Array, { colorOfId, countOfId, runsOfId }: ColorRuns, maxError: number): { indexOf: Uint8Array; palette: number[]; worst: number } | null {
  const indexOf = new Uint8Array(colorOfId.length);
  const palette: number[] = [];
  // Channels of the kept entries apart, so a candidate is dropped at its first channel over the bound.
  const red = new Int16Array(256);
  const green = new Int16Array(256);
  const blue = new Int16Array(256);
  const alpha = new Int16Array(256);
  let worst = 0;
  for (const id of order) {
    const color = colorOfId[id]!;
    const r = color & 0xff;
    const g = (color >>> 8) & 0xff;
    const b = (color >>> 16) & 0xff;
    const a = color >>> 24;
    let best = -1;
    // Channels are premultiplied: a translucent colour may only join an entry of the same alpha, within
    // the bound scaled by its alpha, so the straight (stored) colour is off by at most the bound too.
    const bound = a === 255 ? maxError : Math.floor((maxError * a) / 255);
    if (bound > 0 && isMergeable(countOfId[id]!, runsOfId[id]!)) {
      // The first (most frequent) kept colour within the bound will do.
      for (let p = 0; p < palette.length; p++) {
        const dr = Math.abs(r - red[p]!);
        if (dr > bound) continue;
        const dg = Math.abs(g - green[p]!);
        if (dg > bound) continue;
        const db = Math.abs(b - blue[p]!);
        if (db > bound) continue;
        const da = Math.abs(a - alpha[p]!);
        if (da > (a === 255 ? bound : 0)) continue;
        best = p;
        worst = Math.max(worst, dr, dg, db, da);
        break;
      }
    }
    if (best >= 0) {
      indexOf[id] = best;
    } else if (palette.length < 256) {
      const p = palette.length;
      indexOf[id] = p;
      palette.push(color);
      red[p] = r;
      green[p] = g;
      blue[p] = b;
      alpha[p] = a;
    } else {
      return null;
    }
  }
  return { indexOf, palette, worst };
}

/**
 * Maps the counted colours to at most 256 entries, trying each per-channel error bound in turn
 * (0 = exact), or returns null when none works. Frequent colours are kept exactly; rare ones
 * (anti-aliasing shades, at most MERGEABLE_MAX_PIXELS pixels) join the first kept colour within the bound.
 */
function choosePalette(runs: ColorRuns, bounds: readonly number[]): PaletteImage | null {
  const order = byFrequency(runs);
  for (const bound of bounds) {
    if (bound === 0 && runs.distinct > 256) continue;
    const chosen = assign(order, runs, bound);
    if (chosen) return { colors: Uint32Array.from(chosen.palette), indexOfId: chosen.indexOf, runs, maxError: chosen.worst };
  }
  return null;
}

/** Counts and chooses in one call: the palette image of the pixels, or null. */
export function toPalette(pixels: Uint32Array, width: number, height: number, bounds: readonly number[]): PaletteImage | null {
  const runs = countColorRuns(pixels, width, height);
  return runs ? choosePalette(runs, bounds) : null;
}
