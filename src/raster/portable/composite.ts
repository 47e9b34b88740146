// Source-over compositing of a shaded coverage onto a surface, through the clip: the loops every fill ends in.
import type { Coverage, PixelBox } from './rasterise.js';
import type { Shader } from './shader.js';
import { intersectBoxes, type Surface } from './surface.js';

let rowColors = new Float32Array(0);
let columnCoverage = new Float32Array(0);

function colorsFor(width: number): Float32Array {
  if (rowColors.length < width * 4) rowColors = new Float32Array(width * 4);
  return rowColors;
}

let weights = new Float32Array(0);

function weightsFor(width: number): Float32Array {
  if (weights.length < width) weights = new Float32Array(width);
  return weights;
}

/** Blends one row of `count` pixels from device (x, y), pixel i weighted by w[i] (coverage × clip × alpha). */
function blendRow(surface: Surface, x: number, y: number, count: number, shader: Shader, colors: Float32Array | null, w: Float32Array): void {
  const data = surface.data;
  const words = surface.words;
  const solid = shader.solid;
  const start = surface.index(x, y);
  if (solid) {
    const r = solid[0]!;
    const g = solid[1]!;
    const b = solid[2]!;
    const a = solid[3]!;
    const opaque = a >= 254.999;
    const word = opaque ? (Math.round(r) | (Math.round(g) << 8) | (Math.round(b) << 16) | (255 << 24)) >>> 0 : 0;
    for (let i = 0; i < count; i++) {
      const c = w[i]!;
      if (c <= 0) continue;
      if (opaque && c >= 0.99999) {
        words[start + i] = word;
        continue;
      }
      const o = (start + i) * 4;
      const keep = 1 - (a * c) / 255;
      data[o] = r * c + data[o]! * keep;
      data[o + 1] = g * c + data[o + 1]! * keep;
      data[o + 2] = b * c + data[o + 2]! * keep;
      data[o + 3] = a * c + data[o + 3]! * keep;
    }
    return;
  }
  shader.row(x, y, count, colors!);
  const rgba = colors!;
  for (let i = 0, k = 0; i < count; i++, k += 4) {
    const c = w[i]!;
    if (c <= 0) continue;
    const a = rgba[k + 3]! * c;
    const o = (start + i) * 4;
    const keep = 1 - a / 255;
    data[o] = rgba[k]! * c + data[o]! * keep;
    data[o + 1] = rgba[k + 1]! * c + data[o + 1]! * keep;
    data[o + 2] = rgba[k + 2]! * c + data[o + 2]! * keep;
    data[o + 3] = a + data[o + 3]! * keep;
  }
}

/**
 * Blends `shader` over `surface` with per-pixel weight coverage × clip × alpha. `coverage` null
 * means full coverage over `box`; `clip` null means no clip.
 */
export function composite(surface: Surface, box: PixelBox, coverage: Coverage | null, clip: Coverage | null, shader: Shader, alpha = 1): void {
  let area = intersectBoxes(box, surface.box);
  if (area && coverage) area = intersectBoxes(area, coverage.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || alpha <= 0 || (shader.solid && shader.solid[3]! <= 0)) return;
  const colors = shader.solid ? null : colorsFor(area.width);
  const cover = coverage?.data;
  const clipData = clip?.data;
  for (let y = area.y; y < area.y + area.height; y++) {
    const coverAt = coverage ? (y - coverage.box.y) * coverage.box.width + area.x - coverage.box.x : 0;
    const clipAt = clip ? (y - clip.box.y) * clip.box.width + area.x - clip.box.x : 0;
    const w = weightsFor(area.width);
    for (let i = 0; i < area.width; i++) w[i] = alpha;
    if (cover) for (let i = 0; i < area.width; i++) w[i] = w[i]! * cover[coverAt + i]!;
    if (clipData) for (let i = 0; i < area.width; i++) w[i] = w[i]! * clipData[clipAt + i]!;
    blendRow(surface, area.x, y, area.width, shader, colors, w);
  }
}

/** Blends `shader` over the axis-aligned device rectangle x0…x1 × y0…y1 (anti-aliased fractional edges), through the clip. */
export function compositeRect(surface: Surface, x0: number, y0: number, x1: number, y1: number, clip: Coverage | null, shader: Shader, alpha = 1): void {
  const box = { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1) - Math.floor(x0), height: Math.ceil(y1) - Math.floor(y0) };
  let area = intersectBoxes(box, surface.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || alpha <= 0 || (shader.solid && shader.solid[3]! <= 0)) return;
  if (columnCoverage.length < area.width) columnCoverage = new Float32Array(area.width);
  const columns = columnCoverage;
  for (let i = 0; i < area.width; i++) columns[i] = Math.max(0, Math.min(area.x + i + 1, x1) - Math.max(area.x + i, x0));
  const colors = shader.solid ? null : colorsFor(area.width);
  const clipData = clip?.data;
  for (let y = area.y; y < area.y + area.height; y++) {
    const rowWeight = alpha * Math.max(0, Math.min(y + 1, y1) - Math.max(y, y0));
    const clipAt = clip ? (y - clip.box.y) * clip.box.width + area.x - clip.box.x : 0;
    const w = weightsFor(area.width);
    for (let i = 0; i < area.width; i++) w[i] = rowWeight * columns[i]!;
    if (clipData) for (let i = 0; i < area.width; i++) w[i] = w[i]! * clipData[clipAt + i]!;
    blendRow(surface, area.x, y, area.width, shader, colors, w);
  }
}
