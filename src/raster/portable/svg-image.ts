// SVG images on the portable backend: the vector scene rasterised at its own size (as the native canvas rasterises an SVG image), then drawn like any image; rasters cached per source.
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import { parseSvgScene } from '../vector/parse-svg.js';
import { PortableContext } from './context.js';
import type { PixelImage } from './decode-image.js';
import { Surface } from './surface.js';
import { drawScene, type EmbeddedDecoder } from './vector-scene.js';

/** Largest side, in pixels, an SVG image is rasterised at (larger ones are scaled down to it). */
export const MAX_SVG_RASTER_SIDE = 4096;
const MAX_CACHED_BYTES = 16 * 1024 * 1024;

const rasters = boundedCache<string, PixelImage>({ name: 'portable_svg_rasters', maxBytes: MAX_CACHED_BYTES, sizeOf: (image, key) => image.data.byteLength + keyBytes(key) + 64 });

/** SVG documents up to this many bytes are cached by their text (image source keys name nodes of one render, not contents). */
const MAX_CACHED_SVG_BYTES = 16 * 1024;
const decoder = new TextDecoder();

/** The SVG image as premultiplied pixels of its intrinsic size (small documents cached by their text). */
export function rasteriseSvg(bytes: Uint8Array, decodeEmbedded: EmbeddedDecoder): PixelImage {
  const key = bytes.byteLength <= MAX_CACHED_SVG_BYTES ? decoder.decode(bytes) : null;
  const known = key === null ? undefined : rasters.get(key);
  if (known) return known;
  const scene = parseSvgScene(bytes);
  const fit = Math.min(1, MAX_SVG_RASTER_SIDE / Math.max(scene.width, scene.height, 1));
  const width = Math.max(1, Math.ceil(scene.width * fit));
  const height = Math.max(1, Math.ceil(scene.height * fit));
  const surface = new Surface(width, height);
  if (scene.width > 0 && scene.height > 0) drawScene(new PortableContext(surface), scene, [(width / scene.width), 0, 0, height / scene.height, 0, 0], decodeEmbedded);
  const image: PixelImage = { width, height, data: surface.data };
  if (key !== null && image.data.byteLength <= MAX_CACHED_BYTES / 4) rasters.set(key, image);
  return image;
}

/** Empties the raster cache (tests). */
export function clearSvgRasters(): void {
  rasters.clear();
}
