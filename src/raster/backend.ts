// Which raster backend paints a render: 'native' (@napi-rs/canvas, Skia) or 'portable' (pure TypeScript, runs anywhere).
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { ImageFormat } from './encode/encode.js';

export const RASTER_BACKENDS = ['native', 'portable'] as const;
export type RasterBackend = (typeof RASTER_BACKENDS)[number];

export function validateBackend(backend: unknown): RasterBackend {
  if (backend === undefined) return 'native';
  if (typeof backend !== 'string' || !(RASTER_BACKENDS as readonly string[]).includes(backend)) {
    throw new OgsmithError('INVALID_OPTIONS', `Option backend must be one of ${RASTER_BACKENDS.join(', ')}, got ${quote(backend)}`);
  }
  return backend as RasterBackend;
}

/** The portable backend encodes PNG only (with ogsmith's own encoder); the lossy formats need Skia's encoders. */
export function checkBackendFormat(backend: RasterBackend, format: ImageFormat): void {
  if (backend === 'portable' && format !== 'png') {
    throw new OgsmithError('INVALID_OPTIONS', `Option format ${quote(format)} needs backend 'native': backend 'portable' encodes png only`);
  }
}
