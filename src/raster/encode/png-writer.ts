// ogsmith's PNG writer in every runtime: chooses palette, matched RGB(A) or plain rows, and writes the file; the deflate and CRC steps are the runtime's (png.ts: zlib; png-web.ts: CompressionStream or fflate).
import { bandRanges, SPLIT_MIN_BYTES, toPalette, type PaletteImage } from './palette.js';
import { scanRows, type RowScan } from './palette/count-band.js';
import { adler32Combine, rgbaScanlines, toStraightAlpha, writePaletteRows, type PixelAlpha } from './scanlines.js';
import { filteredRgbRows, type RgbFilter } from './rgb-rows-wasm.js';
import { matchBand, maxMatchableWidth, type PixelTokens } from './deflate/pixel-matcher.js';
import { firstBandEstimate } from './deflate/matched-probe.js';
import { writeDynamicBlock } from './deflate/dynamic-block.js';
import { PaletteRunTokens } from './deflate/run-tokens.js';
import { repeatedRowsBlock, rowStretches } from './deflate/repeated-rows.js';
import { adler32, applySubFilter, repeatsNeighbours } from './rgb-rows.js';
import { OgsmithError } from '../../errors/catalogue.js';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** zlib stream header: deflate with a 32 KiB window, no dictionary (CMF·256 + FLG is a multiple of 31). */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);

/** zlib settings of one kind of deflate input (runtimes without zlib's settings use `level` only). */
export interface DeflateSettings {
  readonly level: number;
  readonly memLevel: number;
  /** Set on photographs' RGB rows for a codec's own photo deflater (PngCodec.photoRows): the rows' length, filter byte included. */
  readonly rowBytes?: number;
}

/** RGB(A) rows of photographs and images too wide for the pixel matcher: filter Sub at level 4, memLevel 8 (on the photo card 1.7% smaller and 5–10% less CPU than level 3; docs/encoding.md). */
export const DEFLATE_OPTIONS: DeflateSettings = { level: 4, memLevel: 8 };
/**
 * Smooth images the matcher writes poorly (radial rings, blurred shadows): each row filtered by the PNG filter that leaves
 * the fewest non-zero bytes (SMOOTH_FILTER), at level 5, memLevel 7. On the radial card 116.2 KB where filter None at
 * level 6 (until the photo-cpu pass) wrote 123.0 KB, at the same CPU with the filter in wasm (docs/encoding.md).
 */
export const SMOOTH_DEFLATE_OPTIONS: DeflateSettings = { level: 5, memLevel: 7 };
const SMOOTH_FILTER: RgbFilter = 'adaptive';
/** Translucent smooth images' RGBA rows are filtered None (the per-row filter is RGB's only), at level 6 as all smooth rows were before. */
const SMOOTH_RGBA_DEFLATE_OPTIONS: DeflateSettings = { level: 6, memLevel: 7 };
/** Matched output above this many bytes per pixel is tried again as rows (SMOOTH_DEFLATE_OPTIONS), and the smaller kept. */
export const MATCHED_MAX_BYTES_PER_PIXEL = 0.15;
/**
 * A matched band before the last above this many bytes per pixel stops the matcher (1.25× the
 * limit above): the image goes to zlib with no rival, saving the other band's matching (5 ms of the
 * radial card's 10). First bands measured: radial gradients under a blurred shadow 0.21–0.25 bytes
 * a pixel; flat and linear-gradient cards 0.10–0.15 (docs/encoding.md).
 */
export const MATCHED_ABANDON_BYTES_PER_PIXEL = 1.25 * MATCHED_MAX_BYTES_PER_PIXEL;
/**
 * An image that passes the neighbour test but whose probe prices the matcher above this is noise
 * with flat parts (a JPEG background: its flat areas repeat, its edges and textures do not), and its
 * rows go to the codec's photo deflater where there is one: on such cards it wrote 4% less than zlib
 * level 5 in 35% less time, where on smooth radial gradients and blurred shadows (probed at
 * 0.21–0.40) it wrote 14–16% more (docs/encoding.md, "Colours that change every render").
 */
export const PHOTO_LIKE_BYTES_PER_PIXEL = 0.46;
/**
 * Index rows (docs/encoding.md has the level and memLevel against time and bytes). memLevel 5 ends a
 * zlib block every ~2,000 symbols (memLevel 8: ~16,000), so each block's Huffman codes fit its
 * stretch of text or fill: 1–3% fewer bytes on the text cards at the same CPU. On Node these
 * settings and GRADIENT_PALETTE_DEFLATE_OPTIONS mark index rows for the index matcher (zlib-codec.ts;
 * zlib where its wasm cannot run): RGB(A) settings must differ from both.
 */
export const PALETTE_DEFLATE_OPTIONS: DeflateSettings = { level: 5, memLevel: 5 };
/**
 * Index rows of a palette whose gradient steps share entries (a gradient of more than 256 steps):
 * zlib's fast matcher (levels 1–3) takes the long diagonal repeats of gradient rows at less than half
 * level 5's CPU for 2% more bytes (docs/encoding.md).
 */
export const GRADIENT_PALETTE_DEFLATE_OPTIONS: DeflateSettings = { level: 3, memLevel: 5 };

/**
 * How PNGs may use a palette: 'auto' (default) when the image fits 256 colours with at most
 * PALETTE_MAX_ERROR levels of difference per channel (anti-aliasing shades only), 'exact' only
 * when it fits losslessly, 'off' never.
 */
export type PaletteMode = 'auto' | 'exact' | 'off';
export const PALETTE_MAX_ERROR = 6;
/** 'auto': lossless when the image has at most 256 colours, else shades merged up to the full bound (fewer entries compress better and faster than the tightest bound that fits). */
export const PALETTE_BOUNDS: Readonly<Record<Exclude<PaletteMode, 'off'>, readonly number[]>> = { exact: [0], auto: [0, PALETTE_MAX_ERROR] };
/**
 * 'auto': when no palette fits, gradient steps (and fills) may also share an entry with a colour at
 * most this many levels away per channel: a gradient of 300–500 steps, each a level from the next,
 * becomes a palette of ≤ 256 entries (the gradient card: 77 KB of RGB, 40 KB as a palette).
 */
export const PALETTE_STEP_ERROR: Readonly<Record<Exclude<PaletteMode, 'off'>, number>> = { exact: 0, auto: 1 };

type ColorType = 2 | 3 | 6;

/** How the image is stored: palette rows (deflated as they are written), matched RGB(A) tokens, or RGB(A) rows to deflate. */
export type Plan =
  | PalettePlan
  | MatchedPlan
  | {
      readonly kind: 'rows';
      readonly colorType: 2 | 6;
      readonly data: Uint8Array;
      readonly rowBytes: number;
      readonly adler: number;
      readonly settings: DeflateSettings;
      /** The matched stream these rows compete with: the smaller file is kept. */
      readonly rival: MatchedPlan | null;
    };

/** `repeatsAbove`: the rows equal to the row above (their index rows are too), for the run tokeniser. */
type PalettePlan = { readonly kind: 'palette'; readonly image: PaletteImage; readonly entries: Uint32Array; readonly rows: Uint8Array; readonly repeatsAbove: Uint8Array; readonly settings: DeflateSettings };

type MatchedPlan = { readonly kind: 'matched'; readonly colorType: 2 | 6; readonly parts: readonly Uint8Array[]; readonly adler: number };

/**
 * Raw deflate of consecutive parts of one zlib stream, in order: a part that is not the last ends
 * byte-aligned and not final (zlib's sync flush), so the outputs concatenate; a deflater may also
 * keep a part and deflate it with the next, returning no bytes for it.
 */
export type DeflatePart<T> = (bytes: Uint8Array, settings: DeflateSettings, last: boolean) => T;

/** A block of ours (deflate/repeated-rows.ts) put into the stream as a part; `rows`, the bytes it stands for, go into the deflater's window. */
export type RepeatedRowsPart<T> = (block: Uint8Array, rows: Uint8Array) => T;

/** The steps a runtime supplies: CRC-32 of chunks and raw deflate. */
export interface PngCodec<T> {
  readonly crc32: (bytes: Uint8Array) => number;
  readonly deflate: DeflatePart<T>;
  /**
   * True where `deflate` costs more than ogsmith's own matchers (the edge: CompressionStream has one
   * fixed level, fflate is slower): palette rows are tokenised from their runs, and matched
   * RGB(A) is kept without trying filtered rows through `deflate` (docs/edge.md has the figures).
   */
  readonly preferMatchers?: boolean;
  /**
   * Present where `deflate` takes the stream in flushed parts with a window of its own (Node's
   * zlib): long stretches of palette rows that repeat the row above are then blocks of ours instead
   * of deflate input (zlib spent about 40% of its time on them on the text cards; docs/encoding.md).
   */
  readonly repeatedRows?: RepeatedRowsPart<T>;
  /**
   * Present where `deflate` has a deflater of its own for photographs' opaque RGB rows (Node's,
   * with the wasm of deflate/photo-deflate-wasm.ts): their filter, and the settings that send them
   * to it (with the rows' `rowBytes`). Elsewhere photographs are filtered Sub for DEFLATE_OPTIONS.
   */
  readonly photoRows?: PhotoRows;
}

/** How a codec wants photographs' RGB rows filtered, and the settings its `deflate` knows them by. */
export interface PhotoRows {
  readonly filter: RgbFilter;
  readonly settings: DeflateSettings;
}

/** Matched bands of RGB(A) pixels, each one dynamic block, and the stream's adler32. */
export interface MatchedParts {
  readonly bytesPerPixel: 3 | 4;
  readonly parts: readonly Uint8Array[];
  readonly adler: number;
}

/**
 * Row buffers kept for reuse: index rows (a 1200×630 card's are 756 KB) and RGB(A) rows (2.3–3 MB):
 * a fresh one per render adds to the memory that makes the engine collect garbage (a new RGB buffer
 * per encode cost 2–3 ms of the radial card's CPU; docs/encoding.md). Taken while a PNG is deflated,
 * then given back; at most MAX_POOLED_ROWS buffers and MAX_POOLED_ROW_BYTES in all are kept.
 */
const MAX_POOLED_ROWS = 4;
export const MAX_POOLED_ROW_BYTES = 16 * 1024 * 1024;
const rowPool: Uint8Array[] = [];

export function takeRowBuffer(size: number): Uint8Array {
  const index = rowPool.findIndex((buffer) => buffer.length === size);
  return index >= 0 ? rowPool.splice(index, 1)[0]! : new Uint8Array(size);
}

export function giveBackRowBuffer(buffer: Uint8Array): void {
  const pooled = rowPool.reduce((sum, kept) => sum + kept.length, 0);
  if (rowPool.length < MAX_POOLED_ROWS && pooled + buffer.length <= MAX_POOLED_ROW_BYTES && !rowPool.includes(buffer)) rowPool.push(buffer);
}

export function pixelWords(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint32Array {
  return rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, count) : new Uint32Array(Uint8Array.from(rgba.subarray(0, count * 4)).buffer);
}

/**
 * RGB(A) rows matched band by band (the bands the parallel encoder uses, so one thread writes the
 * same bytes), each band one dynamic block; 'translucent' when `bytesPerPixel` is 3 and a pixel is
 * translucent; 'abandoned' when a band before the last took over MATCHED_ABANDON_BYTES_PER_PIXEL
 * (the rest is not matched: such pixels go to zlib, which wrote them smaller on every card measured).
 */
export function matchedBands(pixels: Uint32Array, width: number, height: number, cut: number, bytesPerPixel: 3 | 4, alpha: PixelAlpha, repeatsAbove?: Uint8Array): MatchedParts | 'translucent' | 'abandoned' {
  const bands = bandRanges(width, height, cut);
  const rowBytes = width * bytesPerPixel + 1;
  let adler = 1;
  const parts: Uint8Array[] = [];
  for (const [i, [fromRow, toRow]] of bands.entries()) {
    const tokens: PixelTokens | null = matchBand(pixels, width, { fromRow, toRow, baseRow: 0, ...(repeatsAbove ? { repeatsAbove } : {}) }, bytesPerPixel, alpha);
    if (!tokens) return 'translucent';
    const last = i === bands.length - 1;
    const part = writeDynamicBlock(tokens, last);
    if (!last && part.length > MATCHED_ABANDON_BYTES_PER_PIXEL * width * (toRow - fromRow)) return 'abandoned';
    parts.push(part);
    adler = adler32Combine(adler, tokens.adler, (toRow - fromRow) * rowBytes);
  }
  return { bytesPerPixel, parts, adler };
}

/**
 * Chooses the colour type (premultiplied or straight pixels in, as `alpha` says; straight alpha
 * out). `preferMatched` keeps matched RGB(A) whatever its size (a codec with preferMatchers).
 */
export function plan(pixels: Uint32Array, width: number, height: number, mode: PaletteMode, scanned: RowScan = scanRows(pixels, width, height), alpha: PixelAlpha = 'premultiplied', preferMatched = false, photoRows?: PhotoRows): Plan {
  // Gradient steps share entries only where zlib deflates the rows (on the edge the pixel matcher writes gradients in less CPU than the index matcher).
  const image = mode === 'off' ? null : toPalette(pixels, width, height, PALETTE_BOUNDS[mode], scanned, preferMatched ? 0 : PALETTE_STEP_ERROR[mode]);
  if (image) return palettePlan(image, width, height, scanned.repeatsAbove, alpha);
  // Cards (flat fills, smooth gradients) repeat a neighbouring pixel nearly everywhere: the matcher finds those; photographs go to zlib.
  if (width <= maxMatchableWidth(4) && repeatsNeighbours(pixels, width, height, scanned.repeatsAbove)) {
    // A first band the probe prices above the abandon bound would be abandoned after matching it (docs/encoding.md, paint-cpu pass).
    const estimate = preferMatched ? null : firstBandEstimate(pixels, width, height, scanned);
    if (estimate !== null && estimate > MATCHED_ABANDON_BYTES_PER_PIXEL) {
      // Translucent rows keep the smooth path (the photo deflater takes opaque RGB rows only).
      if (photoRows && estimate > PHOTO_LIKE_BYTES_PER_PIXEL) return photoPlan(pixels, width, height, alpha, photoRows, SMOOTH_FILTER);
      return rowsPlan(pixels, width, height, alpha, SMOOTH_FILTER, SMOOTH_DEFLATE_OPTIONS, null);
    }
    const rgb = matchedBands(pixels, width, height, scanned.cut, 3, alpha, scanned.repeatsAbove);
    const found = rgb === 'translucent' ? matchedBands(pixels, width, height, scanned.cut, 4, alpha, scanned.repeatsAbove) : rgb;
    const matched: MatchedPlan | null = typeof found === 'string' ? null : { kind: 'matched', colorType: found.bytesPerPixel === 3 ? 2 : 6, parts: found.parts, adler: found.adler };
    if (matched && (preferMatched || byteLength(matched.parts) <= MATCHED_MAX_BYTES_PER_PIXEL * width * height)) return matched;
    return rowsPlan(pixels, width, height, alpha, SMOOTH_FILTER, SMOOTH_DEFLATE_OPTIONS, matched);
  }
  if (photoRows) return photoPlan(pixels, width, height, alpha, photoRows);
  return rowsPlan(pixels, width, height, alpha, 'sub', DEFLATE_OPTIONS, null);
}

/** Opaque rows filtered and marked for the codec's photo deflater (PhotoRows); translucent ones filtered as `translucentFilter` says (rowsPlan). */
function photoPlan(pixels: Uint32Array, width: number, height: number, alpha: PixelAlpha, photoRows: PhotoRows, translucentFilter?: RgbFilter): Plan {
  return rowsPlan(pixels, width, height, alpha, photoRows.filter, { ...photoRows.settings, rowBytes: width * 3 + 1 }, null, translucentFilter);
}

/** The plan of a palette image (counted and chosen here, or by the parallel encoder), with a pooled row buffer (releasePlan). */
export function palettePlan(image: PaletteImage, width: number, height: number, repeatsAbove: Uint8Array, alpha: PixelAlpha): Plan {
  const settings = image.mergedSteps ? GRADIENT_PALETTE_DEFLATE_OPTIONS : PALETTE_DEFLATE_OPTIONS;
  return { kind: 'palette', image, entries: image.colors.map(toStraightAlpha(alpha)), rows: takeRowBuffer((width + 1) * height), repeatsAbove, settings };
}

const byteLength = (parts: readonly Uint8Array[]): number => parts.reduce((sum, part) => sum + part.length, 0);

/** RGB rows when every pixel is opaque (filtered as `filter` says), else RGBA filtered as `translucentFilter` (default `filter`) says: Sub, None or per row (the adler32 is of the filtered bytes). */
function rowsPlan(pixels: Uint32Array, width: number, height: number, alpha: PixelAlpha, filter: RgbFilter, settings: DeflateSettings, rival: MatchedPlan | null, translucentFilter: RgbFilter = filter): Plan {
  // Pooled buffers (releasePlan gives them back); a buffer an RGB attempt gave up on goes back at once.
  const rgbBuffer = takeRowBuffer((width * 3 + 1) * height);
  const rgb = filteredRgbRows(pixels, width, height, filter, rgbBuffer);
  if (rgb) return { kind: 'rows', colorType: 2, data: rgb.data, rowBytes: rgb.rowBytes, adler: rgb.adler, settings, rival };
  giveBackRowBuffer(rgbBuffer);
  const rows = rgbaScanlines(pixels, width, height, alpha, takeRowBuffer((width * 4 + 1) * height));
  if (translucentFilter === 'adaptive') return { kind: 'rows', colorType: 6, data: rows.data, rowBytes: rows.rowBytes, adler: rows.adler, settings: SMOOTH_RGBA_DEFLATE_OPTIONS, rival };
  if (translucentFilter === 'none') return { kind: 'rows', colorType: 6, data: rows.data, rowBytes: rows.rowBytes, adler: rows.adler, settings, rival };
  applySubFilter(rows.data, rows.rowBytes, height, 4);
  // Translucent photographs: filter Sub for zlib, as where the codec has no photo deflater.
  return { kind: 'rows', colorType: 6, data: rows.data, rowBytes: rows.rowBytes, adler: adler32(rows.data), settings: settings.rowBytes === undefined ? settings : DEFLATE_OPTIONS, rival };
}

/** The row ranges of RGB(A) rows to deflate: two halves, or one part for small images. */
const halves = (rowBytes: number, height: number): readonly (readonly [number, number])[] => (rowBytes * height >= SPLIT_MIN_BYTES && height > 1 ? [[0, height >> 1], [height >> 1, height]] : [[0, height]]);

/** A photograph's rows for a codec's photo deflater (PngCodec.photoRows) in two halves: the rows, a row's bytes, and the byte where the second half starts. */
export interface PhotoHalves {
  readonly rows: Uint8Array;
  readonly rowBytes: number;
  readonly split: number;
}

/** The halves deflatePlan would give the codec's photo deflater (the encoder may deflate them on two threads); null for any other plan, or one part. */
export function photoHalves(chosen: Plan, height: number): PhotoHalves | null {
  if (chosen.kind !== 'rows' || chosen.settings.rowBytes === undefined || chosen.rival) return null;
  const second = halves(chosen.rowBytes, height)[1];
  return second ? { rows: chosen.data, rowBytes: chosen.rowBytes, split: second[0] * chosen.rowBytes } : null;
}

/**
 * The deflate inputs of a palette or rows plan handed to `deflate` in stream order (palette rows
 * band by band, each as soon as it is written), with the stream's adler32. With `repeatedRows`,
 * long stretches of palette rows that repeat the row above are blocks of ours.
 */
export function deflatePlan<T>(chosen: Exclude<Plan, { kind: 'matched' }>, width: number, height: number, deflate: DeflatePart<T>, repeatedRows?: RepeatedRowsPart<T>): { readonly parts: T[]; readonly adler: number } {
  if (chosen.kind === 'rows') {
    const { data, rowBytes } = chosen;
    const ranges = halves(rowBytes, height);
    const rowParts = placedParts(data, rowBytes, chosen.settings, deflate);
    for (let i = 0; i < ranges.length; i++) rowParts.next(ranges[i]![0], ranges[i]![1], i === ranges.length - 1);
    return { parts: rowParts.parts, adler: chosen.adler };
  }
  const { bands } = chosen.image;
  const rowBytes = width + 1;
  let adler = 1;
  const bandParts = placedParts(chosen.rows, rowBytes, chosen.settings, deflate, repeatedRows);
  // A plain loop with each part checked (placedParts): on Node 24 a band's part was once deflated with the next band's rows (the bands.map this replaces), an invalid PNG (docs/encoding.md).
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    const { fromRow, toRow } = band.counts;
    adler = adler32Combine(adler, writePaletteRows(band, width, chosen.rows), (toRow - fromRow) * rowBytes);
    bandParts.band(fromRow, toRow, i === bands.length - 1, chosen.repeatsAbove);
  }
  return { parts: bandParts.parts, adler };
}

/** Parts of a stream placed and checked by placedParts. */
export interface PlacedParts<T> {
  readonly parts: T[];
  /** Rows [fromRow, toRow) to deflate. */
  next(fromRow: number, toRow: number, last: boolean): void;
  /** Index rows [fromRow, toRow) of a palette band: long stretches that repeat the row above as blocks of ours where the codec takes them, the rest to deflate. */
  band(fromRow: number, toRow: number, last: boolean, repeatsAbove: Uint8Array): void;
}

/**
 * Deflates consecutive row ranges of `whole` (rows from `rowOffset` on) in stream order, each view
 * checked before it is deflated: it must start where the one before ended, and the last must end
 * at `whole`'s end (a PNG written from misplaced parts is invalid: its zlib check fails, so it must
 * never be returned).
 */
export function placedParts<T>(whole: Uint8Array, rowBytes: number, settings: DeflateSettings, deflate: DeflatePart<T>, repeatedRows?: RepeatedRowsPart<T>, rowOffset = 0): PlacedParts<T> {
  const parts: T[] = [];
  let end = 0;
  const place = (fromRow: number, toRow: number, last: boolean): Uint8Array => {
    const part = whole.subarray((fromRow - rowOffset) * rowBytes, (toRow - rowOffset) * rowBytes);
    const at = part.byteOffset - whole.byteOffset;
    if (part.buffer !== whole.buffer || at !== end || (last && at + part.length !== whole.length)) {
      throw new MisplacedPartError(`PNG rows out of place: a part at byte ${at} of ${part.length} bytes where byte ${end}${last ? ` to ${whole.length}` : ''} was expected`);
    }
    end += part.length;
    return part;
  };
  const next = (fromRow: number, toRow: number, last: boolean): void => {
    parts.push(deflate(place(fromRow, toRow, last), settings, last));
  };
  return {
    parts,
    next,
    band(fromRow, toRow, last, repeatsAbove) {
      if (!repeatedRows) return next(fromRow, toRow, last);
      const stretches = rowStretches(fromRow, toRow, repeatsAbove, rowBytes);
      for (let k = 0; k < stretches.length; k++) {
        const stretch = stretches[k]!;
        const lastPart = last && k === stretches.length - 1;
        if (!stretch.repeated) {
          next(stretch.fromRow, stretch.toRow, lastPart);
          continue;
        }
        const above = stretch.fromRow - 1 - rowOffset;
        // The row above a stretch is in `whole` (a stretch never starts a band's rows: rowStretches).
        const rowAbove = whole.subarray(above * rowBytes, (above + 1) * rowBytes);
        const rows = place(stretch.fromRow, stretch.toRow, lastPart);
        parts.push(repeatedRows(repeatedRowsBlock(rowAbove, stretch.toRow - stretch.fromRow, lastPart), rows));
      }
    },
  };
}

/** A deflate part not where the stream needs it (placedParts): the encoder tries the image once more (png.ts). */
export class MisplacedPartError extends OgsmithError {
  constructor(message: string) {
    super('INTERNAL', message);
  }
}

/** A chunk's type and data pieces, to be written by writeChunks. */
type ChunkPlan = readonly [type: string, pieces: readonly Uint8Array[]];

const chunkLength = ([, pieces]: ChunkPlan): number => pieces.reduce((sum, piece) => sum + piece.length, 0);

/**
 * The signature and the chunks (length, type, data, CRC-32 of type and data) written once into one
 * buffer of the file's size: chunks built apart and then joined copied the whole file twice, and
 * each copy is external memory that brings V8's next full collection closer (docs/bench.md).
 */
function writeChunks(chunks: readonly ChunkPlan[], crc32: (bytes: Uint8Array) => number): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, plan) => sum + 12 + chunkLength(plan), SIGNATURE.length));
  const view = new DataView(out.buffer);
  out.set(SIGNATURE);
  let at = SIGNATURE.length;
  for (const plan of chunks) {
    const [type, pieces] = plan;
    const length = chunkLength(plan);
    view.setUint32(at, length);
    for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i);
    let offset = at + 8;
    for (const piece of pieces) {
      out.set(piece, offset);
      offset += piece.length;
    }
    view.setUint32(offset, crc32(out.subarray(at + 4, offset)));
    at = offset + 4;
  }
  return out;
}

/** PNG bytes: signature, IHDR, PLTE/tRNS for palettes, one IDAT holding the zlib stream, IEND. */
export function assemble(width: number, height: number, colorType: ColorType, palette: Uint32Array | null, deflated: readonly Uint8Array[], adler: number, crc32: (bytes: Uint8Array) => number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8;
  header[9] = colorType;
  const chunks: ChunkPlan[] = [['IHDR', [header]]];
  if (palette) {
    const rgb = new Uint8Array(palette.length * 3);
    const alpha = new Uint8Array(palette.length);
    palette.forEach((c, i) => {
      rgb[i * 3] = c & 0xff;
      rgb[i * 3 + 1] = (c >>> 8) & 0xff;
      rgb[i * 3 + 2] = (c >>> 16) & 0xff;
      alpha[i] = c >>> 24;
    });
    chunks.push(['PLTE', [rgb]]);
    if (alpha.some((a) => a !== 255)) chunks.push(['tRNS', [alpha]]);
  }
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  chunks.push(['IDAT', [ZLIB_HEADER, ...deflated, trailer]], ['IEND', []]);
  return writeChunks(chunks, crc32);
}

/** The arrays joined into one (the array itself when there is one). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Index rows tokenised band by band from the palette counter's runs (no index row is written), each
 * band one dynamic block, with the stream's adler32; null when the rows are too wide for it.
 */
function matchedPaletteParts(chosen: PalettePlan, width: number): { readonly parts: Uint8Array[]; readonly adler: number } | null {
  const { bands } = chosen.image;
  const tokeniser = new PaletteRunTokens(width, chosen.repeatsAbove);
  let adler = 1;
  const parts: Uint8Array[] = [];
  for (const [i, band] of bands.entries()) {
    const tokens = tokeniser.band(band);
    if (!tokens) return null;
    adler = adler32Combine(adler, tokens.adler, (band.counts.toRow - band.counts.fromRow) * (width + 1));
    parts.push(writeDynamicBlock(tokens, i === bands.length - 1));
  }
  return { parts, adler };
}

/**
 * The file of a planned image, the deflate step being the codec's, sync or async alike: `wait`
 * joins the deflated parts and calls `finish` with them. The caller gives a palette plan's row
 * buffer back (giveBackRowBuffer) once the result is ready.
 */
export function writePlan<T, R>(chosen: Plan, width: number, height: number, codec: PngCodec<T>, wait: (parts: T[], finish: (deflated: readonly Uint8Array[]) => Uint8Array) => R): R {
  if (chosen.kind === 'matched') return wait([], () => assemble(width, height, chosen.colorType, null, chosen.parts, chosen.adler, codec.crc32));
  const own = chosen.kind === 'palette' && codec.preferMatchers ? matchedPaletteParts(chosen, width) : null;
  if (own && chosen.kind === 'palette') return wait([], () => assemble(width, height, 3, chosen.entries, own.parts, own.adler, codec.crc32));
  const { parts, adler } = deflatePlan(chosen, width, height, codec.deflate, codec.repeatedRows);
  const colorType = chosen.kind === 'palette' ? 3 : chosen.colorType;
  const entries = chosen.kind === 'palette' ? chosen.entries : null;
  const rival = chosen.kind === 'rows' ? chosen.rival : null;
  return wait(parts, (deflated) =>
    rival && byteLength(rival.parts) <= byteLength(deflated) ? assemble(width, height, rival.colorType, null, rival.parts, rival.adler, codec.crc32) : assemble(width, height, colorType, entries, deflated, adler, codec.crc32),
  );
}

/** Gives a palette or rows plan's row buffer back to the pool. */
export function releasePlan(chosen: Plan): void {
  if (chosen.kind === 'palette') giveBackRowBuffer(chosen.rows);
  else if (chosen.kind === 'rows') giveBackRowBuffer(chosen.data);
}

/** An asynchronous codec's `wait`: all parts deflated, then the file. */
export const awaitParts = async (parts: (Uint8Array | Promise<Uint8Array>)[], finish: (deflated: readonly Uint8Array[]) => Uint8Array): Promise<Uint8Array> => finish(await Promise.all(parts));

/** RGBA to PNG on one thread with an asynchronous codec (the edge build's encoder). */
export async function encodePngWith(codec: PngCodec<Uint8Array | Promise<Uint8Array>>, rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Promise<Uint8Array> {
  const pixels = pixelWords(rgba, width * height);
  return writePlanned(codec, pixels, width, height, palette, scanRows(pixels, width, height), alpha, awaitParts);
}

/**
 * The file of the pixels, planned here (plan; their rows scanned already) and written with `codec`
 * and `wait` (writePlan), or by `write` when given (the async encoder's, which may deflate a
 * photograph's halves on two threads). The plan's row buffer goes back to the pool once the file is
 * ready: at once for a synchronous `wait`, when its promise settles for an asynchronous one (the
 * deflate may still be reading the rows on libuv's pool until then).
 */
export function writePlanned<T, R>(codec: PngCodec<T>, pixels: Uint32Array, width: number, height: number, palette: PaletteMode, scanned: RowScan, alpha: PixelAlpha, wait: (parts: T[], finish: (deflated: readonly Uint8Array[]) => Uint8Array) => R, write?: (chosen: Plan) => R): R {
  const chosen = plan(pixels, width, height, palette, scanned, alpha, codec.preferMatchers, codec.photoRows);
  let written: R;
  try {
    written = write ? write(chosen) : writePlan(chosen, width, height, codec, wait);
  } catch (error) {
    releasePlan(chosen);
    throw error;
  }
  if (!(written instanceof Promise)) {
    releasePlan(chosen);
    return written;
  }
  // R is this promise's type: the same promise, settled after the buffer is back.
  return written.finally(() => releasePlan(chosen)) as R;
}
