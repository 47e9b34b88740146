// Shader rows kept between renders: a keyed shader (gradient, reused image) over the same pixel box gives the same words, so the second render copies them instead of computing them again.
import { LRUCache } from 'lru-cache';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import type { PixelBox } from './rasterise.js';
import type { Shader } from './shader.js';

/** At most 16 MiB of rows (a 1200×630 background is 3 MB) in at most 64 boxes; least recently used go. */
export const MAX_SHADER_ROW_BYTES = 16 * 1024 * 1024;
export const MAX_SHADER_ROW_BOXES = 64;
/** Boxes smaller than this are computed every time (a copy saves little there). */
export const CACHED_MIN_PIXELS = 4096;

interface Block {
  readonly words: Uint32Array;
  /** 1 for each row of the box computed so far. */
  readonly filled: Uint8Array;
}

const blocks = boundedCache<string, Block>({ name: 'portable_shader_rows', maxBytes: MAX_SHADER_ROW_BYTES, maxEntries: MAX_SHADER_ROW_BOXES, sizeOf: (block, key) => block.words.byteLength + block.filled.byteLength + keyBytes(key) + 64 });
/** Keys drawn once: a box is kept from its second use on, so shaders drawn once (a one-off gradient, an image decoded afresh) never take room. */
const seenOnce = new LRUCache<string, true>({ max: 256 });

let scratch = new Uint32Array(0);

/**
 * The shader over `area` with every row computed whole across the area (so a row's words never depend
 * on which part of it a fill asks for, whether kept or not), and kept between renders once the same
 * keyed shader has covered the same box twice. Shaders without a key, and small boxes, are returned as they are.
 */
export function rowsOver(shader: Shader, area: PixelBox): Shader {
  if (shader.key === undefined || area.width * area.height < CACHED_MIN_PIXELS) return shader;
  const key = `${shader.key}|${area.x},${area.y},${area.width},${area.height}`;
  let block = blocks.get(key) ?? null;
  if (!block && seenOnce.has(key)) {
    block = { words: new Uint32Array(area.width * area.height), filled: new Uint8Array(area.height) };
    blocks.set(key, block);
  } else if (!block) seenOnce.set(key, true);
  const { x: left, y: top, width, height } = area;
  return {
    solid: shader.solid,
    opaque: shader.opaque,
    key: shader.key,
    row(x, y, count, out) {
      const r = y - top;
      if (r < 0 || r >= height || x < left || x + count > left + width) {
        shader.row(x, y, count, out);
        return;
      }
      let words: Uint32Array;
      let from: number;
      if (block) {
        from = r * width;
        words = block.words;
        if (block.filled[r] === 0) {
          shader.row(left, y, width, words.subarray(from, from + width));
          block.filled[r] = 1;
        }
      } else {
        if (scratch.length < width) scratch = new Uint32Array(width);
        words = scratch;
        from = 0;
        shader.row(left, y, width, words);
      }
      const start = from + x - left;
      out.set(words.subarray(start, start + count));
    },
  };
}

/** Rows kept now (tests, metrics). */
export const shaderRowStats = (): { readonly boxes: number; readonly bytes: number } => ({ boxes: blocks.size, bytes: blocks.calculatedSize });

/** Empties the cache (tests). */
export function clearShaderRows(): void {
  blocks.clear();
  seenOnce.clear();
}
