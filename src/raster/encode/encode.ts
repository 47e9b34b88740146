// Encoding stage: canvas pixels to PNG (our encoder), JPEG, WebP or AVIF (Skia's encoders).
import type { Canvas } from '@napi-rs/canvas';
import { OgsmithError } from '../../errors/catalogue.js';
import type { ImageFormat } from './formats.js';
import { encodePngAsync, type PaletteMode } from './png.js';
import { wakeBandHelper } from './parallel/band-helper.js';
import type { StageClock } from '../../layout/stage-clock.js';

export { IMAGE_FORMATS, CONTENT_TYPES, validateFormat, validateQuality, validatePalette, type ImageFormat } from './formats.js';

/**
 * Encodes the canvas; quality (1–100) applies to the lossy formats, palette to PNG. `clock` is
 * charged 'paint' up to the moment encoding starts: for PNG after the pixels are read (which
 * rasterises), for Skia's encoders before (they rasterise inside).
 */
export async function encodeCanvas(canvas: Canvas, format: ImageFormat, quality: number, palette: PaletteMode = 'auto', clock?: StageClock): Promise<Buffer> {
  if (format === 'png') {
    wakeBandHelper(canvas.width, canvas.height);
    const pixels = canvas.data();
    clock?.mark('paint');
    return encodePngAsync(pixels, canvas.width, canvas.height, palette);
  }
  clock?.mark('paint');
  switch (format) {
    case 'jpeg':
      return canvas.encode('jpeg', quality);
    case 'webp':
      return canvas.encode('webp', quality);
    case 'avif':
      return canvas.encode('avif', { quality });
    case 'svg':
      throw new OgsmithError('INTERNAL', 'SVG is written from the display list, not encoded from a canvas');
  }
}
