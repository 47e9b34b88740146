// CSS filter functions on a premultiplied surface, in place: Gaussian blur, drop shadows and the colour functions (Filter Effects 1 matrices on unpremultiplied values).
import type { FilterFunction } from '../display-list/effect-types.js';
import { gaussianBlur } from './blur.js';
import { solidColor } from './shader.js';
import type { Surface } from './surface.js';

/** How the group's space maps to the device: lengths scale by `scale`; a shadow offset (x, y) moves by the matrix's linear part. */
export interface FilterSpace {
  readonly scale: number;
  readonly matrix: readonly [number, number, number, number, number, number];
}

/** The surface's four premultiplied channels as planes of floats (0–255). */
function planes(surface: Surface): Float32Array[] {
  const n = surface.width * surface.height;
  const out = [new Float32Array(n), new Float32Array(n), new Float32Array(n), new Float32Array(n)];
  const data = surface.data;
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    out[0]![i] = data[o]!;
    out[1]![i] = data[o + 1]!;
    out[2]![i] = data[o + 2]!;
    out[3]![i] = data[o + 3]!;
  }
  return out;
}

function blur(surface: Surface, sigma: number): void {
  if (!(sigma > 0.05)) return;
  const channels = planes(surface);
  for (const plane of channels) gaussianBlur(plane, surface.width, surface.height, sigma);
  const data = surface.data;
  for (let i = 0, o = 0; i < channels[0]!.length; i++, o += 4) {
    data[o] = channels[0]![i]!;
    data[o + 1] = channels[1]![i]!;
    data[o + 2] = channels[2]![i]!;
    data[o + 3] = channels[3]![i]!;
  }
}

/** The input's alpha, blurred, moved by (dx, dy) device px and painted in `color`, under the input. */
function dropShadow(surface: Surface, dx: number, dy: number, sigma: number, color: string): void {
  const { width, height, data } = surface;
  const alpha = new Float32Array(width * height);
  // Sampled at the offset with bilinear weights, so a fractional device offset moves the shadow smoothly.
  const ix = Math.floor(dx);
  const iy = Math.floor(dy);
  const fx = dx - ix;
  const fy = dy - iy;
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? 0 : data[(y * width + x) * 4 + 3]! / 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = x - ix;
      const sy = y - iy;
      alpha[y * width + x] = (1 - fx) * (1 - fy) * at(sx, sy) + fx * (1 - fy) * at(sx - 1, sy) + (1 - fx) * fy * at(sx, sy - 1) + fx * fy * at(sx - 1, sy - 1);
    }
  }
  gaussianBlur(alpha, width, height, sigma);
  const [r, g, b, a] = solidColor(color);
  for (let i = 0, o = 0; i < alpha.length; i++, o += 4) {
    const s = alpha[i]!;
    if (s <= 0) continue;
    const keep = 1 - data[o + 3]! / 255;
    data[o] = data[o]! + r! * s * keep;
    data[o + 1] = data[o + 1]! + g! * s * keep;
    data[o + 2] = data[o + 2]! + b! * s * keep;
    data[o + 3] = data[o + 3]! + a! * s * keep;
  }
}

type ColorMatrix = readonly number[];

/** The 3×3 colour matrix (row-major, on unpremultiplied 0–1 values) and offset of a colour function, or null for opacity. */
function colorMatrix(f: Extract<FilterFunction, { amount: number }> | Extract<FilterFunction, { kind: 'hue-rotate' }>): { m: ColorMatrix; offset: number } | null {
  if (f.kind === 'hue-rotate') {
    const angle = (f.degrees * Math.PI) / 180;
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    return { m: [0.213 + c * 0.787 - s * 0.213, 0.715 - c * 0.715 - s * 0.715, 0.072 - c * 0.072 + s * 0.928, 0.213 - c * 0.213 + s * 0.143, 0.715 + c * 0.285 + s * 0.14, 0.072 - c * 0.072 - s * 0.283, 0.213 - c * 0.213 - s * 0.787, 0.715 - c * 0.715 + s * 0.715, 0.072 + c * 0.928 + s * 0.072], offset: 0 };
  }
  const a = f.amount;
  switch (f.kind) {
    case 'brightness':
      return { m: [a, 0, 0, 0, a, 0, 0, 0, a], offset: 0 };
    case 'contrast':
      return { m: [a, 0, 0, 0, a, 0, 0, 0, a], offset: 0.5 - 0.5 * a };
    case 'grayscale': {
      const k = 1 - a;
      return { m: [0.2126 + 0.7874 * k, 0.7152 - 0.7152 * k, 0.0722 - 0.0722 * k, 0.2126 - 0.2126 * k, 0.7152 + 0.2848 * k, 0.0722 - 0.0722 * k, 0.2126 - 0.2126 * k, 0.7152 - 0.7152 * k, 0.0722 + 0.9278 * k], offset: 0 };
    }
    case 'sepia': {
      const k = 1 - a;
      return { m: [0.393 + 0.607 * k, 0.769 - 0.769 * k, 0.189 - 0.189 * k, 0.349 - 0.349 * k, 0.686 + 0.314 * k, 0.168 - 0.168 * k, 0.272 - 0.272 * k, 0.534 - 0.534 * k, 0.131 + 0.869 * k], offset: 0 };
    }
    case 'saturate':
      return { m: [0.213 + 0.787 * a, 0.715 - 0.715 * a, 0.072 - 0.072 * a, 0.213 - 0.213 * a, 0.715 + 0.285 * a, 0.072 - 0.072 * a, 0.213 - 0.213 * a, 0.715 - 0.715 * a, 0.072 + 0.928 * a], offset: 0 };
    case 'invert':
      return { m: [1 - 2 * a, 0, 0, 0, 1 - 2 * a, 0, 0, 0, 1 - 2 * a], offset: a };
    case 'opacity':
      return null;
  }
}

/** Applies a colour function to every pixel: unpremultiply, matrix, clamp, premultiply (opacity scales alpha). */
function colorFunction(surface: Surface, f: Extract<FilterFunction, { amount: number }> | Extract<FilterFunction, { kind: 'hue-rotate' }>): void {
  const data = surface.data;
  const matrix = colorMatrix(f);
  if (!matrix) {
    const k = (f as { amount: number }).amount;
    for (let o = 0; o < data.length; o++) data[o] = data[o]! * k;
    return;
  }
  const { m, offset } = matrix;
  const clamp = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
  for (let o = 0; o < data.length; o += 4) {
    const a = data[o + 3]!;
    if (a === 0) continue;
    const r = data[o]! / a;
    const g = data[o + 1]! / a;
    const b = data[o + 2]! / a;
    data[o] = clamp(m[0]! * r + m[1]! * g + m[2]! * b + offset) * a;
    data[o + 1] = clamp(m[3]! * r + m[4]! * g + m[5]! * b + offset) * a;
    data[o + 2] = clamp(m[6]! * r + m[7]! * g + m[8]! * b + offset) * a;
  }
}

/** Applies the filter list to the surface's pixels in list order. */
export function applyFilters(surface: Surface, filters: readonly FilterFunction[], space: FilterSpace): void {
  const [a, b, c, d] = space.matrix;
  for (const f of filters) {
    switch (f.kind) {
      case 'blur':
        blur(surface, f.stdDeviation * space.scale);
        break;
      case 'drop-shadow':
        dropShadow(surface, a * f.offsetX + c * f.offsetY, b * f.offsetX + d * f.offsetY, f.stdDeviation * space.scale, f.color);
        break;
      default:
        colorFunction(surface, f);
    }
  }
}
