// Decoded pixels per image and per render, charged from image headers before any decode, whatever the format.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { decodedSize, type DecodedSize } from './decoded-size.js';

export interface ImagePixelLimits {
  /** Pixels one image may decode to (GIF: its screen grown to cover every frame). */
  readonly perImage: number;
  /** Pixels all images of one render may decode to together. */
  readonly perRender: number;
}

export const DEFAULT_IMAGE_PIXEL_LIMITS: ImagePixelLimits = { perImage: 50_000_000, perRender: 50_000_000 };

/** One render's running count; `charge` throws IMAGE_TOO_LARGE (413) naming the image and its size. */
export class ImagePixelBudget {
  private used = 0;
  private readonly limits: ImagePixelLimits;

  constructor(limits: Partial<ImagePixelLimits> = {}) {
    this.limits = { ...DEFAULT_IMAGE_PIXEL_LIMITS, ...limits };
  }

  /** Reads the image's decoded size from its headers and counts it; unreadable bytes throw INVALID_IMAGE. */
  charge(name: string, bytes: Uint8Array): DecodedSize {
    let size: DecodedSize;
    try {
      size = decodedSize(bytes);
    } catch (error) {
      throw new OgsmithError('INVALID_IMAGE', `Image ${quote(name)} has an unreadable header: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    this.chargeSize(name, size);
    return size;
  }

  /** Counts an image whose decoded size is already known. */
  chargeSize(name: string, size: DecodedSize): void {
    const pixels = size.width * size.height;
    const described = `${quote(name)} (${size.type}, ${size.width}×${size.height} px when decoded)`;
    if (pixels > this.limits.perImage) throw new OgsmithError('IMAGE_TOO_LARGE', `Image ${described} is over the limit of ${this.limits.perImage} pixels per image`);
    this.used += pixels;
    if (this.used > this.limits.perRender) {
      throw new OgsmithError('IMAGE_TOO_LARGE', `Image ${described} brings this render's images to ${this.used} decoded pixels; the limit is ${this.limits.perRender} per render`);
    }
  }

  /** Decoded pixels counted so far. */
  get pixels(): number {
    return this.used;
  }
}
