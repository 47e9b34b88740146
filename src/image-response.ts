// ImageResponse (Node): a web-standard Response carrying a rendered image, drop-in for next/og route handlers.
import { render, type RenderOptions } from './render.js';
import { imageResponseClass } from './image-response-class.js';
import type { FontInput } from './layout/text/types.js';

export { DEFAULT_CACHE_CONTROL } from './image-response-class.js';

/** next/og's font entry: { name, data, weight, style, lang }; lang is accepted and not needed (fallback goes by the characters each font has). */
export type NextOgFont = FontInput & { readonly lang?: string };

/**
 * next/og's options (width, height, fonts, emoji: twemoji | noto | openmoji | fluent | fluentFlat, debug,
 * status, statusText, headers) and the rest of render()'s (format, strict…).
 */
export interface ImageResponseOptions extends Partial<Omit<RenderOptions, 'width' | 'height' | 'fonts'>> {
  readonly fonts?: readonly NextOgFont[];
  /** Image size; default 1200×630 like next/og. */
  readonly width?: number;
  readonly height?: number;
  readonly status?: number;
  readonly statusText?: string;
  /** Extra or overriding headers (e.g. a different cache-control). */
  readonly headers?: ConstructorParameters<typeof Headers>[0];
}

/** `new ImageResponse(element, options)`: renders while the body streams. Rendering errors abort the body stream. */
export class ImageResponse extends imageResponseClass<ImageResponseOptions>(render) {}
