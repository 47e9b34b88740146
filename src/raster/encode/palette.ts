// Palette reduction for PNG: cards are mostly flat colours plus anti-aliased text, so their pixels fit a
// 256-entry palette exactly or within a few levels; photos and dithered gradients do not and stay RGB.

export interface PaletteImage {
  /** Palette entries as 0xAABBGGRR words (canvas byte order read little-endian). */
  readonly colors: Uint32Array;
  /** One palette index per pixel. */
  readonly indices: Uint8Array;
  /** Largest per-channel difference between a pixel and its palette entry (0 = lossless). */
  readonly maxError: number;
}

const TABLE_BITS = 13;
const TABLE_SIZE = 1 << TABLE_BITS;
/** Beyond this many distinct colours the image is not a card of flat colours: keep RGB. */
const MAX_DISTINCT = TABLE_SIZE >> 2;

function channelDistance(a: number, b: number): number {
  return Math.max(Math.abs((a & 0xff) - (b & 0xff)), Math.abs(((a >>> 8) & 0xff) - ((b >>> 8) & 0xff)), Math.abs(((a >>> 16) & 0xff) - ((b >>> 16) & 0xff)), Math.abs((a >>> 24) - (b >>> 24)));
}

/** Palette entries for the colours (ids, most frequent first) within `maxError`, or null past 256. */
function assign(order: readonly number[], colorOfId: Uint32Array, maxError: number): { indexOf: Uint8Array; palette: number[]; worst: number } | null {
  const indexOf = new Uint8Array(MAX_DISTINCT);
  const palette: number[] = [];
  let worst = 0;
  for (const id of order) {
    const color = colorOfId[id]!;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    if (maxError > 0) {
      // The first (most frequent) kept colour within the bound will do.
      for (let p = 0; p < palette.length; p++) {
        const d = channelDistance(color, palette[p]!);
        if (d <= maxError) {
          bestDistance = d;
          best = p;
          break;
        }
      }
    }
    if (best >= 0 && bestDistance <= maxError) {
      indexOf[id] = best;
      worst = Math.max(worst, bestDistance);
    } else if (palette.length < 256) {
      indexOf[id] = palette.length;
      palette.push(color);
    } else {
      return null;
    }
  }
  return { indexOf, palette, worst };
}

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/**
 * Maps the pixels to at most 256 colours, trying each per-channel error bound in turn (0 = exact),
 * or returns null when none works. Frequent colours are kept exactly; rare ones (anti-aliasing
 * shades) join the nearest kept colour within the bound.
 */
export function toPalette(pixels: Uint32Array, bounds: readonly number[]): PaletteImage | null {
  const keys = new Uint32Array(TABLE_SIZE);
  const used = new Uint8Array(TABLE_SIZE);
  const idOfSlot = new Uint16Array(TABLE_SIZE);
  const colorOfId = new Uint32Array(MAX_DISTINCT);
  const countOfId = new Uint32Array(MAX_DISTINCT);
  // One pass over the pixels, recording runs of equal pixels with the provisional id of their colour.
  let runEnds = new Uint32Array(1 << 16);
  let runIds = new Uint16Array(1 << 16);
  let runs = 0;
  let distinct = 0;
  for (let i = 0; i < pixels.length; ) {
    const key = pixels[i]!;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === key) end++;
    let s = slot(key);
    while (used[s] && keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
    if (!used[s]) {
      if (distinct === MAX_DISTINCT) return null;
      used[s] = 1;
      keys[s] = key;
      idOfSlot[s] = distinct;
      colorOfId[distinct] = key;
      distinct++;
    }
    const id = idOfSlot[s]!;
    countOfId[id]! += end - i;
    if (runs === runEnds.length) {
      const grownEnds = new Uint32Array(runs * 2);
      grownEnds.set(runEnds);
      runEnds = grownEnds;
      const grownIds = new Uint16Array(runs * 2);
      grownIds.set(runIds);
      runIds = grownIds;
    }
    runEnds[runs] = end;
    runIds[runs] = id;
    runs++;
    i = end;
  }
  // Most frequent first; ties by colour value so the palette is deterministic.
  const order = Array.from({ length: distinct }, (_, id) => id).sort((a, b) => countOfId[b]! - countOfId[a]! || colorOfId[a]! - colorOfId[b]!);
  let chosen: { indexOf: Uint8Array; palette: number[]; worst: number } | null = null;
  for (const bound of bounds) {
    chosen = assign(order, colorOfId, bound);
    if (chosen) break;
  }
  if (!chosen) return null;
  const { indexOf, palette, worst } = chosen;
  const indices = new Uint8Array(pixels.length);
  let start = 0;
  for (let r = 0; r < runs; r++) {
    const index = indexOf[runIds[r]!]!;
    const end = runEnds[r]!;
    if (index !== 0) {
      if (end - start === 1) indices[start] = index;
      else indices.fill(index, start, end);
    }
    start = end;
  }
  return { colors: Uint32Array.from(palette), indices, maxError: worst };
}

