// Decoded raster images kept between portable renders, by content: a card's avatar or logo is decoded once per isolate, not on every render (no node:crypto: an FNV-1a key, the bytes compared on a hit).
import { LRUCache } from 'lru-cache';
import type { PixelImage } from './decode-image.js';
import { sameBytes } from '../../runtime/same-bytes.js';

/** At most 32 MiB of decoded pixels (a 1200×630 photo is 3 MB) in at most 64 images; least recently used go. */
export const MAX_DECODED_IMAGE_BYTES = 32 * 1024 * 1024;
export const MAX_DECODED_IMAGES = 64;
/** Larger files are decoded every time: keeping their bytes for the comparison would cost as much memory as their pixels. */
const MAX_CACHED_FILE_BYTES = 4 * 1024 * 1024;

interface Entry {
  /** The file the pixels came from: a hit must have exactly these bytes (the key is only a hash). */
  readonly bytes: Uint8Array;
  readonly image: PixelImage;
}

const decoded = new LRUCache<string, Entry>({ max: MAX_DECODED_IMAGES, maxSize: MAX_DECODED_IMAGE_BYTES, sizeCalculation: (entry) => Math.max(1, entry.image.data.byteLength + entry.bytes.byteLength) });

/** 32-bit FNV-1a of the bytes, with their length: the cache key. */
function keyOf(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(36)}`;
}

/** The pixels of `bytes`, decoded by `decode` or taken from the cache when the same bytes were decoded before. The pixels are shared: read them, never write them. */
export function decodeCached(bytes: Uint8Array, decode: (bytes: Uint8Array) => PixelImage): PixelImage {
  if (bytes.byteLength > MAX_CACHED_FILE_BYTES) return decode(bytes);
  const key = keyOf(bytes);
  const hit = decoded.get(key);
  if (hit && sameBytes(hit.bytes, bytes)) return hit.image;
  const image = decode(bytes);
  decoded.set(key, { bytes: bytes.slice(), image });
  return image;
}

/** Bytes held now, pixels and files (tests, metrics). */
export const decodedPortableImageBytes = (): number => decoded.calculatedSize;

/** Empties the cache (tests). */
export function clearDecodedImages(): void {
  decoded.clear();
}
