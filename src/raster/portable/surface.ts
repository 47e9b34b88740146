// A pixel surface: premultiplied RGBA bytes, row by row, with the conversion to straight alpha the encoders take.
import type { PixelBox } from './rasterise.js';

export class Surface {
  readonly data: Uint8ClampedArray;

  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }

  /** The whole surface as a pixel box. */
  get box(): PixelBox {
    return { x: 0, y: 0, width: this.width, height: this.height };
  }
}

/** Straight-alpha RGBA, the layout canvas.data() gives. */
export function toStraightAlpha(surface: Surface): Uint8Array {
  const source = surface.data;
  const out = new Uint8Array(source.length);
  for (let i = 0; i < source.length; i += 4) {
    const a = source[i + 3]!;
    if (a === 0) continue;
    if (a === 255) {
      out[i] = source[i]!;
      out[i + 1] = source[i + 1]!;
      out[i + 2] = source[i + 2]!;
      out[i + 3] = 255;
      continue;
    }
    const k = 255 / a;
    out[i] = Math.min(255, Math.round(source[i]! * k));
    out[i + 1] = Math.min(255, Math.round(source[i + 1]! * k));
    out[i + 2] = Math.min(255, Math.round(source[i + 2]! * k));
    out[i + 3] = a;
  }
  return out;
}

/** The intersection of two pixel boxes, or null when they do not overlap. */
export function intersectBoxes(a: PixelBox, b: PixelBox): PixelBox | null {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}
