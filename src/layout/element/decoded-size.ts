// The size of the bitmap an image decodes to, read from its headers before anything decodes it.
import { imageSize } from 'image-size';
import { gifCanvasSize } from './gif-canvas-size.js';
import { jpegFrameSize } from './jpeg-frame-size.js';
import { webpCanvasSize } from './webp-canvas-size.js';

export interface DecodedSize {
  /** image-size's type name: png, jpg, gif, webp, avif, svg... */
  readonly type: string;
  readonly width: number;
  readonly height: number;
}

const startsWith = (bytes: Uint8Array, text: string, at = 0): boolean => {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** Rectangles only the format's own walk sees (GIF frames, every JPEG frame header, WebP chunks); null for other formats. */
function walkedSize(bytes: Uint8Array): DecodedSize | null {
  if (startsWith(bytes, 'GIF8')) return { type: 'gif', ...gifCanvasSize(bytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegFrameSize(bytes);
    if (!size) throw new Error('the JPEG has no frame header');
    return { type: 'jpg', ...size };
  }
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) {
    const size = webpCanvasSize(bytes);
    if (!size) throw new Error('the WebP has no image chunk');
    return { type: 'webp', ...size };
  }
  return null;
}

/**
 * Width and height of the largest bitmap a decoder allocates for these bytes: GIFs count every
 * frame, JPEGs every frame header, WebPs every frame, AVIF/HEIF their largest item (image-size),
 * SVGs the size they ask to be rasterised at, other formats their header. Throws when unreadable.
 */
export function decodedSize(bytes: Uint8Array): DecodedSize {
  const walked = walkedSize(bytes);
  if (walked) return walked;
  const size = imageSize(bytes);
  if (size.width === undefined || size.height === undefined) throw new Error('the image has no intrinsic size');
  const largest = (size.images ?? []).reduce((best, image) => (image.width * image.height > best.width * best.height ? image : best), { width: size.width, height: size.height });
  return { type: size.type ?? 'image', width: largest.width, height: largest.height };
}
