// Encoding stage: canvas pixels to PNG (our encoder), JPEG or WebP (sharp), AVIF (Skia's encoder).
import type { Canvas } from '@napi-rs/canvas';
import { OgsmithError } from '../../errors/catalogue.js';
import type { ImageFormat } from './formats.js';
import { encodePngAsync, type PaletteMode } from './png.js';
import { encodeLossy } from './lossy.js';
import { releasePixels } from './release-pixels.js';
import type { StageClock } from '../../layout/stage-clock.js';

export { IMAGE_FORMATS, CONTENT_TYPES, validateFormat, validateQuality, validatePalette, type ImageFormat } from './formats.js';

/**
 * Encodes the canvas; quality (1–100) applies to the lossy formats, palette to PNG. `clock` is
 * charged 'paint' up to the moment encoding starts: for PNG, JPEG and WebP after the pixels are
 * read (which rasterises), for Skia's AVIF encoder before (it rasterises inside).
 */
export async function encodeCanvas(canvas: Canvas, format: ImageFormat, quality: number, palette: PaletteMode = 'auto', clock?: StageClock): Promise<Buffer> {
  if (format === 'png' || format === 'jpeg' || format === 'webp') {
    const pixels = canvas.data();
    clock?.mark('paint');
    try {
      return await (format === 'png' ? encodePngAsync(pixels, canvas.width, canvas.height, palette) : encodeLossy(pixels, canvas.width, canvas.height, format, quality));
    } finally {
      releasePixels(pixels);
    }
  }
  clock?.mark('paint');
  switch (format) {
    case 'avif':
      return canvas.encode('avif', { quality });
    case 'svg':
      throw new OgsmithError('INTERNAL', 'SVG is written from the display list, not encoded from a canvas');
  }
}
