// Clips as coverage masks: each clip rasterises its shape over the current clip's box and multiplies it in (anti-aliased, like Skia's).
import type { Path } from './path.js';
import { pathBox, rasteriseInto, type Coverage, type FillRule, type PixelBox } from './rasterise.js';
import { pathCoverage } from './coverage-cache.js';

/** The clip after intersecting `current` (null: none) with the path; an empty clip has a box of no pixels. */
export function intersectClip(current: Coverage | null, path: Path, rule: FillRule, canvas: PixelBox): Coverage {
  const limit = current ? current.box : canvas;
  const box = pathBox(path, limit) ?? { x: limit.x, y: limit.y, width: 0, height: 0 };
  if (box.width === 0) return { box, data: new Float32Array(0) };
  // A first clip may share a kept coverage (clips are only read); a nested one is multiplied into its own array.
  if (!current) return { box, data: pathCoverage(path, rule, box, () => new Float32Array(box.width * box.height)) };
  const data = new Float32Array(box.width * box.height);
  rasteriseInto(path, rule, box, data);
  for (let y = 0; y < box.height; y++) {
    const from = (box.y + y - current.box.y) * current.box.width + (box.x - current.box.x);
    const row = y * box.width;
    for (let x = 0; x < box.width; x++) data[row + x] = data[row + x]! * current.data[from + x]!;
  }
  return { box, data };
}
