// Image decoding without native code: PNG (fast-png), JPEG (jpeg-js), GIF's first frame (omggif), SVG (vector scenes) to premultiplied RGBA; other formats refused with a coded error.
import { decode as decodePngFile, convertIndexedToRgb } from 'fast-png';
import { decode as decodeJpegFile } from 'jpeg-js';
import { GifReader } from 'omggif';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { decodedSize } from '../../layout/element/decoded-size.js';
import { decodeCached } from './decoded-images.js';
import { rasteriseSvg } from './svg-image.js';

/** Decoded pixels, premultiplied RGBA bytes row by row. */
export interface PixelImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Straight RGBA bytes to premultiplied, in place. */
function premultiply(rgba: Uint8ClampedArray): Uint8ClampedArray {
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]!;
    if (a === 255) continue;
    const k = a / 255;
    rgba[i] = rgba[i]! * k;
    rgba[i + 1] = rgba[i + 1]! * k;
    rgba[i + 2] = rgba[i + 2]! * k;
  }
  return rgba;
}

function fromPng(bytes: Uint8Array): PixelImage {
  const png = decodePngFile(bytes);
  const { width, height } = png;
  const out = new Uint8ClampedArray(width * height * 4);
  const indexed = png.palette !== undefined;
  const source = indexed ? convertIndexedToRgb(png) : png.data;
  const channels = indexed ? source.length / (width * height) : png.channels;
  const shift = !indexed && png.depth === 16 ? 8 : 0;
  // Sub-byte grey depths arrive packed; fast-png unpacks only indexed data, so scale by the depth's maximum.
  const greyScale = !indexed && png.depth < 8 ? 255 / ((1 << png.depth) - 1) : 1;
  const packed = !indexed && png.depth < 8;
  for (let p = 0; p < width * height; p++) {
    const read = (c: number): number => {
      if (!packed) return source[p * channels + c]! >> shift;
      const bit = ((p % width) * channels + c) * png.depth;
      const rowBytes = Math.ceil((width * channels * png.depth) / 8);
      const byte = source[Math.floor(p / width) * rowBytes + (bit >> 3)]!;
      return ((byte >> (8 - png.depth - (bit & 7))) & ((1 << png.depth) - 1)) * greyScale;
    };
    const o = p * 4;
    if (channels >= 3) {
      out[o] = read(0);
      out[o + 1] = read(1);
      out[o + 2] = read(2);
      out[o + 3] = channels === 4 ? read(3) : 255;
    } else {
      const grey = read(0);
      out[o] = out[o + 1] = out[o + 2] = grey;
      out[o + 3] = channels === 2 ? read(1) : 255;
    }
  }
  return { width, height, data: premultiply(out) };
}

/**
 * A PNG whose pixel data is cut short or fails its checksum decodes as transparent pixels of its
 * header's size, as Skia (backend native) and browsers show an image they could not finish.
 */
function fromPngOrBlank(bytes: Uint8Array, size: { readonly width: number; readonly height: number }): PixelImage {
  try {
    return fromPng(bytes);
  } catch {
    return { width: size.width, height: size.height, data: new Uint8ClampedArray(size.width * size.height * 4) };
  }
}

function fromJpeg(bytes: Uint8Array): PixelImage {
  const image = decodeJpegFile(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 1000, maxMemoryUsageInMB: 2048 });
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
}

function fromGif(bytes: Uint8Array): PixelImage {
  const reader = new GifReader(bytes);
  const data = new Uint8ClampedArray(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, data as unknown as Uint8Array);
  return { width: reader.width, height: reader.height, data: premultiply(data) };
}

/** An image embedded in an SVG (data: URL bytes), decoded; one that fails draws nothing, as in the native canvas. */
function decodeEmbedded(bytes: Uint8Array): PixelImage | null {
  try {
    return decodeImage('embedded in an SVG', bytes);
  } catch {
    return null;
  }
}

/** Decodes image bytes (a PNG, JPEG, GIF or SVG) named `name` in errors; raster files are decoded once per content (decoded-images.ts), SVG documents rasterised once per text (svg-image.ts). The pixels are shared: read only. */
export function decodeImage(name: string, bytes: Uint8Array): PixelImage {
  const size = decodedSize(bytes);
  const { type } = size;
  switch (type) {
    case 'png':
      return decodeCached(bytes, () => fromPngOrBlank(bytes, size));
    case 'jpg':
      return decodeCached(bytes, fromJpeg);
    case 'gif':
      return decodeCached(bytes, fromGif);
    case 'svg':
      return rasteriseSvg(bytes, decodeEmbedded);
    default:
      throw new OgsmithError('IMAGE_FORMAT_UNSUPPORTED', `Image ${quote(name)} is a ${type.toUpperCase()} image, which the portable backend cannot decode (PNG, JPEG, GIF and SVG only); use backend 'native'`);
  }
}
