// Source-over compositing of a shaded coverage onto a surface, through the clip: the one loop every fill ends in.
import type { Coverage, PixelBox } from './rasterise.js';
import type { Shader } from './shader.js';
import { intersectBoxes, type Surface } from './surface.js';

let rowColors = new Float32Array(0);

function colorsFor(width: number): Float32Array {
  if (rowColors.length < width * 4) rowColors = new Float32Array(width * 4);
  return rowColors;
}

/**
 * Blends `shader` over `surface` with per-pixel weight coverage × clip × alpha. `coverage` null
 * means full coverage over `box`; `clip` null means no clip.
 */
export function composite(surface: Surface, box: PixelBox, coverage: Coverage | null, clip: Coverage | null, shader: Shader, alpha = 1): void {
  let area = intersectBoxes(box, surface.box);
  if (area && coverage) area = intersectBoxes(area, coverage.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || alpha <= 0) return;
  const data = surface.data;
  const solid = shader.solid;
  const colors = solid ? null : colorsFor(area.width);
  let sr = 0;
  let sg = 0;
  let sb = 0;
  let sa = 0;
  if (solid) {
    sr = solid[0]!;
    sg = solid[1]!;
    sb = solid[2]!;
    sa = solid[3]!;
    if (sa <= 0) return;
  }
  const cover = coverage?.data;
  const coverBox = coverage?.box;
  const clipData = clip?.data;
  const clipBox = clip?.box;
  for (let y = area.y; y < area.y + area.height; y++) {
    if (colors) shader.row(area.x, y, area.width, colors);
    const coverRow = coverBox ? (y - coverBox.y) * coverBox.width - coverBox.x : 0;
    const clipRow = clipBox ? (y - clipBox.y) * clipBox.width - clipBox.x : 0;
    let o = (y * surface.width + area.x) * 4;
    for (let x = area.x, i = 0; x < area.x + area.width; x++, i += 4, o += 4) {
      let c = alpha;
      if (cover) c *= cover[coverRow + x]!;
      if (clipData) c *= clipData[clipRow + x]!;
      if (c <= 0) continue;
      if (colors) {
        sr = colors[i]!;
        sg = colors[i + 1]!;
        sb = colors[i + 2]!;
        sa = colors[i + 3]!;
      }
      const a = sa * c;
      if (a >= 254.999) {
        data[o] = sr;
        data[o + 1] = sg;
        data[o + 2] = sb;
        data[o + 3] = 255;
        continue;
      }
      const keep = 1 - a / 255;
      data[o] = sr * c + data[o]! * keep;
      data[o + 1] = sg * c + data[o + 1]! * keep;
      data[o + 2] = sb * c + data[o + 2]! * keep;
      data[o + 3] = a + data[o + 3]! * keep;
    }
  }
}
