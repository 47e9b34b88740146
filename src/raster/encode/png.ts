// A fast, deterministic PNG encoder for canvas pixels: palette rows deflated in two parts at once, or RGB(A) matched pixel by pixel.
import { constants, crc32, deflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { yieldIfLoopIdle } from './event-loop-turn.js';
import { bandRanges, SPLIT_MIN_BYTES, toPalette, type PaletteImage } from './palette.js';
import { scanRows, type RowScan } from './palette/count-band.js';
import { bandHelperFor, type BandHelper } from './parallel/band-helper.js';
import { encodePaletteInParallel } from './parallel/parallel-palette.js';
import { matchInParallel, type MatchedParts } from './parallel/parallel-match.js';
import { adler32Combine, rgbaScanlines, rgbScanlines, unpremultiply, writePaletteRows } from './scanlines.js';
import { matchBand, maxMatchableWidth } from './deflate/pixel-matcher.js';
import { writeDynamicBlock } from './deflate/dynamic-block.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib stream header: deflate with a 32 KiB window, no dictionary (CMF·256 + FLG is a multiple of 31). */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);

/** RGB scanlines of images too wide for the pixel matcher: filter None at level 5 (docs/encoding.md). */
export const DEFLATE_OPTIONS = { level: 5, memLevel: 9 } as const;
/**
 * Index bytes at level 2: with anti-aliasing shades merged (few colours), level 2 is 3% larger than
 * level 3 in 75% of its time per band (docs/encoding.md).
 */
export const PALETTE_DEFLATE_OPTIONS = { level: 2, memLevel: 9 } as const;

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

/** How the image is stored: palette rows (deflated by zlib as they are written), matched RGB(A) tokens, or RGB(A) rows for zlib. */
type Plan =
  | { readonly kind: 'palette'; readonly image: PaletteImage; readonly entries: Uint32Array; readonly rows: Buffer }
  | { readonly kind: 'matched'; readonly colorType: 2 | 6; readonly parts: readonly Uint8Array[]; readonly adler: number }
  | { readonly kind: 'rows'; readonly colorType: 2 | 6; readonly data: Buffer; readonly rowBytes: number; readonly adler: number };

/**
 * Index row buffers kept for reuse (a 1200×630 card's are 756 KB): a fresh one per render adds to
 * the external memory that makes V8 collect garbage. Taken while a PNG is deflated, then given back.
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
 * RGB(A) rows matched band by band (the bands the parallel encoder uses, so one thread writes the
 * same bytes), each band one dynamic block; null when `bytesPerPixel` is 3 and a pixel is translucent.
 */
function matchedBands(pixels: Uint32Array, width: number, height: number, cut: number, bytesPerPixel: 3 | 4): MatchedParts | null {
  const bands = bandRanges(width, height, cut);
  const rowBytes = width * bytesPerPixel + 1;
  let adler = 1;
  const parts: Uint8Array[] = [];
  for (const [i, [fromRow, toRow]] of bands.entries()) {
    const tokens = matchBand(pixels, width, { fromRow, toRow, baseRow: 0 }, bytesPerPixel);
    if (!tokens) return null;
    parts.push(writeDynamicBlock(tokens, i === bands.length - 1));
    adler = adler32Combine(adler, tokens.adler, (toRow - fromRow) * rowBytes);
  }
  return { bytesPerPixel, parts, adler };
}

/** Chooses the colour type (premultiplied canvas pixels in, straight alpha out). */
function plan(pixels: Uint32Array, width: number, height: number, mode: PaletteMode, scanned: RowScan = scanRows(pixels, width, height)): Plan {
  const image = mode === 'off' ? null : toPalette(pixels, width, height, PALETTE_BOUNDS[mode], scanned);
  if (image) return { kind: 'palette', image, entries: image.colors.map(unpremultiply), rows: takeRowBuffer((width + 1) * height) };
  if (width <= maxMatchableWidth(4)) {
    const matched = matchedBands(pixels, width, height, scanned.cut, 3) ?? matchedBands(pixels, width, height, scanned.cut, 4);
    if (matched) return { kind: 'matched', colorType: matched.bytesPerPixel === 3 ? 2 : 6, parts: matched.parts, adler: matched.adler };
  }
  const rgb = rgbScanlines(pixels, width, height);
  const rows = rgb ?? rgbaScanlines(pixels, width, height);
  return { kind: 'rows', colorType: rgb ? 2 : 6, data: rows.data, rowBytes: rows.rowBytes, adler: rows.adler };
}

/** Options for a part: every part but the last ends with a sync flush (byte-aligned, not final), so the raw streams concatenate into one. */
const partOptions = (options: ZlibOptions, last: boolean): ZlibOptions => (last ? options : { ...options, finishFlush: constants.Z_SYNC_FLUSH });

const deflatePart = (bytes: Buffer, options: ZlibOptions, last: boolean): Promise<Buffer> =>
  new Promise((resolve, reject) => deflateRaw(bytes, partOptions(options, last), (error, result) => (error ? reject(error) : resolve(result))));

/** The row ranges of RGB(A) rows for zlib: two halves, or one part for small images. */
const halves = (rowBytes: number, height: number): readonly (readonly [number, number])[] => (rowBytes * height >= SPLIT_MIN_BYTES && height > 1 ? [[0, height >> 1], [height >> 1, height]] : [[0, height]]);

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
function assemble(width: number, height: number, colorType: ColorType, palette: Uint32Array | null, deflated: readonly Uint8Array[], adler: number): Buffer {
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
  const trailer = Buffer.allocUnsafe(4);
  trailer.writeUInt32BE(adler, 0);
  chunks.push(chunk('IDAT', [ZLIB_HEADER, ...deflated, trailer]), chunk('IEND', []));
  return Buffer.concat(chunks);
}

/** The palette image's rows written band by band; `deflate` is called on each band as soon as it is written. */
function writeParts<T>(plan: Extract<Plan, { kind: 'palette' }>, width: number, deflate: (bytes: Buffer, last: boolean) => T): { readonly parts: T[]; readonly adler: number } {
  const { bands } = plan.image;
  let adler = 1;
  const parts = bands.map((band, i) => {
    const { fromRow, toRow } = band.counts;
    adler = adler32Combine(adler, writePaletteRows(band, width, plan.rows), (toRow - fromRow) * (width + 1));
    return deflate(plan.rows.subarray(fromRow * (width + 1), toRow * (width + 1)), i === bands.length - 1);
  });
  return { parts, adler };
}

/** Premultiplied RGBA (as canvas.data() gives it) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Buffer {
  const chosen = plan(pixelWords(rgba, width * height), width, height, palette);
  switch (chosen.kind) {
    case 'matched':
      return assemble(width, height, chosen.colorType, null, chosen.parts, chosen.adler);
    case 'rows': {
      const deflated = halves(chosen.rowBytes, height).map(([from, to], i, all) => deflateRawSync(chosen.data.subarray(from * chosen.rowBytes, to * chosen.rowBytes), partOptions(DEFLATE_OPTIONS, i === all.length - 1)));
      return assemble(width, height, chosen.colorType, null, deflated, chosen.adler);
    }
    case 'palette': {
      const { parts, adler } = writeParts(chosen, width, (bytes, last) => deflateRawSync(bytes, partOptions(PALETTE_DEFLATE_OPTIONS, last)));
      giveBackRowBuffer(chosen.rows);
      return assemble(width, height, 3, chosen.entries, parts, adler);
    }
  }
}

/**
 * The same bytes as encodePng. On the main thread, a palette image's two bands are counted,
 * written and deflated at once, the bottom one by the band worker (parallel/); otherwise palette
 * rows are deflated in two parts on libuv's thread pool, the first while the second is written.
 * Every path lets the event loop turn at least once between two encodes (yieldIfLoopIdle): native
 * finalizers that free earlier renders' pixel buffers run there (without it, back-to-back renders
 * slow down; docs/encoding.md).
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto'): Promise<Buffer> {
  const pixels = pixelWords(rgba, width * height);
  const rows = scanRows(pixels, width, height);
  const helper = bandRanges(width, height, rows.cut).length === 2 ? bandHelperFor(width, height) : null;
  // Once the parallel encoder has found that no palette fits, the one-thread path does not count again.
  let mode = palette;
  if (helper) {
    const parallel = palette === 'off' ? null : palettedInParallel(helper, pixels, width, height, rows, PALETTE_BOUNDS[palette]);
    if (parallel) {
      await yieldIfLoopIdle();
      return parallel;
    }
    if (parallel === null) mode = 'off';
    if (parallel === null && width <= maxMatchableWidth(4)) {
      let matched = matchInParallel(helper, pixels, width, height, rows.cut, 3);
      // null: a translucent pixel, so RGBA; undefined: the worker failed, so one thread below.
      if (matched === null) matched = matchInParallel(helper, pixels, width, height, rows.cut, 4);
      if (matched) {
        await yieldIfLoopIdle();
        return assemble(width, height, matched.bytesPerPixel === 3 ? 2 : 6, null, matched.parts, matched.adler);
      }
    }
  }
  return encodeChosen(plan(pixels, width, height, mode, rows), width, height);
}

/** A palette PNG from the parallel encoder; null when no palette fits, undefined when the worker failed. */
function palettedInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, rows: RowScan, bounds: readonly number[]): Buffer | null | undefined {
  const buffer = takeRowBuffer((width + 1) * height);
  try {
    const parallel = encodePaletteInParallel(helper, pixels, width, height, rows.repeatsAbove, rows.cut, bounds, buffer, PALETTE_DEFLATE_OPTIONS);
    return parallel && assemble(width, height, 3, parallel.colors.map(unpremultiply), parallel.parts, parallel.adler);
  } finally {
    giveBackRowBuffer(buffer);
  }
}

async function encodeChosen(chosen: Plan, width: number, height: number): Promise<Buffer> {
  switch (chosen.kind) {
    case 'matched':
      await yieldIfLoopIdle();
      return assemble(width, height, chosen.colorType, null, chosen.parts, chosen.adler);
    case 'rows': {
      const deflated = await Promise.all(halves(chosen.rowBytes, height).map(([from, to], i, all) => deflatePart(chosen.data.subarray(from * chosen.rowBytes, to * chosen.rowBytes), DEFLATE_OPTIONS, i === all.length - 1)));
      return assemble(width, height, chosen.colorType, null, deflated, chosen.adler);
    }
    case 'palette':
      try {
        const { parts, adler } = writeParts(chosen, width, (bytes, last) => deflatePart(bytes, PALETTE_DEFLATE_OPTIONS, last));
        return assemble(width, height, 3, chosen.entries, await Promise.all(parts), adler);
      } finally {
        giveBackRowBuffer(chosen.rows);
      }
  }
}
