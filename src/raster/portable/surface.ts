// A pixel surface: premultiplied RGBA bytes, row by row, with the conversion to straight alpha the encoders take.
import { OgsmithError } from '../../errors/catalogue.js';
import type { PixelBox } from './rasterise.js';

/** Premultiplied RGBA pixels of a device rectangle: the canvas (origin 0, 0), or a layer only as large as what it can hold. */
export class Surface {
  readonly data: Uint8ClampedArray;
  /** The same pixels as 32-bit words (little-endian RGBA), for writing opaque pixels at once. */
  readonly words: Uint32Array;
  /** The whole surface as a device pixel box. */
  readonly box: PixelBox;
  /** True once an opaque fill covered it all: source-over (and every blend mode) keeps it opaque, so no pixel needs unpremultiplying. */
  opaque = false;

  /** A transparent surface of width × height device pixels whose top-left pixel is device (x, y), on `pixels` when given (width × height × 4 bytes, all zero for a transparent surface). */
  constructor(readonly width: number, readonly height: number, readonly x = 0, readonly y = 0, pixels?: Uint8ClampedArray) {
    if (pixels && pixels.length !== width * height * 4) throw new OgsmithError('INTERNAL', `A ${width}×${height} surface was given ${pixels.length} bytes of pixels`);
    this.data = pixels ?? new Uint8ClampedArray(width * height * 4);
    this.words = new Uint32Array(this.data.buffer);
    this.box = { x, y, width, height };
  }

  /** The index of device pixel (x, y) in `words` (4× that in `data`). */
  index(x: number, y: number): number {
    return (y - this.y) * this.width + (x - this.x);
  }
}

/** A transparent surface covering `box`. */
export const surfaceOver = (box: PixelBox): Surface => new Surface(box.width, box.height, box.x, box.y);

/** A copy as straight-alpha RGBA, the layout canvas.data() gives: opaque pixels kept as they are, the others divided by alpha. */
export function toStraightAlpha(surface: Surface): Uint8Array {
  return unpremultiplyInPlace(new Uint8Array(surface.data.length), surface);
}

/** Converts the surface's own bytes to straight alpha (the surface is done with) and returns them. */
export function takeStraightAlpha(surface: Surface): Uint8Array {
  if (surface.opaque) return new Uint8Array(surface.data.buffer, surface.data.byteOffset, surface.data.byteLength);
  return unpremultiplyInPlace(null, surface);
}

function unpremultiplyInPlace(copy: Uint8Array | null, surface: Surface): Uint8Array {
  const out = copy ?? new Uint8Array(surface.data.buffer, surface.data.byteOffset, surface.data.byteLength);
  if (copy) copy.set(surface.data);
  const words = new Uint32Array(out.buffer, out.byteOffset, out.byteLength / 4);
  for (let p = 0; p < words.length; p++) {
    const word = words[p]!;
    const a = word >>> 24;
    if (a === 255) continue;
    if (a === 0) {
      words[p] = 0;
      continue;
    }
    const k = 255 / a;
    const i = p * 4;
    out[i] = Math.min(255, Math.round((word & 255) * k));
    out[i + 1] = Math.min(255, Math.round(((word >>> 8) & 255) * k));
    out[i + 2] = Math.min(255, Math.round(((word >>> 16) & 255) * k));
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
