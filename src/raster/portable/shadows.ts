// Shadows: a shape's coverage offset and blurred (σ = blur / 2, the canvas convention), then composited in the shadow colour; box shadows keep outside (or inside) the box.
import type { DisplayCommand } from '../display-list/types.js';
import { growRRect } from '../display-list/geometry.js';
import { gaussianBlur, blurMargin } from './blur.js';
import { composite } from './composite.js';
import type { PortableContext } from './context.js';
import { multiply, translation, type Matrix } from './matrix.js';
import { Path, rrectPath } from './path.js';
import { rasteriseInto, type Coverage, type PixelBox } from './rasterise.js';
import { solidColor, solidShader } from './shader.js';
import { intersectBoxes } from './surface.js';

type ShadowCommand = Extract<DisplayCommand, { op: 'shadow' }>;

/** The pixels a path's blurred shadow can reach, within `limit` grown by the blur (so the blur has its source). */
function shadowBox(path: Path, margin: number, limit: PixelBox): PixelBox | null {
  const bounds = path.bounds();
  if (!bounds) return null;
  const box = { x: Math.floor(bounds[0]) - margin, y: Math.floor(bounds[1]) - margin, width: 0, height: 0 };
  const grown = { ...box, width: Math.ceil(bounds[2]) + margin - box.x, height: Math.ceil(bounds[3]) + margin - box.y };
  return intersectBoxes(grown, { x: limit.x - margin, y: limit.y - margin, width: limit.width + 2 * margin, height: limit.height + 2 * margin });
}

/** Coverage of a device path over `box`, blurred with σ. */
function blurredCoverage(path: Path, box: PixelBox, sigma: number): Float32Array {
  const data = new Float32Array(box.width * box.height);
  rasteriseInto(path, 'nonzero', box, data);
  gaussianBlur(data, box.width, box.height, sigma);
  return data;
}

/** Draws the shadow a device path casts: offset (device pixels, not transformed, as canvas shadows are) and blurred. */
export function castShadow(ctx: PortableContext, path: Path, color: string, blur: number, alpha = 1): void {
  const sigma = blur / 2;
  const box = shadowBox(path, blurMargin(sigma), ctx.limit);
  if (!box) return;
  composite(ctx.surface, box, { box, data: blurredCoverage(path, box, sigma) }, ctx.clip, solidShader(solidColor(color, alpha)));
}

/** A device transform moved by a device-space offset. */
export const offsetMatrix = (matrix: Matrix, x: number, y: number): Matrix => multiply(translation(x, y), matrix);


/** A box shadow: outer ones only outside the border box, inset ones only inside the padding box. */
export function boxShadow(ctx: PortableContext, command: ShadowCommand): void {
  const { shape, spread, blur, color, offsetX, offsetY, inset } = command;
  const sigma = blur / 2;
  const margin = blurMargin(sigma);
  const shapePath = rrectPath(shape, ctx.matrix);
  const shader = solidShader(solidColor(color));
  if (!inset) {
    const caster = rrectPath(growRRect(shape, spread), offsetMatrix(ctx.matrix, offsetX, offsetY));
    const box = shadowBox(caster, margin, ctx.limit);
    if (!box) return;
    const data = blurredCoverage(caster, box, sigma);
    const inside = new Float32Array(box.width * box.height);
    rasteriseInto(shapePath, 'nonzero', box, inside);
    for (let i = 0; i < data.length; i++) data[i] = data[i]! * (1 - inside[i]!);
    composite(ctx.surface, box, { box, data }, ctx.clip, shader);
    return;
  }
  // Inset: everything outside the hole (the box moved by the offset, shrunk by the spread), blurred, inside the box.
  const bounds = shapePath.bounds();
  if (!bounds) return;
  const limit = ctx.limit;
  const box = intersectBoxes({ x: Math.floor(bounds[0]), y: Math.floor(bounds[1]), width: Math.ceil(bounds[2]) - Math.floor(bounds[0]), height: Math.ceil(bounds[3]) - Math.floor(bounds[1]) }, limit);
  if (!box) return;
  const padded = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const holeShape = growRRect({ rect: { ...shape.rect, x: shape.rect.x + offsetX, y: shape.rect.y + offsetY }, radii: shape.radii }, -spread);
  const hole = blurredCoverage(rrectPath(holeShape, ctx.matrix), padded, sigma);
  const inside = new Float32Array(box.width * box.height);
  rasteriseInto(shapePath, 'nonzero', box, inside);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      const i = y * box.width + x;
      inside[i] = inside[i]! * (1 - hole[(y + margin) * padded.width + x + margin]!);
    }
  }
  const coverage: Coverage = { box, data: inside };
  composite(ctx.surface, box, coverage, ctx.clip, shader);
}
