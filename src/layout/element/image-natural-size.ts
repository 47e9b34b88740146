// Reads an image's natural size from a data: URL or bytes, without decoding pixels.
import { imageSize } from 'image-size';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';

const DATA_URL = /^\s*data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,/i;

/** Data: URLs this long or longer are remembered once decoded; shorter ones decode faster than a lookup pays. */
const REMEMBERED_DATA_URL_LENGTH = 1024;
/**
 * Decoded data: URLs by their text: a template's photo or logo comes as the same string on every
 * render, and its base64 is read by the request check, the layout and the display list.
 */
const decodedDataUrls = boundedCache<string, Uint8Array>({ name: 'data_urls', maxBytes: 16 * 1024 * 1024, sizeOf: (bytes, key) => bytes.byteLength + keyBytes(key) + 64 });
/**
 * Natural sizes of remembered data: URLs' bytes (never written, so their size never changes), read once:
 * image-size copies a JPEG's tail to read it (a 120 KB ArrayBuffer a render for the photo card's
 * background, counted by V8 towards its next full collection). Bytes from elsewhere (an image resolver's)
 * may be changed by their owner between renders and are read every time. null: not read yet.
 */
const sizesOfRemembered = new WeakMap<Uint8Array, { readonly width: number; readonly height: number } | null>();

/**
 * Bytes of a data: URL, or null when the source is not one; whitespace around it and inside base64
 * is ignored, as browsers do. The bytes may be shared with other callers: read them, never write.
 */
export function dataUrlBytes(src: string): Uint8Array | null {
  if (src.length < REMEMBERED_DATA_URL_LENGTH) return decodeDataUrl(src);
  const remembered = decodedDataUrls.get(src);
  if (remembered) return remembered;
  const bytes = decodeDataUrl(src);
  if (bytes) {
    decodedDataUrls.set(src, bytes);
    sizesOfRemembered.set(bytes, null);
  }
  return bytes;
}

function decodeDataUrl(src: string): Uint8Array | null {
  const match = DATA_URL.exec(src);
  if (!match) return null;
  const payload = src.slice(match[0].length);
  if (match[3]) {
    const binary = atob(payload.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  return new TextEncoder().encode(decodeURIComponent(payload));
}

/** Natural width/height of encoded image bytes in CSS px (EXIF rotation applied). Throws on unreadable data. */
export function naturalSize(bytes: Uint8Array): { width: number; height: number } {
  const known = sizesOfRemembered.get(bytes);
  if (known) return { width: known.width, height: known.height };
  const natural = readNaturalSize(bytes);
  if (known === null) sizesOfRemembered.set(bytes, natural);
  return { width: natural.width, height: natural.height };
}

function readNaturalSize(bytes: Uint8Array): { width: number; height: number } {
  const size = imageSize(bytes);
  if (size.width === undefined || size.height === undefined) throw new Error('the image has no intrinsic size');
  const rotated = size.orientation !== undefined && size.orientation >= 5;
  return rotated ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}
