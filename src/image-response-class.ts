// ImageResponse for any runtime: a web-standard Response whose body is rendered while it streams; each build gives it its render().
import { CONTENT_TYPES, validateFormat } from './raster/encode/formats.js';

export const DEFAULT_CACHE_CONTROL = 'public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800';

/** What every build's ImageResponse takes besides its render options. */
export interface ResponseOptions {
  /** Image size; default 1200×630 like next/og. */
  readonly width?: number;
  readonly height?: number;
  readonly format?: string;
  readonly status?: number;
  readonly statusText?: string;
  /** Extra or overriding headers (e.g. a different cache-control). */
  readonly headers?: ConstructorParameters<typeof Headers>[0];
}

type RenderBytes<O> = (element: unknown, options: O & { readonly width: number; readonly height: number }) => Promise<Uint8Array>;

/**
 * The ImageResponse class of a build (Node: native canvas; edge: portable rasteriser). Rendering
 * errors abort the body stream; call `render()` yourself when you need to answer them with a status.
 */
export function imageResponseClass<O extends ResponseOptions>(render: RenderBytes<O>): new (element: unknown, options?: O) => Response {
  return class ImageResponse extends Response {
    constructor(element: unknown, options: O = {} as O) {
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
  };
}
