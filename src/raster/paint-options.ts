// What every raster backend takes besides the display list, and the image pixel budget both charge before decoding.
import { isOgsmithError, OgsmithError } from '../errors/catalogue.js';
import { ImagePixelBudget, type ImagePixelLimits } from '../layout/element/image-pixel-budget.js';
import type { DisplayList } from './display-list/types.js';

export interface PaintOptions {
  /** false: an image that cannot be decoded leaves its box empty and adds a warning. */
  readonly strict: boolean;
  readonly warnings: string[];
  /** Decoded pixels per image and per render (default 50 MP each), checked from the headers before any image decodes. */
  readonly imageLimits?: Partial<ImagePixelLimits>;
}

/** Throws in strict mode; otherwise records the failure as a warning. */
export function reportImageFailure(options: PaintOptions, failure: OgsmithError): void {
  if (options.strict) throw failure;
  options.warnings.push(`${failure.code}: ${failure.message}`);
}

/**
 * The images of the list that fit the render's pixel budget, read from their headers only (never a
 * URL or a path): an image bomb of any format (img, background, emoji) is refused before any decoder
 * allocates for it. An unreadable header is an INVALID_IMAGE (a warning when not strict).
 */
export function chargedImages(list: DisplayList, options: PaintOptions): Map<string, Uint8Array> {
  const budget = new ImagePixelBudget(options.imageLimits);
  const readable = new Map<string, Uint8Array>();
  for (const [key, bytes] of list.images) {
    try {
      budget.charge(key, bytes);
      readable.set(key, bytes);
    } catch (error) {
      if (!isOgsmithError(error) || error.code !== 'INVALID_IMAGE') throw error;
      reportImageFailure(options, error);
    }
  }
  return readable;
}
