// Output formats and their options, checked before anything renders (runtime-neutral: the edge build uses them too).
import { OgsmithError, quote } from '../../errors/catalogue.js';
import type { PaletteMode } from './png.js';

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
