// ImageResponse: a web-standard Response carrying a rendered image, drop-in for next/og route handlers.
import { render, type RenderOptions } from './render.js';
import { CONTENT_TYPES, validateFormat } from './raster/encode/encode.js';
import type { FontInput } from './layout/text/types.js';

export const DEFAULT_CACHE_CONTROL = 'public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800';

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

/**
 * `new ImageResponse(element, options)`: renders while the body streams. Rendering errors abort the
 * body stream; call `render()` yourself when you need to answer them with a status.
 */
export class ImageResponse extends Response {
  constructor(element: unknown, options: ImageResponseOptions = {}) {
    const format = validateFormat(options.format ?? 'png');
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          const bytes = await render(element, { ...options, width: options.width ?? 1200, height: options.height ?? 630 });
          controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          controller.close();
        } catch (error) {
          controller.error(error);
        }
      },
    });
    const headers = new Headers({ 'content-type': CONTENT_TYPES[format], 'cache-control': DEFAULT_CACHE_CONTROL });
    if (options.headers) new Headers(options.headers).forEach((value, key) => headers.set(key, value));
    super(body, { status: options.status ?? 200, statusText: options.statusText, headers });
  }
}
