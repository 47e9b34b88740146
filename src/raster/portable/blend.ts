// mix-blend-mode: a layer composited onto a surface with a blend mode (Compositing and Blending 1 formulas on premultiplied pixels), weighted by coverage × clip × alpha.
import type { BlendMode } from '../display-list/effect-types.js';
import type { Coverage } from './rasterise.js';
import { intersectBoxes, type Surface } from './surface.js';

type Rgb = [number, number, number];

/** The separable blend of one channel: backdrop cb, source cs (unpremultiplied 0–1). */
function separable(mode: BlendMode, cb: number, cs: number): number {
  switch (mode) {
    case 'multiply':
      return cb * cs;
    case 'screen':
      return cb + cs - cb * cs;
    case 'overlay':
      return separable('hard-light', cs, cb);
    case 'darken':
      return Math.min(cb, cs);
    case 'lighten':
      return Math.max(cb, cs);
    case 'color-dodge':
      return cb === 0 ? 0 : cs >= 1 ? 1 : Math.min(1, cb / (1 - cs));
    case 'color-burn':
      return cb >= 1 ? 1 : cs <= 0 ? 0 : 1 - Math.min(1, (1 - cb) / cs);
    case 'hard-light':
      return cs <= 0.5 ? cb * 2 * cs : separable('screen', cb, 2 * cs - 1);
    case 'soft-light': {
      if (cs <= 0.5) return cb - (1 - 2 * cs) * cb * (1 - cb);
      const d = cb <= 0.25 ? ((16 * cb - 12) * cb + 4) * cb : Math.sqrt(cb);
      return cb + (2 * cs - 1) * (d - cb);
    }
    case 'difference':
      return Math.abs(cb - cs);
    case 'exclusion':
      return cb + cs - 2 * cb * cs;
    default:
      return cs;
  }
}

const lum = ([r, g, b]: Rgb): number => 0.3 * r + 0.59 * g + 0.11 * b;

function clipColor(c: Rgb): Rgb {
  const l = lum(c);
  const n = Math.min(...c);
  const x = Math.max(...c);
  let out = c;
  if (n < 0) out = out.map((v) => l + ((v - l) * l) / (l - n)) as Rgb;
  if (x > 1) out = out.map((v) => l + ((v - l) * (1 - l)) / (x - l)) as Rgb;
  return out;
}

const setLum = (c: Rgb, l: number): Rgb => {
  const d = l - lum(c);
  return clipColor([c[0] + d, c[1] + d, c[2] + d]);
};

const sat = (c: Rgb): number => Math.max(...c) - Math.min(...c);

function setSat(c: Rgb, s: number): Rgb {
  const max = Math.max(...c);
  const min = Math.min(...c);
  if (max <= min) return [0, 0, 0];
  return c.map((v) => ((v - min) * s) / (max - min)) as Rgb;
}

/** The non-separable blends (hue, saturation, color, luminosity). */
function nonSeparable(mode: BlendMode, cb: Rgb, cs: Rgb): Rgb {
  switch (mode) {
    case 'hue':
      return setLum(setSat(cs, sat(cb)), lum(cb));
    case 'saturation':
      return setLum(setSat(cb, sat(cs)), lum(cb));
    case 'color':
      return setLum(cs, lum(cb));
    default:
      return setLum(cb, lum(cs));
  }
}

const NON_SEPARABLE: ReadonlySet<BlendMode> = new Set(['hue', 'saturation', 'color', 'luminosity']);

/** Composites `layer` onto `target` with `mode` (not 'normal'), each pixel weighted by coverage × clip × alpha. */
export function compositeBlended(target: Surface, layer: Surface, coverage: Coverage | null, clip: Coverage | null, alpha: number, mode: BlendMode): void {
  let area = intersectBoxes(layer.box, target.box);
  if (area && clip) area = intersectBoxes(area, clip.box);
  if (!area || alpha <= 0) return;
  const src = layer.data;
  const dst = target.data;
  const whole = NON_SEPARABLE.has(mode);
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      let w = alpha;
      if (coverage) w *= coverage.data[(y - coverage.box.y) * coverage.box.width + x - coverage.box.x] ?? 0;
      if (clip) w *= clip.data[(y - clip.box.y) * clip.box.width + x - clip.box.x]!;
      const s = layer.index(x, y) * 4;
      const as = (src[s + 3]! / 255) * w;
      if (as <= 0) continue;
      const d = target.index(x, y) * 4;
      const ab = dst[d + 3]! / 255;
      // Premultiplied source (scaled by w) and backdrop, 0–1.
      const ps: Rgb = [(src[s]! / 255) * w, (src[s + 1]! / 255) * w, (src[s + 2]! / 255) * w];
      const pb: Rgb = [dst[d]! / 255, dst[d + 1]! / 255, dst[d + 2]! / 255];
      if (mode === 'plus-lighter') {
        for (let c = 0; c < 3; c++) dst[d + c] = Math.min(1, ps[c]! + pb[c]!) * 255;
        dst[d + 3] = Math.min(1, as + ab) * 255;
        continue;
      }
      const cs: Rgb = [ps[0] / as, ps[1] / as, ps[2] / as];
      const cb: Rgb = ab > 0 ? [pb[0] / ab, pb[1] / ab, pb[2] / ab] : [0, 0, 0];
      const mixed: Rgb = whole ? nonSeparable(mode, cb, cs) : [separable(mode, cb[0], cs[0]), separable(mode, cb[1], cs[1]), separable(mode, cb[2], cs[2])];
      for (let c = 0; c < 3; c++) dst[d + c] = ((1 - ab) * ps[c]! + (1 - as) * pb[c]! + as * ab * mixed[c]!) * 255;
      dst[d + 3] = (as + ab * (1 - as)) * 255;
    }
  }
}
