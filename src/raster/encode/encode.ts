// Encoding stage: canvas pixels to PNG (our encoder), JPEG or WebP (sharp), AVIF (Skia's encoder).
import type { Canvas } from '@napi-rs/canvas';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { encodePngAsync, type PaletteMode } from './png.js';
import { encodeLossy } from './lossy.js';
import type { StageClock } from '../../layout/stage-clock.js';

/** svg is written from the display list (raster/svg-output), not encoded from pixels. */
export const IMAGE_FORMATS = ['png', 'jpeg', 'webp', 'avif', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ImageFormat, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

export function validateFormat(format: unknown): ImageFormat {
  const value = format === 'jpg' ? 'jpeg' : format;
  if (typeof value !== 'string' || !(IMAGE_FORMATS as readonly string[]).includes(value)) {
    throw new OgsmithError('INVALID_OPTIONS', `Option format must be one of ${IMAGE_FORMATS.join(', ')}, got ${quote(format)}`);
  }
  return value as ImageFormat;
}

export function validateQuality(quality: unknown): number {
  if (quality === undefined) return 80;
  if (typeof quality !== 'number' || !Number.isInteger(quality) || quality < 1 || quality > 100) {
    throw new OgsmithError('INVALID_OPTIONS', `Option quality must be a whole number from 1 to 100, got ${quote(quality)}`);
  }
  return quality;
}

export function validatePalette(palette: unknown): PaletteMode {
  if (palette === undefined) return 'auto';
  if (palette !== 'auto' && palette !== 'exact' && palette !== 'off') throw new OgsmithError('INVALID_OPTIONS', `Option palette must be auto, exact or off, got ${quote(palette)}`);
  return palette;
}

/**
 * Encodes the canvas; quality (1–100) applies to the lossy formats, palette to PNG. `clock` is
 * charged 'paint' up to the moment encoding starts: for PNG, JPEG and WebP after the pixels are
 * read (which rasterises), for Skia's AVIF encoder before (it rasterises inside).
 */
export async function encodeCanvas(canvas: Canvas, format: ImageFormat, quality: number, palette: PaletteMode = 'auto', clock?: StageClock): Promise<Buffer> {
  if (format === 'png' || format === 'jpeg' || format === 'webp') {
    const pixels = canvas.data();
    clock?.mark('paint');
    return format === 'png' ? encodePngAsync(pixels, canvas.width, canvas.height, palette) : encodeLossy(pixels, canvas.width, canvas.height, format, quality);
  }
  clock?.mark('paint');
  switch (format) {
    case 'avif':
      return canvas.encode('avif', { quality });
    case 'svg':
      throw new OgsmithError('INTERNAL', 'SVG is written from the display list, not encoded from a canvas');
  }
}
