// Source-over compositing of a shaded coverage onto a surface, through the clip: the loops every fill ends in, on 32-bit premultiplied words.
import type { Coverage, PixelBox } from './rasterise.js';
import { packRgba, type Shader } from './shader.js';
import { rowsOver } from './shader-rows.js';
import { intersectBoxes, type Surface } from './surface.js';

let rowColors = new Uint32Array(0);
let columnCoverage = new Float32Array(0);
let weights = new Float32Array(0);

function colorsFor(width: number): Uint32Array {
  if (rowColors.length < width) rowColors = new Uint32Array(width);
  return rowColors;
}

function weightsFor(width: number): Float32Array {
  if (weights.length < width) weights = new Float32Array(width);
  return weights;
}

/** Coverage at least this is full: the source replaces an opaque pixel. */
const FULL = 0.99999;

/** Blends one row of `count` pixels from device (x, y), pixel i weighted by w[i] (coverage × clip × alpha). */
function blendRow(surface: Surface, x: number, y: number, count: number, shader: Shader, colors: Uint32Array, w: Float32Array): void {
  const start = surface.index(x, y);
  if (shader.solid) blendSolid(surface.words, start, count, shader.solid, w);
  else {
    shader.row(x, y, count, colors);
    blendColors(surface.words, start, count, colors, w);
  }
}

/** Blends one colour over words[start…start+count) with weights w[at…at+count). */
function blendSolid(words: Uint32Array, start: number, count: number, solid: Float32Array, w: Float32Array, at = 0): void {
  const r = solid[0]!;
  const g = solid[1]!;
  const b = solid[2]!;
  const a = solid[3]!;
  const opaque = a >= 254.5;
  const word = packRgba(r, g, b, a);
  for (let i = 0; i < count; i++) {
    const c = w[at + i]!;
    if (c <= 0) continue;
    if (opaque && c >= FULL) {
      words[start + i] = word;
      continue;
    }
    const d = words[start + i]!;
    const keep = 1 - (a * c) / 255;
    words[start + i] = packRgba(r * c + (d & 255) * keep, g * c + ((d >>> 8) & 255) * keep, b * c + ((d >>> 16) & 255) * keep, a * c + (d >>> 24) * keep);
  }
}

/** Blends a row of colour words over words[start…start+count) with weights w. */
function blendColors(words: Uint32Array, start: number, count: number, colors: Uint32Array, w: Float32Array): void {
  for (let i = 0; i < count; i++) {
    const c = w[i]!;
    if (c <= 0) continue;
    const s = colors[i]!;
    const sa = s >>> 24;
    if (sa === 0) continue;
    if (sa === 255 && c >= FULL) {
      words[start + i] = s;
      continue;
    }
    const d = words[start + i]!;
    const keep = 1 - (sa * c) / 255;
    words[start + i] = packRgba((s & 255) * c + (d & 255) * keep, ((s >>> 8) & 255) * c + ((d >>> 8) & 255) * keep, ((s >>> 16) & 255) * c + ((d >>> 16) & 255) * keep, sa * c + (d >>> 24) * keep);
  }
}

/** True when the shader draws nothing whatever the coverage. */
const drawsNothing = (shader: Shader, alpha: number): boolean => alpha <= 0 || (shader.solid !== null && shader.solid[3]! <= 0);

/**
 * Blends `shader` over `surface` with per-pixel weight coverage × clip × alpha. `coverage` null
 * means full coverage over `box`; `clip` null means no clip.
 */
export function composite(surface: Surface, box: PixelBox, coverage: Coverage | null, clip: Coverage | null, shader: Shader, alpha = 1): void {
  let area = intersectBoxes(box, surface.box);
  if (area && coverage) area = intersectBoxes(area, coverage.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || drawsNothing(shader, alpha)) return;
  shader = rowsOver(shader, area);
  if (coverage && !clip && alpha >= 1 && shader.solid) {
    // Glyph blits: weights read straight from the mask, over each row's covered columns where the mask knows them.
    const { spans } = coverage;
    const boxX = coverage.box.x;
    const boxWidth = coverage.box.width;
    const areaEnd = area.x + area.width;
    for (let y = area.y; y < area.y + area.height; y++) {
      const r = y - coverage.box.y;
      const from = spans ? Math.max(area.x, boxX + spans[2 * r]!) : area.x;
      const to = spans ? Math.min(areaEnd, boxX + spans[2 * r + 1]!) : areaEnd;
      if (to > from) blendSolid(surface.words, surface.index(from, y), to - from, shader.solid, coverage.data, r * boxWidth + from - boxX);
    }
    return;
  }
  const colors = colorsFor(area.width);
  const cover = coverage?.data;
  const clipData = clip?.data;
  const w = weightsFor(area.width);
  for (let y = area.y; y < area.y + area.height; y++) {
    const coverAt = coverage ? (y - coverage.box.y) * coverage.box.width + area.x - coverage.box.x : 0;
    const clipAt = clip ? (y - clip.box.y) * clip.box.width + area.x - clip.box.x : 0;
    // One pass for coverage and clip; Math.fround keeps the float32 rounding of the weight between the two products.
    if (cover && clipData) for (let i = 0; i < area.width; i++) w[i] = Math.fround(alpha * cover[coverAt + i]!) * clipData[clipAt + i]!;
    else if (cover) for (let i = 0; i < area.width; i++) w[i] = alpha * cover[coverAt + i]!;
    else if (clipData) for (let i = 0; i < area.width; i++) w[i] = Math.fround(alpha) * clipData[clipAt + i]!;
    else w.fill(alpha, 0, area.width);
    blendRow(surface, area.x, y, area.width, shader, colors, w);
  }
}

/** Blends `shader` over the axis-aligned device rectangle x0…x1 × y0…y1 (anti-aliased fractional edges), through the clip. */
export function compositeRect(surface: Surface, x0: number, y0: number, x1: number, y1: number, clip: Coverage | null, shader: Shader, alpha = 1): void {
  const box = { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1) - Math.floor(x0), height: Math.ceil(y1) - Math.floor(y0) };
  let area = intersectBoxes(box, surface.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || drawsNothing(shader, alpha)) return;
  shader = rowsOver(shader, area);
  if (columnCoverage.length < area.width) columnCoverage = new Float32Array(area.width);
  const columns = columnCoverage;
  // The run of columns the rectangle covers whole: an opaque solid fills it with one word.
  let fullFrom = -1;
  let fullTo = -1;
  for (let i = 0; i < area.width; i++) {
    const c = Math.max(0, Math.min(area.x + i + 1, x1) - Math.max(area.x + i, x0));
    columns[i] = c;
    if (c >= 1) {
      if (fullFrom < 0) fullFrom = i;
      fullTo = i + 1;
    }
  }
  const colors = colorsFor(area.width);
  const clipData = clip?.data;
  const w = weightsFor(area.width);
  // An opaque shader without clip or alpha writes the covered run of a whole row straight into the surface.
  const direct = shader.opaque === true && alpha >= 1 && !clip && fullFrom >= 0;
  const solidWord = direct && shader.solid ? packRgba(shader.solid[0]!, shader.solid[1]!, shader.solid[2]!, 255) : null;
  for (let y = area.y; y < area.y + area.height; y++) {
    const rowWeight = alpha * Math.max(0, Math.min(y + 1, y1) - Math.max(y, y0));
    if (direct && rowWeight >= 1) {
      const start = surface.index(area.x, y);
      if (solidWord !== null) surface.words.fill(solidWord, start + fullFrom, start + fullTo);
      else shader.row(area.x + fullFrom, y, fullTo - fullFrom, surface.words.subarray(start + fullFrom, start + fullTo));
      if (fullFrom > 0) blendRow(surface, area.x, y, fullFrom, shader, colors, columns);
      if (fullTo < area.width) blendRow(surface, area.x + fullTo, y, area.width - fullTo, shader, colors, columns.subarray(fullTo));
      continue;
    }
    const clipAt = clip ? (y - clip.box.y) * clip.box.width + area.x - clip.box.x : 0;
    if (clipData) for (let i = 0; i < area.width; i++) w[i] = Math.fround(rowWeight * columns[i]!) * clipData[clipAt + i]!;
    else for (let i = 0; i < area.width; i++) w[i] = rowWeight * columns[i]!;
    blendRow(surface, area.x, y, area.width, shader, colors, w);
  }
  if (!clip && alpha >= 1 && shader.opaque && x0 <= surface.x && y0 <= surface.y && x1 >= surface.x + surface.width && y1 >= surface.y + surface.height) surface.opaque = true;
}
