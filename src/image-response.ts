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

type ImageResponseConstructor = new (element: unknown, options?: ImageResponseOptions) => Response;

let responseClass: ImageResponseConstructor | undefined;

/**
 * The class extending the global Response, made at the first `new ImageResponse()`: on Node,
 * reading `Response` loads Node's fetch implementation (undici), 30–80 ms of a cold start that a
 * program rendering PNGs never needs. Its prototype is put under ImageResponse's then, so
 * `instanceof ImageResponse`, `instanceof Response` and subclasses work as with a plain class.
 */
function responseClassNow(): ImageResponseConstructor {
  if (responseClass) return responseClass;
  responseClass = imageResponseClass<ImageResponseOptions>(render);
  Object.setPrototypeOf(ImageResponse.prototype, responseClass.prototype);
  Object.setPrototypeOf(ImageResponse, responseClass);
  return responseClass;
}

/** `new ImageResponse(element, options)`: renders while the body streams. Rendering errors abort the body stream. */
export const ImageResponse = function ImageResponse(this: unknown, element: unknown, options?: ImageResponseOptions): Response {
  if (new.target === undefined) throw new TypeError("Class constructor ImageResponse cannot be invoked without 'new'");
  return Reflect.construct(responseClassNow(), [element, options], new.target) as Response;
} as unknown as ImageResponseConstructor;

/** An ImageResponse is a Response (with the image as its body). */
export type ImageResponse = Response;
