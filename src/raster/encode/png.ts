// A fast, deterministic PNG encoder for canvas pixels: palette scanlines deflated in two parts at once, or RGB(A) matched pixel by pixel.
import { constants, crc32, deflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { toPalette } from './palette.js';
import { paletteScanlines, rgbaScanlines, rgbScanlines, unpremultiply, type Scanlines } from './scanlines.js';
import { matchPixels } from './deflate/pixel-matcher.js';
import { writeDynamicBlock } from './deflate/dynamic-block.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib stream header: deflate with a 32 KiB window, no dictionary (CMF·256 + FLG is a multiple of 31). */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);

/**
 * RGB scanlines: filter None (beats the filters on cards) at level 5: on the gradient card 11%
 * faster than level 6 for 2% more bytes, while level 4 adds 15% (docs/encoding.md).
 */
export const DEFLATE_OPTIONS = { level: 5, memLevel: 9 } as const;
/**
 * Index bytes at level 3: with anti-aliasing shades merged (few colours), level 3 is within 15% of
 * level 4's size in 60% of its time (docs/encoding.md).
 */
export const PALETTE_DEFLATE_OPTIONS = { level: 3, memLevel: 9 } as const;
/** Below this many scanline bytes one deflate call is cheaper than two. */
const SPLIT_MIN_BYTES = 1 << 16;

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

/** What gets deflated, and how: by zlib (palette index rows, and images too wide to match) or already (RGB/RGBA). */
type Prepared =
  | { readonly kind: 'zlib'; readonly colorType: ColorType; readonly scanlines: Scanlines; readonly options: ZlibOptions; readonly palette?: Uint32Array; readonly pooled?: boolean }
  | { readonly kind: 'matched'; readonly colorType: ColorType; readonly deflated: Uint8Array; readonly adler: number };

/**
 * Index scanline buffers kept for reuse (a 1200×630 card's are 756 KB): a fresh one per render adds
 * to the external memory that makes V8 collect garbage. Taken while a PNG is deflated, then given back.
 */
const MAX_POOLED_SCANLINES = 4;
const scanlinePool: Buffer[] = [];

function takeScanlineBuffer(size: number): Buffer {
  const index = scanlinePool.findIndex((buffer) => buffer.length === size);
  return index >= 0 ? scanlinePool.splice(index, 1)[0]! : Buffer.allocUnsafe(size);
}

function giveBack(prepared: Prepared): void {
  if (prepared.kind === 'zlib' && prepared.pooled && scanlinePool.length < MAX_POOLED_SCANLINES) scanlinePool.push(prepared.scanlines.data);
}

function pixelWords(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint32Array {
  return rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, count) : new Uint32Array(Uint8Array.from(rgba.subarray(0, count * 4)).buffer);
}

/** Chooses the colour type and writes the scanlines (premultiplied canvas pixels in, straight alpha out). */
function prepare(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, mode: PaletteMode): Prepared {
  const pixels = pixelWords(rgba, width * height);
  const image = mode === 'off' ? null : toPalette(pixels, width, height, PALETTE_BOUNDS[mode]);
  if (image) {
    const scanlines = paletteScanlines(image, width, height, takeScanlineBuffer((width + 1) * height));
    return { kind: 'zlib', colorType: 3, scanlines, options: PALETTE_DEFLATE_OPTIONS, palette: image.colors.map(unpremultiply), pooled: true };
  }
  const matched = matchPixels(pixels, width, height, 3) ?? matchPixels(pixels, width, height, 4);
  if (matched) return { kind: 'matched', colorType: matched.bytesPerPixel === 3 ? 2 : 6, deflated: writeDynamicBlock(matched), adler: matched.adler };
  const rgb = rgbScanlines(pixels, width, height);
  if (rgb) return { kind: 'zlib', colorType: 2, scanlines: rgb, options: DEFLATE_OPTIONS };
  return { kind: 'zlib', colorType: 6, scanlines: rgbaScanlines(pixels, width, height), options: DEFLATE_OPTIONS };
}

/**
 * The scanlines cut at a row boundary into independently deflated parts: every part but the last
 * ends with a sync flush (byte-aligned, not final), so the raw streams concatenate into one.
 */
function parts(scanlines: Scanlines): readonly { readonly bytes: Buffer; readonly last: boolean }[] {
  const { data, rowBytes } = scanlines;
  if (data.length < SPLIT_MIN_BYTES) return [{ bytes: data, last: true }];
  const cut = Math.floor(data.length / rowBytes / 2) * rowBytes;
  return [{ bytes: data.subarray(0, cut), last: false }, { bytes: data.subarray(cut), last: true }];
}

const partOptions = (options: ZlibOptions, last: boolean): ZlibOptions => (last ? options : { ...options, finishFlush: constants.Z_SYNC_FLUSH });

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
function assemble(width: number, height: number, prepared: Prepared, deflated: readonly Uint8Array[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = prepared.colorType;
  const chunks = [SIGNATURE, chunk('IHDR', [header])];
  const palette = prepared.kind === 'zlib' ? prepared.palette : undefined;
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
  const trailer = Buffer.allocUnsafe(4);
  trailer.writeUInt32BE(prepared.kind === 'zlib' ? prepared.scanlines.adler : prepared.adler, 0);
  chunks.push(chunk('IDAT', [ZLIB_HEADER, ...deflated, trailer]), chunk('IEND', []));
  return Buffer.concat(chunks);
}

/** Premultiplied RGBA (as canvas.data() gives it) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Buffer {
  const prepared = prepare(rgba, width, height, palette);
  if (prepared.kind === 'matched') return assemble(width, height, prepared, [prepared.deflated]);
  const deflated = parts(prepared.scanlines).map(({ bytes, last }) => deflateRawSync(bytes, partOptions(prepared.options, last)));
  giveBack(prepared);
  return assemble(width, height, prepared, deflated);
}

/**
 * The same bytes as encodePng, with the parts deflated at once on libuv's thread pool: a 1200×630
 * card uses two cores for its largest step, and the event loop stays free.
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Promise<Buffer> {
  const prepared = prepare(rgba, width, height, palette);
  if (prepared.kind === 'matched') return assemble(width, height, prepared, [prepared.deflated]);
  const { scanlines, options } = prepared;
  try {
    const deflated = await Promise.all(parts(scanlines).map(({ bytes, last }) => new Promise<Buffer>((resolve, reject) => deflateRaw(bytes, partOptions(options, last), (error, result) => (error ? reject(error) : resolve(result))))));
    return assemble(width, height, prepared, deflated);
  } finally {
    giveBack(prepared);
  }
}
