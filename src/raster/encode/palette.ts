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

/** Palette entries for the colours (most frequent first) within `maxError`, or null past 256. */
function assign(slots: readonly number[], keys: Uint32Array, maxError: number): { indexOf: Uint16Array; palette: number[]; worst: number } | null {
  const indexOf = new Uint16Array(TABLE_SIZE);
  const palette: number[] = [];
  let worst = 0;
  for (const s of slots) {
    const color = keys[s]!;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    if (maxError > 0) {
      for (let p = 0; p < palette.length; p++) {
        const d = channelDistance(color, palette[p]!);
        if (d < bestDistance) {
          bestDistance = d;
          best = p;
        }
      }
    }
    if (best >= 0 && bestDistance <= maxError) {
      indexOf[s] = best;
      worst = Math.max(worst, bestDistance);
    } else if (palette.length < 256) {
      indexOf[s] = palette.length;
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
  const counts = new Uint32Array(TABLE_SIZE);
  let distinct = 0;
  // Runs of equal pixels (flat backgrounds) are counted at once.
  for (let i = 0; i < pixels.length; ) {
    const key = pixels[i]!;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === key) end++;
    let s = slot(key);
    while (used[s] && keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
    if (!used[s]) {
      if (++distinct > MAX_DISTINCT) return null;
      used[s] = 1;
      keys[s] = key;
    }
    counts[s]! += end - i;
    i = end;
  }
  const slots: number[] = [];
  for (let s = 0; s < TABLE_SIZE; s++) if (used[s]) slots.push(s);
  // Most frequent first; ties by colour value so the palette is deterministic.
  slots.sort((a, b) => counts[b]! - counts[a]! || keys[a]! - keys[b]!);
  let chosen: { indexOf: Uint16Array; palette: number[]; worst: number } | null = null;
  for (const bound of bounds) {
    chosen = assign(slots, keys, bound);
    if (chosen) break;
  }
  if (!chosen) return null;
  const { indexOf, palette, worst } = chosen;
  const indices = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; ) {
    const key = pixels[i]!;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === key) end++;
    let s = slot(key);
    while (keys[s] !== key) s = (s + 1) & (TABLE_SIZE - 1);
    const index = indexOf[s]!;
    if (index !== 0) indices.fill(index, i, end);
    i = end;
  }
  return { colors: Uint32Array.from(palette), indices, maxError: worst };
}
