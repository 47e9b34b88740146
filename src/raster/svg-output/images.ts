// Images in SVG: each source's original bytes embedded once as a data: URL in <defs>, placed with <use>.
import { sniffImage } from '../../server/fetch/sniff.js';
import type { Rect } from '../display-list/types.js';
import type { Translation } from './glyphs.js';
import type { SvgDefs } from './svg-defs.js';
import { num } from './svg-text.js';

const startsWithText = (bytes: Uint8Array, text: string, at = 0): boolean => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The MIME type of image bytes from their magic numbers (SVG: text starting with `<`). */
export function imageMimeType(bytes: Uint8Array): string {
  const sniffed = sniffImage(bytes);
  if (sniffed) return `image/${sniffed}`;
  if (startsWithText(bytes, 'ftyp', 4) && (startsWithText(bytes, 'avif', 8) || startsWithText(bytes, 'avis', 8))) return 'image/avif';
  return 'image/svg+xml';
}

/** Standard base64 with the web-standard btoa over chunks of a binary string: no Node API, runs in any runtime. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x6000; // a multiple of 3, so chunks join without padding in between
  for (let i = 0; i < bytes.length; i += CHUNK) out += btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return out;
}

/** The id of a 1×1 <image> of the source's bytes, stretched by the transform of each <use>. */
export function imageId(source: string, bytes: Uint8Array, defs: SvgDefs, pixelated = false): string {
  // image-rendering: pixelated is SVG's optimizeSpeed (nearest-neighbour scaling), set on the image itself: a second definition.
  const rendering = pixelated ? ' image-rendering="optimizeSpeed"' : '';
  return defs.defineNamed(`i-${defs.nameOf(source)}${pixelated ? '-px' : ''}`, (id) => `<image id="${id}" width="1" height="1" preserveAspectRatio="none"${rendering} href="data:${imageMimeType(bytes)};base64,${base64(bytes)}"/>`);
}

/**
 * Where the canvas draws an image under a translation: Skia draws images without anti-aliased
 * edges, covering the pixels whose centres fall inside, so each edge moves to the nearest whole
 * device pixel (x.5 rounding up). Other transforms keep the rectangle as it is.
 */
export function snapImageRect(rect: Rect, translation: Translation | null): Rect {
  if (!translation) return rect;
  const x = Math.round(rect.x + translation.x) - translation.x;
  const y = Math.round(rect.y + translation.y) - translation.y;
  return { x, y, width: Math.round(rect.x + rect.width + translation.x) - translation.x - x, height: Math.round(rect.y + rect.height + translation.y) - translation.y - y };
}

/** The image stretched over x, y, width, height. */
export function useImage(id: string, x: number, y: number, width: number, height: number): string {
  return `<use href="#${id}" transform="matrix(${num(width, 4)} 0 0 ${num(height, 4)} ${num(x, 4)} ${num(y, 4)})"/>`;
}
