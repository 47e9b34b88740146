// The PNG encoder on Node: png-writer.ts's file with zlib's deflate and CRC-32, on the calling thread (no band worker: a server pays for CPU; docs/encoding.md).
import { constants, crc32, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { yieldIfLoopIdle } from './event-loop-turn.js';
import { scanRows } from './palette/count-band.js';
import type { PixelAlpha } from './scanlines.js';
import { pixelWords, plan, releasePlan, writePlan, type DeflateSettings, type PaletteMode, type PngCodec } from './png-writer.js';

export { DEFLATE_OPTIONS, MATCHED_MAX_BYTES_PER_PIXEL, PALETTE_DEFLATE_OPTIONS, PALETTE_MAX_ERROR, SMOOTH_DEFLATE_OPTIONS, type PaletteMode } from './png-writer.js';

/** Options for a part: every part but the last ends with a sync flush (byte-aligned, not final), so the raw streams concatenate into one. */
const partOptions = (settings: DeflateSettings, last: boolean): ZlibOptions => (last ? settings : { ...settings, finishFlush: constants.Z_SYNC_FLUSH });

/** zlib on the calling thread. */
const SYNC_CODEC: PngCodec<Uint8Array> = { crc32: (bytes) => crc32(bytes), deflate: (bytes, settings, last) => deflateRawSync(bytes, partOptions(settings, last)) };

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** RGBA (premultiplied as canvas.data() gives it, or straight as the portable rasteriser's) to PNG, synchronously. */
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
 * The same bytes as encodePng, after letting the event loop turn once between two encodes
 * (yieldIfLoopIdle): native finalizers that free earlier renders' pixel buffers run there (without
 * it, back-to-back renders slow down; docs/encoding.md).
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Promise<Buffer> {
  const png = encodePng(rgba, width, height, palette, alpha);
  await yieldIfLoopIdle();
  return png;
}
