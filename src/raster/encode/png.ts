// The PNG encoder on Node: png-writer.ts's file with zlib's deflate and CRC-32, palette rows deflated in two parts at once, and the band worker on the main thread.
import { constants, crc32, deflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { yieldIfLoopIdle } from './event-loop-turn.js';
import { bandRanges } from './palette.js';
import { scanRows, type RowScan } from './palette/count-band.js';
import { bandHelperFor, type BandHelper } from './parallel/band-helper.js';
import { encodePaletteInParallel } from './parallel/parallel-palette.js';
import { matchInParallel } from './parallel/parallel-match.js';
import { toStraightAlpha, type PixelAlpha } from './scanlines.js';
import { maxMatchableWidth } from './deflate/pixel-matcher.js';
import { assemble, awaitParts, giveBackRowBuffer, PALETTE_BOUNDS, PALETTE_DEFLATE_OPTIONS, pixelWords, plan, releasePlan, takeRowBuffer, writePlan, type DeflateSettings, type PaletteMode, type Plan, type PngCodec } from './png-writer.js';

export { DEFLATE_OPTIONS, PALETTE_DEFLATE_OPTIONS, PALETTE_MAX_ERROR, type PaletteMode } from './png-writer.js';

/** Options for a part: every part but the last ends with a sync flush (byte-aligned, not final), so the raw streams concatenate into one. */
const partOptions = (settings: DeflateSettings, last: boolean): ZlibOptions => (last ? settings : { ...settings, finishFlush: constants.Z_SYNC_FLUSH });

/** zlib on the calling thread. */
const SYNC_CODEC: PngCodec<Uint8Array> = { crc32: (bytes) => crc32(bytes), deflate: (bytes, settings, last) => deflateRawSync(bytes, partOptions(settings, last)) };

/** zlib on libuv's thread pool: a part deflates while the next is written. */
const ASYNC_CODEC: PngCodec<Promise<Uint8Array>> = {
  crc32: (bytes) => crc32(bytes),
  deflate: (bytes, settings, last) => new Promise((resolve, reject) => deflateRaw(bytes, partOptions(settings, last), (error, result) => (error ? reject(error) : resolve(result)))),
};

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Premultiplied RGBA (as canvas.data() gives it) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Buffer {
  const pixels = pixelWords(rgba, width * height);
  const chosen = plan(pixels, width, height, palette, scanRows(pixels, width, height), alpha);
  try {
    return asBuffer(writePlan(chosen, width, height, SYNC_CODEC, (parts, finish) => finish(parts)));
  } finally {
    releasePlan(chosen);
  }
}

/**
 * The same bytes as encodePng. On the main thread, a palette image's two bands are counted,
 * written and deflated at once, the bottom one by the band worker (parallel/); otherwise palette
 * rows are deflated in two parts on libuv's thread pool, the first while the second is written.
 * Every path lets the event loop turn at least once between two encodes (yieldIfLoopIdle): native
 * finalizers that free earlier renders' pixel buffers run there (without it, back-to-back renders
 * slow down; docs/encoding.md). `alpha` 'straight': the pixels are straight RGBA (the portable
 * rasteriser's); translucent ones are then matched on this thread (the band worker un-premultiplies).
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Promise<Buffer> {
  const pixels = pixelWords(rgba, width * height);
  const rows = scanRows(pixels, width, height);
  const helper = bandRanges(width, height, rows.cut).length === 2 ? bandHelperFor(width, height) : null;
  // Once the parallel encoder has found that no palette fits, the one-thread path does not count again.
  let mode = palette;
  if (helper) {
    const parallel = palette === 'off' ? null : palettedInParallel(helper, pixels, width, height, rows, PALETTE_BOUNDS[palette], alpha);
    if (parallel) {
      await yieldIfLoopIdle();
      return parallel;
    }
    if (parallel === null) mode = 'off';
    if (parallel === null && width <= maxMatchableWidth(4)) {
      let matched = matchInParallel(helper, pixels, width, height, rows.cut, 3);
      // null: a translucent pixel, so RGBA; undefined: the worker failed, so one thread below.
      if (matched === null && alpha === 'premultiplied') matched = matchInParallel(helper, pixels, width, height, rows.cut, 4);
      if (matched) {
        await yieldIfLoopIdle();
        return asBuffer(assemble(width, height, matched.bytesPerPixel === 3 ? 2 : 6, null, matched.parts, matched.adler, crc32));
      }
    }
  }
  return encodeChosen(plan(pixels, width, height, mode, rows, alpha), width, height);
}

/** A palette PNG from the parallel encoder; null when no palette fits, undefined when the worker failed. */
function palettedInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, rows: RowScan, bounds: readonly number[], alpha: PixelAlpha): Buffer | null | undefined {
  const buffer = takeRowBuffer((width + 1) * height);
  try {
    const parallel = encodePaletteInParallel(helper, pixels, width, height, rows.repeatsAbove, rows.cut, bounds, buffer, PALETTE_DEFLATE_OPTIONS);
    return parallel && asBuffer(assemble(width, height, 3, parallel.colors.map(toStraightAlpha(alpha)), parallel.parts, parallel.adler, crc32));
  } finally {
    giveBackRowBuffer(buffer);
  }
}

/** The one-thread path: a matched image lets the loop turn first (the others wait on the thread pool). */
async function encodeChosen(chosen: Plan, width: number, height: number): Promise<Buffer> {
  try {
    if (chosen.kind === 'matched') await yieldIfLoopIdle();
    return asBuffer(await writePlan(chosen, width, height, ASYNC_CODEC, awaitParts));
  } finally {
    releasePlan(chosen);
  }
}
