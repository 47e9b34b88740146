// A fast, deterministic PNG encoder for canvas pixels, on the calling thread: palette rows or filtered RGB(A) rows for zlib, or RGB(A) matched pixel by pixel.
import { crc32, deflateSync, type ZlibOptions } from 'node:zlib';
import { yieldIfLoopIdle } from './event-loop-turn.js';
import { bandRanges, toPalette } from './palette.js';
import { scanRows } from './palette/count-band.js';
import { adler32Combine, rgbaScanlines, rgbScanlines, unpremultiply, writePaletteRows } from './scanlines.js';
import { matchBand, maxMatchableWidth } from './deflate/pixel-matcher.js';
import { writeDynamicBlock } from './deflate/dynamic-block.js';
import { applySubFilter, repeatsNeighbours } from './rgb-rows.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib stream header: deflate with a 32 KiB window, no dictionary (CMF·256 + FLG is a multiple of 31). */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);

/** RGB(A) rows of photographs and images too wide for the pixel matcher: filter Sub at level 3 (docs/encoding.md). */
export const DEFLATE_OPTIONS = { level: 3, memLevel: 9 } as const;
/** Smooth images the matcher writes poorly (radial rings, blurred shadows): filter None at level 6, whose longer search finds the rings' repeats. */
export const SMOOTH_DEFLATE_OPTIONS = { level: 6, memLevel: 9 } as const;
/** Matched output above this many bytes per pixel is tried again with zlib (SMOOTH_DEFLATE_OPTIONS), and the smaller kept. */
export const MATCHED_MAX_BYTES_PER_PIXEL = 0.15;
/** Index rows (docs/encoding.md has the level against time and bytes). */
export const PALETTE_DEFLATE_OPTIONS = { level: 4, memLevel: 9 } as const;

/**
 * How PNGs may use a palette: 'auto' (default) when the image fits 256 colours with at most
 * PALETTE_MAX_ERROR levels of difference per channel (anti-aliasing shades only), 'exact' only
 * when it fits losslessly, 'off' never.
 */
export type PaletteMode = 'auto' | 'exact' | 'off';
export const PALETTE_MAX_ERROR = 6;
/** 'auto': lossless when the image has at most 256 colours, else shades merged up to the full bound (fewer entries compress better and faster than the tightest bound that fits). */
const PALETTE_BOUNDS: Readonly<Record<Exclude<PaletteMode, 'off'>, readonly number[]>> = { exact: [0], auto: [0, PALETTE_MAX_ERROR] };

type ColorType = 2 | 3 | 6;

/** How the image is stored: the colour type, the palette if any, and the zlib stream (in pieces) of its rows. */
interface Encoded {
  readonly colorType: ColorType;
  readonly palette: Uint32Array | null;
  readonly zlib: readonly Uint8Array[];
}

/**
 * Index row buffers kept for reuse (a 1200×630 card's are 756 KB): a fresh one per render adds to
 * the external memory that makes V8 collect garbage.
 */
const MAX_POOLED_ROWS = 4;
const rowPool: Buffer[] = [];

function takeRowBuffer(size: number): Buffer {
  const index = rowPool.findIndex((buffer) => buffer.length === size);
  return index >= 0 ? rowPool.splice(index, 1)[0]! : Buffer.allocUnsafe(size);
}

function giveBackRowBuffer(buffer: Buffer): void {
  if (rowPool.length < MAX_POOLED_ROWS) rowPool.push(buffer);
}

function pixelWords(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint32Array {
  return rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, count) : new Uint32Array(Uint8Array.from(rgba.subarray(0, count * 4)).buffer);
}

/**
 * RGB(A) rows matched band by band, each band one dynamic block, as a zlib stream; null when
 * `bytesPerPixel` is 3 and a pixel is translucent.
 */
function matchedBands(pixels: Uint32Array, width: number, height: number, cut: number, bytesPerPixel: 3 | 4): Encoded | null {
  const bands = bandRanges(width, height, cut);
  const rowBytes = width * bytesPerPixel + 1;
  let adler = 1;
  const parts: Uint8Array[] = [ZLIB_HEADER];
  for (const [i, [fromRow, toRow]] of bands.entries()) {
    const tokens = matchBand(pixels, width, { fromRow, toRow, baseRow: 0 }, bytesPerPixel);
    if (!tokens) return null;
    parts.push(writeDynamicBlock(tokens, i === bands.length - 1));
    adler = adler32Combine(adler, tokens.adler, (toRow - fromRow) * rowBytes);
  }
  const trailer = Buffer.allocUnsafe(4);
  trailer.writeUInt32BE(adler, 0);
  parts.push(trailer);
  return { colorType: bytesPerPixel === 3 ? 2 : 6, palette: null, zlib: parts };
}

/** RGB rows when every pixel is opaque, else RGBA, filtered (None or Sub) and deflated by zlib. */
function filteredRows(pixels: Uint32Array, width: number, height: number, filter: 'none' | 'sub', options: ZlibOptions): Encoded {
  const rgb = rgbScanlines(pixels, width, height);
  const rows = rgb ?? rgbaScanlines(pixels, width, height);
  if (filter === 'sub') applySubFilter(rows.data, rows.rowBytes, height, rgb ? 3 : 4);
  return { colorType: rgb ? 2 : 6, palette: null, zlib: [deflateSync(rows.data, options)] };
}

const zlibLength = (encoded: Encoded): number => encoded.zlib.reduce((sum, part) => sum + part.length, 0);

/** Chooses the colour type and compresses (premultiplied canvas pixels in, straight alpha out). */
function encodeRows(pixels: Uint32Array, width: number, height: number, mode: PaletteMode): Encoded {
  const scanned = scanRows(pixels, width, height);
  const image = mode === 'off' ? null : toPalette(pixels, width, height, PALETTE_BOUNDS[mode], scanned);
  if (image) {
    const rows = takeRowBuffer((width + 1) * height);
    try {
      for (const band of image.bands) writePaletteRows(band, width, rows);
      return { colorType: 3, palette: image.colors.map(unpremultiply), zlib: [deflateSync(rows, PALETTE_DEFLATE_OPTIONS)] };
    } finally {
      giveBackRowBuffer(rows);
    }
  }
  // Cards (flat fills, smooth gradients) repeat a neighbouring pixel nearly everywhere: the matcher finds those; photographs go to zlib.
  if (width <= maxMatchableWidth(4) && repeatsNeighbours(pixels, width, height)) {
    const matched = matchedBands(pixels, width, height, scanned.cut, 3) ?? matchedBands(pixels, width, height, scanned.cut, 4);
    if (matched && zlibLength(matched) <= MATCHED_MAX_BYTES_PER_PIXEL * width * height) return matched;
    const deflated = filteredRows(pixels, width, height, 'none', SMOOTH_DEFLATE_OPTIONS);
    return matched && zlibLength(matched) <= zlibLength(deflated) ? matched : deflated;
  }
  return filteredRows(pixels, width, height, 'sub', DEFLATE_OPTIONS);
}

function chunk(type: string, pieces: readonly Uint8Array[]): Buffer {
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const out = Buffer.allocUnsafe(12 + length);
  out.writeUInt32BE(length, 0);
  out.write(type, 4, 'ascii');
  let offset = 8;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  out.writeUInt32BE(crc32(out.subarray(4, 8 + length)), 8 + length);
  return out;
}

/** PNG bytes: signature, IHDR, PLTE/tRNS for palettes, one IDAT holding the zlib stream, IEND. */
function assemble(width: number, height: number, { colorType, palette, zlib }: Encoded): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType;
  const chunks = [SIGNATURE, chunk('IHDR', [header])];
  if (palette) {
    const rgb = new Uint8Array(palette.length * 3);
    const alpha = new Uint8Array(palette.length);
    palette.forEach((c, i) => {
      rgb[i * 3] = c & 0xff;
      rgb[i * 3 + 1] = (c >>> 8) & 0xff;
      rgb[i * 3 + 2] = (c >>> 16) & 0xff;
      alpha[i] = c >>> 24;
    });
    chunks.push(chunk('PLTE', [rgb]));
    if (alpha.some((a) => a !== 255)) chunks.push(chunk('tRNS', [alpha]));
  }
  chunks.push(chunk('IDAT', zlib), chunk('IEND', []));
  return Buffer.concat(chunks);
}

/** Premultiplied RGBA (as canvas.data() gives it) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Buffer {
  return assemble(width, height, encodeRows(pixelWords(rgba, width * height), width, height, palette));
}

/**
 * The same bytes as encodePng, after letting the event loop turn once between two encodes
 * (yieldIfLoopIdle): native finalizers that free earlier renders' pixel buffers run there (without
 * it, back-to-back renders slow down; docs/encoding.md).
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Promise<Buffer> {
  const png = encodePng(rgba, width, height, palette);
  await yieldIfLoopIdle();
  return png;
}
