// A fast, deterministic PNG encoder for canvas pixels: RGB when opaque, filter None, zlib deflate.
import { deflate, deflateSync } from 'node:zlib';
import { toPalette } from './palette.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = -1;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

/** PNG bytes of the filtered scanlines, with the IHDR for the colour type (and PLTE/tRNS for palettes). */
function assemble(width: number, height: number, colorType: 2 | 3 | 6, compressed: Uint8Array, palette?: Uint32Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType;
  const chunks = [SIGNATURE, chunk('IHDR', header)];
  if (palette) {
    const rgb = new Uint8Array(palette.length * 3);
    const alpha = new Uint8Array(palette.length);
    let translucent = false;
    palette.forEach((c, i) => {
      rgb[i * 3] = c & 0xff;
      rgb[i * 3 + 1] = (c >>> 8) & 0xff;
      rgb[i * 3 + 2] = (c >>> 16) & 0xff;
      alpha[i] = c >>> 24;
      if (alpha[i] !== 255) translucent = true;
    });
    chunks.push(chunk('PLTE', rgb));
    if (translucent) chunks.push(chunk('tRNS', alpha));
  }
  chunks.push(chunk('IDAT', compressed), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(chunks);
}

/**
 * Scanlines with filter type None: RGB when every pixel is opaque, else RGBA. Measured on 1200×630
 * cards (docs/encoding.md), None + deflate level 6 beats Sub/Up/adaptive filters: Skia dithers
 * gradients with a repeating pattern that LZ matching finds, and filters would turn it into noise.
 */
export function scanlines(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): { data: Buffer; colorType: 2 | 6 } {
  const aligned = rgba.byteOffset % 4 === 0;
  const pixels = aligned ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(Uint8Array.from(rgba).buffer);
  // Little-endian words: alpha is the top byte.
  let opaque = true;
  for (let i = 0; i < pixels.length; i++) {
    if (pixels[i]! < 0xff000000) {
      opaque = false;
      break;
    }
  }
  const source = width * 4;
  if (!opaque) {
    const data = Buffer.allocUnsafe((source + 1) * height);
    for (let y = 0; y < height; y++) {
      data[y * (source + 1)] = 0;
      data.set(rgba.subarray(y * source, y * source + source), y * (source + 1) + 1);
    }
    return { data, colorType: 6 };
  }
  const stride = width * 3;
  const data = Buffer.allocUnsafe((stride + 1) * height);
  let d = 0;
  let p = 0;
  for (let y = 0; y < height; y++) {
    data[d++] = 0;
    for (let x = 0; x < width; x++) {
      const v = pixels[p++]!;
      data[d] = v & 0xff;
      data[d + 1] = (v >>> 8) & 0xff;
      data[d + 2] = (v >>> 16) & 0xff;
      d += 3;
    }
  }
  return { data, colorType: 2 };
}

export const DEFLATE_OPTIONS = { level: 6, memLevel: 9 } as const;
/** Index bytes compress nearly as well at level 4 as at 6, in two thirds of the time (docs/encoding.md). */
export const PALETTE_DEFLATE_OPTIONS = { level: 4, memLevel: 9 } as const;

/**
 * How PNGs may use a palette: 'auto' (default) when the image fits 256 colours with at most
 * PALETTE_MAX_ERROR levels of difference per channel (anti-aliasing shades only), 'exact' only
 * when it fits losslessly, 'off' never.
 */
export type PaletteMode = 'auto' | 'exact' | 'off';
export const PALETTE_MAX_ERROR = 6;
const PALETTE_BOUNDS: Readonly<Record<Exclude<PaletteMode, 'off'>, readonly number[]>> = { exact: [0], auto: [0, 2, 4, PALETTE_MAX_ERROR] };

function pixelWords(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint32Array {
  return rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, count) : new Uint32Array(Uint8Array.from(rgba).buffer);
}

/** Indexed scanlines (filter None) when the palette mode allows it, else null. */
function paletteScanlines(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, mode: PaletteMode): { data: Buffer; palette: Uint32Array } | null {
  if (mode === 'off') return null;
  const image = toPalette(pixelWords(rgba, width * height), PALETTE_BOUNDS[mode]);
  if (!image) return null;
  const data = Buffer.allocUnsafe((width + 1) * height);
  for (let y = 0; y < height; y++) {
    data[y * (width + 1)] = 0;
    data.set(image.indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  return { data, palette: image.colors };
}

/** Unpremultiplied RGBA (as canvas.data() gives it) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Buffer {
  const indexed = paletteScanlines(rgba, width, height, palette);
  if (indexed) return assemble(width, height, 3, deflateSync(indexed.data, PALETTE_DEFLATE_OPTIONS), indexed.palette);
  const { data, colorType } = scanlines(rgba, width, height);
  return assemble(width, height, colorType, deflateSync(data, DEFLATE_OPTIONS));
}

/** The same bytes as encodePng, with the deflate step on libuv's thread pool (the event loop stays free). */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Promise<Buffer> {
  const deflated = (data: Buffer, options: typeof DEFLATE_OPTIONS | typeof PALETTE_DEFLATE_OPTIONS) => new Promise<Buffer>((resolve, reject) => deflate(data, options, (error, result) => (error ? reject(error) : resolve(result))));
  const indexed = paletteScanlines(rgba, width, height, palette);
  if (indexed) return assemble(width, height, 3, await deflated(indexed.data, PALETTE_DEFLATE_OPTIONS), indexed.palette);
  const { data, colorType } = scanlines(rgba, width, height);
  return assemble(width, height, colorType, await deflated(data, DEFLATE_OPTIONS));
}
