// Decoded images kept between renders, by content: a template's logo or background photo is decoded once, not on every render.
import { nodeCrypto } from '../../runtime/require-module.js';
import type { Image } from '@napi-rs/canvas';
import { loadImage } from './skia.js';
import { boundedCache } from '../../runtime/cache-budget.js';

/** At most 48 MiB of decoded pixels (a 1200×630 photo is 3 MB), 64 images. */
export const DECODED_IMAGES_MAX_BYTES = 48 * 1024 * 1024;

const decodedImages = boundedCache<string, Image>({ name: 'decoded_images', maxBytes: DECODED_IMAGES_MAX_BYTES, maxEntries: 64, sizeOf: (image) => image.width * image.height * 4 });

/** The decoded image of `bytes`, from the cache when the same bytes were decoded before (a SHA-1 of them is the key). */
export async function decodeCached(bytes: Uint8Array): Promise<Image> {
  const key = nodeCrypto().createHash('sha1').update(bytes).digest('base64');
  const hit = decodedImages.get(key);
  if (hit) return hit;
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  decodedImages.set(key, image);
  return image;
}

/** Bytes of decoded pixels held now (for metrics and tests). */
export const decodedImageBytes = (): number => decodedImages.calculatedSize;
