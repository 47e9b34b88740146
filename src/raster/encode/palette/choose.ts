// Choosing the palette: the bands' colour counts merged, then at most 256 entries, edge shades joined to nearby colours.
import { MAX_DISTINCT, MAX_FREQUENT_EXACT, MERGEABLE_MAX_PIXELS, type BandCounts } from './count-band.js';
import { OgsmithError } from '../../../errors/catalogue.js';
import { assignInWasm, type Assigned } from './palette-assign-wasm.js';

/**
 * A colour whose runs average under this many pixels may also join a nearby entry, however many
 * pixels it covers: the edge shades of large text recur thousands of times, one or two pixels at a
 * time. A gradient's steps are bands: runs that continue a run of the same colour above (or
 * diagonally above) are not counted, so even 1-pixel-wide gradient columns stay exact (no banding).
 */
export const MERGEABLE_MAX_RUN = 2;

/** Whether a colour may join a nearby palette entry (it is an anti-aliasing shade, not a fill or a gradient step). */
export function isMergeable(pixels: number, runs: number): boolean {
  return pixels <= MERGEABLE_MAX_PIXELS || pixels < MERGEABLE_MAX_RUN * runs;
}

/** The colours of every band under one set of ids (first appearance in image order), and each band's ids mapped to them. */
export interface MergedColors {
  readonly distinct: number;
  readonly colorOfId: Uint32Array;
  readonly countOfId: Uint32Array;
  readonly runsOfId: Uint32Array;
  /** Per band: merged id of each of the band's colour ids. */
  readonly idMaps: readonly Uint16Array[];
}

export type BandColors = Pick<BandCounts, 'distinct' | 'colorOfId' | 'countOfId' | 'runsOfId'>;

/**
 * Merges bands' colours one band at a time, top band first, into one set of ids (first appearance
 * in image order). A merger is kept per thread and per use: its tables are not allocated again, nor
 * its hash slots cleared (a slot is used when its stamp is the current merge's), and the parallel
 * encoder adds the top band while the band worker still counts the bottom one. What `finish`
 * returns views the merger's arrays until its next `begin`.
 */
export class ColourMerger {
  private bits = 0;
  private slotColor = new Uint32Array(0);
  private slotStamp = new Uint32Array(0);
  private slotId = new Uint16Array(0);
  private colorOfId = new Uint32Array(0);
  private countOfId = new Uint32Array(0);
  private runsOfId = new Uint32Array(0);
  private stamp = 0;
  private distinct = 0;
  private capacity = 0;
  private idMaps: Uint16Array[] = [];

  /** Starts a merge of bands that hold at most `capacity` colours in all. */
  begin(capacity: number): void {
    // An open-addressing table at most half full.
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    if (bits > this.bits) {
      this.bits = bits;
      this.slotColor = new Uint32Array(1 << bits);
      this.slotStamp = new Uint32Array(1 << bits);
      this.slotId = new Uint16Array(1 << bits);
      this.stamp = 0;
    }
    if (this.colorOfId.length < capacity) {
      this.colorOfId = new Uint32Array(capacity);
      this.countOfId = new Uint32Array(capacity);
      this.runsOfId = new Uint32Array(capacity);
    } else {
      this.countOfId.fill(0, 0, this.distinct);
      this.runsOfId.fill(0, 0, this.distinct);
    }
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.slotStamp.fill(0);
    this.distinct = 0;
    this.capacity = capacity;
    this.idMaps = [];
  }

  /** Adds the next band's colours (fewer than `capacity` in all, with the bands before). */
  add(band: BandColors): void {
    const { slotColor, slotStamp, slotId, colorOfId, countOfId, runsOfId, stamp } = this;
    const shift = 32 - this.bits;
    const mask = (1 << this.bits) - 1;
    if (this.distinct + band.distinct > this.capacity) throw new OgsmithError('INTERNAL', `Palette merge of more colours than its capacity ${this.capacity}`);
    const map = new Uint16Array(band.distinct);
    let distinct = this.distinct;
    for (let id = 0; id < band.distinct; id++) {
      const color = band.colorOfId[id]!;
      let slot = Math.imul(color, 0x9e3779b1) >>> shift;
      while (slotStamp[slot] === stamp && slotColor[slot] !== color) slot = (slot + 1) & mask;
      let merged: number;
      if (slotStamp[slot] === stamp) merged = slotId[slot]!;
      else {
        merged = distinct++;
        slotStamp[slot] = stamp;
        slotColor[slot] = color;
        slotId[slot] = merged;
        colorOfId[merged] = color;
      }
      countOfId[merged]! += band.countOfId[id]!;
      runsOfId[merged]! += band.runsOfId[id]!;
      map[id] = merged;
    }
    this.distinct = distinct;
    this.idMaps.push(map);
  }

  /** The merged colours, or null past MAX_DISTINCT colours or more than `maxFrequent` too frequent to merge as shades. */
  finish(maxFrequent = MAX_FREQUENT_EXACT): MergedColors | null {
    const { distinct, countOfId } = this;
    if (distinct > MAX_DISTINCT) return null;
    let frequent = 0;
    for (let id = 0; id < distinct; id++) if (countOfId[id]! > MERGEABLE_MAX_PIXELS) frequent++;
    if (frequent > maxFrequent) return null;
    return { distinct, colorOfId: this.colorOfId.subarray(0, distinct), countOfId: countOfId.subarray(0, distinct), runsOfId: this.runsOfId.subarray(0, distinct), idMaps: this.idMaps };
  }
}

/** Merges the bands' counts (top band first) with `merger` (a fresh one unless given), or null past MAX_DISTINCT colours or more than `maxFrequent` too frequent to merge as shades. */
export function mergeBands(bands: readonly BandColors[], maxFrequent = MAX_FREQUENT_EXACT, merger = new ColourMerger()): MergedColors | null {
  merger.begin(bands.reduce((sum, band) => sum + band.distinct, 0));
  for (const band of bands) merger.add(band);
  return merger.finish(maxFrequent);
}

/** Bits of the count sorted per pass of byFrequency. */
const RADIX_BITS = 10;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/**
 * Colour ids, most frequent first; ties by first appearance, so the palette is deterministic. A
 * stable radix sort of the ids on (largest count − count), RADIX_BITS a pass from the low bits, so
 * equal counts keep id order: two passes for a 1200×630 card. TypedArray#sort of one number per
 * colour took 0.5–0.9 ms for the gradient card's 6,704 colours (Node 24), 6% of its render.
 */
export function byFrequency({ distinct, countOfId }: Pick<MergedColors, 'distinct' | 'countOfId'>): Uint16Array {
  let largest = 0;
  for (let id = 0; id < distinct; id++) largest = Math.max(largest, countOfId[id]!);
  // Each id's key read once into an array of its own (not through countOfId[order[i]] in every pass): 0.26 → 0.19 ms for 6,704 ids.
  const keys = new Uint32Array(distinct);
  for (let id = 0; id < distinct; id++) keys[id] = largest - countOfId[id]!;
  // A loop, not Uint16Array.from({ length }, …): that reads each index of a plain object, 1–2 ms for 6,704 ids.
  let order = new Uint16Array(distinct);
  for (let id = 0; id < distinct; id++) order[id] = id;
  let spare = new Uint16Array(distinct);
  const starts = new Uint32Array(RADIX_MASK + 1);
  for (let shift = 0; shift < 32 && largest >>> shift !== 0; shift += RADIX_BITS) {
    starts.fill(0);
    for (let id = 0; id < distinct; id++) starts[(keys[id]! >>> shift) & RADIX_MASK]!++;
    for (let digit = 0, at = 0; digit <= RADIX_MASK; digit++) {
      const n = starts[digit]!;
      starts[digit] = at;
      at += n;
    }
    for (let i = 0; i < distinct; i++) {
      const id = order[i]!;
      spare[starts[(keys[id]! >>> shift) & RADIX_MASK]!++] = id;
    }
    const sorted = spare;
    spare = order;
    order = sorted;
  }
  return order;
}

/**
 * Kept entries by colour: a 32×32×32 grid of 8-level cells, each a list of entries in ascending
 * index order, so a shade only looks at the cells around it and stops in each at its first entry
 * within the bound (or past the best so far). The grid is kept between calls; the cells a call
 * used are emptied when it ends.
 */
const CELL_BITS = 3;
const GRID = 256 >> CELL_BITS;
const cellHead = new Int16Array(GRID * GRID * GRID).fill(-1);
const cellTail = new Int16Array(GRID * GRID * GRID).fill(-1);

const cellOf = (r: number, g: number, b: number): number => ((r >> CELL_BITS) * GRID + (g >> CELL_BITS)) * GRID + (b >> CELL_BITS);

/**
 * Each colour's bound: `maxError` for a mergeable one, `stepError` for the others (fills, gradient
 * steps); a translucent colour's scaled by its alpha (its premultiplied channels).
 */
function colourBounds({ colorOfId, countOfId, runsOfId }: MergedColors, maxError: number, stepError: number): Uint8Array {
  const bounds = new Uint8Array(colorOfId.length);
  for (let id = 0; id < colorOfId.length; id++) {
    const allowed = isMergeable(countOfId[id]!, runsOfId[id]!) ? maxError : stepError;
    const a = colorOfId[id]! >>> 24;
    bounds[id] = a === 255 ? allowed : Math.floor((allowed * a) / 255);
  }
  return bounds;
}

/**
 * Palette entries for the colours (ids, most frequent first), mergeable ones within `maxError`, the
 * others (fills, gradient steps) within `stepError`, or null past 256. In wasm where it runs
 * (palette-assign-wasm.ts: the same answer, sixteen entries compared a step), else over the grid.
 */
function assign(order: Uint16Array, colors: MergedColors, maxError: number, stepError: number): Assigned | null {
  if (maxError >= 1 << CELL_BITS) throw new OgsmithError('INTERNAL', `Palette error bound ${maxError} exceeds the grid's cell size`);
  const bounds = colourBounds(colors, maxError, stepError);
  const inWasm = assignInWasm(order, colors.colorOfId, bounds);
  return inWasm === undefined ? assignInJs(order, colors, bounds) : inWasm;
}

/** assign() over the colour grid (where the wasm cannot run, and the reference its tests compare with). */
export function assignInJs(order: Uint16Array, colors: MergedColors, bounds: Uint8Array): Assigned | null {
  const palette: number[] = [];
  try {
    return assignInGrid(order, colors, bounds, palette);
  } finally {
    for (const color of palette) {
      const cell = cellOf(color & 0xff, (color >>> 8) & 0xff, (color >>> 16) & 0xff);
      cellHead[cell] = -1;
      cellTail[cell] = -1;
    }
  }
}

/** assign() over the kept grid (empty on entry); `palette` receives the kept colours. */
function assignInGrid(order: Uint16Array, { colorOfId }: MergedColors, bounds: Uint8Array, palette: number[]): Assigned | null {
  const indexOf = new Uint8Array(colorOfId.length);
  const red = new Int16Array(256);
  const green = new Int16Array(256);
  const blue = new Int16Array(256);
  const alpha = new Int16Array(256);
  const next = new Int16Array(256).fill(-1);
  const head = cellHead;
  const tail = cellTail;
  let worst = 0;
  for (const id of order) {
    const color = colorOfId[id]!;
    const r = color & 0xff;
    const g = (color >>> 8) & 0xff;
    const b = (color >>> 16) & 0xff;
    const a = color >>> 24;
    let best = -1;
    // Channels are premultiplied: a translucent colour may only join an entry of the same alpha, within
    // the bound scaled by its alpha (colourBounds), so the straight (stored) colour is off by at most the bound too.
    const bound = bounds[id]!;
    if (bound > 0) {
      // The first (most frequent) kept colour within the bound: the lowest entry index in the cells the bound reaches.
      const r0 = Math.max(0, r - bound) >> CELL_BITS;
      const r1 = Math.min(255, r + bound) >> CELL_BITS;
      const g0 = Math.max(0, g - bound) >> CELL_BITS;
      const g1 = Math.min(255, g + bound) >> CELL_BITS;
      const b0 = Math.max(0, b - bound) >> CELL_BITS;
      const b1 = Math.min(255, b + bound) >> CELL_BITS;
      const alphaBound = a === 255 ? bound : 0;
      for (let cr = r0; cr <= r1; cr++) {
        for (let cg = g0; cg <= g1; cg++) {
          for (let cb = b0; cb <= b1; cb++) {
            // Entries ascend within a cell: the first within the bound is the cell's best, and none past `best` can win.
            for (let p = head[(cr * GRID + cg) * GRID + cb]!; p >= 0 && (best < 0 || p < best); p = next[p]!) {
              if (Math.abs(r - red[p]!) > bound || Math.abs(g - green[p]!) > bound || Math.abs(b - blue[p]!) > bound || Math.abs(a - alpha[p]!) > alphaBound) continue;
              best = p;
              break;
            }
          }
        }
      }
      if (best >= 0) worst = Math.max(worst, Math.abs(r - red[best]!), Math.abs(g - green[best]!), Math.abs(b - blue[best]!), Math.abs(a - alpha[best]!));
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
      const cell = cellOf(r, g, b);
      if (head[cell]! < 0) head[cell] = p;
      else next[tail[cell]!] = p;
      tail[cell] = p;
    } else {
      return null;
    }
  }
  return { indexOf, palette, worst };
}

/** How many colours are fills or gradient steps (not isMergeable): without stepError each needs an entry. */
function unmergeableCount({ distinct, countOfId, runsOfId }: MergedColors): number {
  let count = 0;
  for (let id = 0; id < distinct; id++) if (!isMergeable(countOfId[id]!, runsOfId[id]!)) count++;
  return count;
}

/** The palette: entries, the palette index of each merged colour id, the largest per-channel error, and whether gradient steps share entries. */
export interface ChosenPalette {
  readonly colors: Uint32Array;
  readonly indexOfId: Uint8Array;
  readonly maxError: number;
  readonly mergedSteps: boolean;
}

/**
 * Maps the merged colours to at most 256 entries, trying each per-channel error bound in turn
 * (0 = exact), or returns null when none works. Colours that are fills or gradient steps are kept
 * exactly; edge shades (isMergeable) join the first, most frequent kept colour within the bound.
 * When none fits and `stepError` > 0, the last bound is tried once more with fills and gradient
 * steps joining a kept colour within `stepError` (a gradient of more than 256 steps, each one level
 * from the next: docs/encoding.md).
 */
export function choosePalette(colors: MergedColors, bounds: readonly number[], stepError = 0): ChosenPalette | null {
  const order = byFrequency(colors);
  const attempts: (readonly [number, number])[] = bounds.map((bound) => [bound, 0]);
  const last = bounds[bounds.length - 1];
  if (stepError > 0 && last !== undefined) attempts.push([last, stepError]);
  // Without stepError every fill and gradient step keeps an entry of its own: more than 256 of them cannot fit (the gradient card: 307, a failed attempt of 0.6–0.8 ms).
  const exactColors = stepError > 0 ? unmergeableCount(colors) : 0;
  for (const [bound, steps] of attempts) {
    if (bound === 0 && steps === 0 && colors.distinct > 256) continue;
    if (steps === 0 && exactColors > 256) continue;
    const chosen = assign(order, colors, bound, steps);
    if (chosen) return { colors: Uint32Array.from(chosen.palette), indexOfId: chosen.indexOf, maxError: chosen.worst, mergedSteps: steps > 0 };
  }
  return null;
}
