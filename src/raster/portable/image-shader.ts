// Pixels of an image (or a rendered tile) as a shader: device pixels mapped back through a transform, sampled bilinearly (or nearest, for pixelated), clamped, repeated or left empty outside.
import { invert, multiply, type Matrix } from './matrix.js';
import { packRgba, type Shader } from './shader.js';

/** Premultiplied RGBA pixels to sample from. */
export interface PixelSource {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** What lies outside the source along an axis: its edge pixels, repeats of it, or nothing. */
export type Wrap = 'clamp' | 'repeat' | 'none';

/** A source column or row for index i, or -1 when it is outside and nothing is drawn there. */
function wrapIndex(i: number, size: number, mode: Wrap): number {
  if (i >= 0 && i < size) return i;
  if (mode === 'clamp') return i < 0 ? 0 : size - 1;
  if (mode === 'repeat') return ((i % size) + size) % size;
  return -1;
}

/** A number per source pixel array, for shader keys: a decoded image kept between renders keeps its number. */
const sourceIds = new WeakMap<Uint8ClampedArray, number>();
let nextSourceId = 0;

const sourceId = (data: Uint8ClampedArray): number => sourceIds.get(data) ?? sourceIds.set(data, nextSourceId++).get(data)!;

/**
 * A shader drawing `source` so that its pixel grid maps to user space by `placement` (source
 * pixels to user units), and user space to the device by `matrix`.
 */
export function imageShader(source: PixelSource, matrix: Matrix, placement: Matrix, wrapX: Wrap, wrapY: Wrap, nearest = false): Shader | null {
  const inverse = invert(multiply(matrix, placement));
  if (!inverse || source.width === 0 || source.height === 0) return null;
  const shader = sampler(source, inverse, wrapX, wrapY, nearest);
  return { ...shader, key: `image ${sourceId(source.data)}|${inverse.join(',')}|${wrapX} ${wrapY}${nearest ? ' nearest' : ''}` };
}

function sampler(source: PixelSource, inverse: Matrix, wrapX: Wrap, wrapY: Wrap, nearest: boolean): Shader {
  const [a, b, c, d, e, f] = inverse;
  const { width, height } = source;
  const data = source.data.byteOffset % 4 === 0 ? source.data : source.data.slice();
  const words = new Uint32Array(data.buffer, data.byteOffset, data.byteLength >> 2);
  if (nearest) {
    return {
      solid: null,
      row(x, y, count, out) {
        // The source pixel the device pixel's centre falls in (image-rendering: pixelated).
        let sx = a * (x + 0.5) + c * (y + 0.5) + e;
        let sy = b * (x + 0.5) + d * (y + 0.5) + f;
        for (let i = 0; i < count; i++, sx += a, sy += b) {
          const column = wrapIndex(Math.floor(sx), width, wrapX);
          const row = wrapIndex(Math.floor(sy), height, wrapY);
          out[i] = column < 0 || row < 0 ? 0 : words[row * width + column]!;
        }
      },
    };
  }
  if (b === 0 && c === 0) return axisAlignedBilinear(words, width, height, a, d, e, f, wrapX, wrapY);
  return {
    solid: null,
    row(x, y, count, out) {
      // Source coordinates of the pixel centre, relative to source pixel centres.
      let sx = a * (x + 0.5) + c * (y + 0.5) + e - 0.5;
      let sy = b * (x + 0.5) + d * (y + 0.5) + f - 0.5;
      for (let i = 0; i < count; i++, sx += a, sy += b) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const r0 = wrapIndex(y0, height, wrapY);
        const r1 = wrapIndex(y0 + 1, height, wrapY);
        out[i] = bilinear(words, r0 < 0 ? -1 : r0 * width, r1 < 0 ? -1 : r1 * width, wrapIndex(x0, width, wrapX), wrapIndex(x0 + 1, width, wrapX), sx - x0, sy - y0);
      }
    },
  };
}

/** The bilinear blend of the four taps at rows (offsets into `words`, -1 outside) and columns (-1 outside), weighted by the fractions fx, fy. */
function bilinear(words: Uint32Array, row0: number, row1: number, c0: number, c1: number, fx: number, fy: number): number {
  const p00 = row0 < 0 || c0 < 0 ? 0 : words[row0 + c0]!;
  const p10 = row0 < 0 || c1 < 0 ? 0 : words[row0 + c1]!;
  const p01 = row1 < 0 || c0 < 0 ? 0 : words[row1 + c0]!;
  const p11 = row1 < 0 || c1 < 0 ? 0 : words[row1 + c1]!;
  if (p00 === p10 && p00 === p01 && p00 === p11) return p00;
  const w00 = (1 - fx) * (1 - fy);
  const w10 = fx * (1 - fy);
  const w01 = (1 - fx) * fy;
  const w11 = fx * fy;
  return packRgba(
    (p00 & 255) * w00 + (p10 & 255) * w10 + (p01 & 255) * w01 + (p11 & 255) * w11,
    ((p00 >>> 8) & 255) * w00 + ((p10 >>> 8) & 255) * w10 + ((p01 >>> 8) & 255) * w01 + ((p11 >>> 8) & 255) * w11,
    ((p00 >>> 16) & 255) * w00 + ((p10 >>> 16) & 255) * w10 + ((p01 >>> 16) & 255) * w01 + ((p11 >>> 16) & 255) * w11,
    (p00 >>> 24) * w00 + (p10 >>> 24) * w10 + (p01 >>> 24) * w01 + (p11 >>> 24) * w11,
  );
}

/**
 * Bilinear sampling when the image is only scaled and moved: a row's source row is one, and its
 * columns (the same for every row of a fill) are worked out once per span.
 */
function axisAlignedBilinear(words: Uint32Array, width: number, height: number, a: number, d: number, e: number, f: number, wrapX: Wrap, wrapY: Wrap): Shader {
  let spanX = NaN;
  let spanCount = -1;
  let c0s = new Int32Array(0);
  let c1s = new Int32Array(0);
  let fxs = new Float32Array(0);
  let first = 0;
  let last = -1;
  // The source row blended vertically (premultiplied channels, 4 per column; column -1 lands on the zeros at the end).
  const mixed = new Float32Array(width * 4 + 4);
  return {
    solid: null,
    row(x, y, count, out) {
      if (x !== spanX || count !== spanCount) {
        spanX = x;
        spanCount = count;
        if (c0s.length < count) {
          c0s = new Int32Array(count);
          c1s = new Int32Array(count);
          fxs = new Float32Array(count);
        }
        let sx = a * (x + 0.5) + e - 0.5;
        first = width;
        last = -1;
        for (let i = 0; i < count; i++, sx += a) {
          const x0 = Math.floor(sx);
          const c0 = wrapIndex(x0, width, wrapX);
          const c1 = wrapIndex(x0 + 1, width, wrapX);
          c0s[i] = c0 < 0 ? width : c0;
          c1s[i] = c1 < 0 ? width : c1;
          fxs[i] = sx - x0;
          // The source columns the span reads (a downscaled image's others are never blended).
          if (c0 >= 0 && c0 < first) first = c0;
          if (c1 >= 0 && c1 < first) first = c1;
          last = Math.max(last, c0, c1);
        }
      }
      const sy = d * (y + 0.5) + f - 0.5;
      const y0 = Math.floor(sy);
      const fy = sy - y0;
      const r0 = wrapIndex(y0, height, wrapY);
      const r1 = wrapIndex(y0 + 1, height, wrapY);
      const row0 = r0 < 0 ? -1 : r0 * width;
      const row1 = r1 < 0 ? -1 : r1 * width;
      // Blend the two source rows once, then each device pixel only between two columns.
      for (let column = first; column <= last; column++) {
        const p0 = row0 < 0 ? 0 : words[row0 + column]!;
        const p1 = row1 < 0 ? 0 : words[row1 + column]!;
        const o = column * 4;
        mixed[o] = (p0 & 255) + ((p1 & 255) - (p0 & 255)) * fy;
        mixed[o + 1] = ((p0 >>> 8) & 255) + (((p1 >>> 8) & 255) - ((p0 >>> 8) & 255)) * fy;
        mixed[o + 2] = ((p0 >>> 16) & 255) + (((p1 >>> 16) & 255) - ((p0 >>> 16) & 255)) * fy;
        mixed[o + 3] = (p0 >>> 24) + ((p1 >>> 24) - (p0 >>> 24)) * fy;
      }
      for (let i = 0; i < count; i++) {
        const o0 = c0s[i]! * 4;
        const o1 = c1s[i]! * 4;
        const fx = fxs[i]!;
        out[i] = packRgba(mixed[o0]! + (mixed[o1]! - mixed[o0]!) * fx, mixed[o0 + 1]! + (mixed[o1 + 1]! - mixed[o0 + 1]!) * fx, mixed[o0 + 2]! + (mixed[o1 + 2]! - mixed[o0 + 2]!) * fx, mixed[o0 + 3]! + (mixed[o1 + 3]! - mixed[o0 + 3]!) * fx);
      }
    },
  };
}
