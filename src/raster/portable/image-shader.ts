// Pixels of an image (or a rendered tile) as a shader: device pixels mapped back through a transform, sampled bilinearly, clamped, repeated or left empty outside.
import { invert, multiply, type Matrix } from './matrix.js';
import type { Shader } from './shader.js';

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

/** Adds `weight` × the source pixel at (column, row) to out[o…o+3]; outside (-1) adds nothing. */
function addTap(data: Uint8ClampedArray, width: number, column: number, row: number, weight: number, out: Float32Array, o: number): void {
  if (column < 0 || row < 0 || weight === 0) return;
  const at = (row * width + column) * 4;
  out[o] = out[o]! + data[at]! * weight;
  out[o + 1] = out[o + 1]! + data[at + 1]! * weight;
  out[o + 2] = out[o + 2]! + data[at + 2]! * weight;
  out[o + 3] = out[o + 3]! + data[at + 3]! * weight;
}

/**
 * A shader drawing `source` so that its pixel grid maps to user space by `placement` (source
 * pixels to user units), and user space to the device by `matrix`.
 */
export function imageShader(source: PixelSource, matrix: Matrix, placement: Matrix, wrapX: Wrap, wrapY: Wrap): Shader | null {
  const inverse = invert(multiply(matrix, placement));
  if (!inverse || source.width === 0 || source.height === 0) return null;
  const [a, b, c, d, e, f] = inverse;
  const { width, height, data } = source;
  return {
    solid: null,
    row(x, y, count, out) {
      // Source coordinates of the pixel centre, relative to source pixel centres.
      let sx = a * (x + 0.5) + c * (y + 0.5) + e - 0.5;
      let sy = b * (x + 0.5) + d * (y + 0.5) + f - 0.5;
      out.fill(0, 0, count * 4);
      for (let i = 0, o = 0; i < count; i++, o += 4, sx += a, sy += b) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const c0 = wrapIndex(x0, width, wrapX);
        const c1 = wrapIndex(x0 + 1, width, wrapX);
        const r0 = wrapIndex(y0, height, wrapY);
        const r1 = wrapIndex(y0 + 1, height, wrapY);
        addTap(data, width, c0, r0, (1 - fx) * (1 - fy), out, o);
        addTap(data, width, c1, r0, fx * (1 - fy), out, o);
        addTap(data, width, c0, r1, (1 - fx) * fy, out, o);
        addTap(data, width, c1, r1, fx * fy, out, o);
      }
    },
  };
}
