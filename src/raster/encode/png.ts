// The PNG encoder on Node: png-writer.ts's file with zlib's deflate and CRC-32; encodePng on the calling thread, encodePngAsync with large streams' pieces deflated at once on libuv's thread pool (docs/encoding.md).
import { createDeflateRaw } from 'node:zlib';
import { yieldIfLoopIdle } from './event-loop-turn.js';
import { scanRows } from './palette/count-band.js';
import type { PixelAlpha } from './scanlines.js';
import { assemble, awaitParts, concatBytes, encodePngWith, MisplacedPartError, photoHalves, pixelWords, writePlan, writePlanned, type PaletteMode, type PngCodec } from './png-writer.js';
import { bandRanges } from './palette.js';
import { takeBandHelper } from './parallel/band-helper.js';
import { encodePaletteInParallel } from './parallel/parallel-palette.js';
import { deflatePhotoInParallel } from './parallel/parallel-photo.js';
import { ONE_CALL_MIN_BYTES, type Piece } from './zlib-pieces.js';
import { syncZlibCodec, zlibCodec } from './zlib-codec.js';
import { noteDeflated } from './zlib-output-room.js';
import { usePixelMatcherWasm } from './deflate/pixel-matcher-wasm.js';
import { PIXEL_MATCHER_WASM_BASE64 } from './deflate/pixel-matcher-wasm-bytes.js';

// Node compiles the wasm pixel matcher from its bytes at the first matched image (nothing is decoded or compiled before).
usePixelMatcherWasm(() => Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64'));

export { DEFLATE_OPTIONS, MATCHED_MAX_BYTES_PER_PIXEL, PALETTE_DEFLATE_OPTIONS, PALETTE_MAX_ERROR, SMOOTH_DEFLATE_OPTIONS, type PaletteMode } from './png-writer.js';

/**
 * Parts of the stream shorter than this are deflated on the calling thread by the async encoder
 * too: a 1200×630 card's palette bands (378 KB each) measured slower and 0.5–1 ms of CPU dearer
 * through the pool; photographs' and smooth images' RGB halves (1.1 MB each) go to it (docs/encoding.md).
 */
export const POOL_MIN_BYTES = ONE_CALL_MIN_BYTES;

/**
 * One piece on libuv's thread pool: the calling thread goes on (or sleeps in the event loop) until
 * zlib is done. The pieces that go there (of parts of POOL_MIN_BYTES or more) have an output buffer
 * sized for the whole piece's output (zlib-output-room.ts), so each is one trip through the pool, not
 * one per 16 KiB chunk; their output/input ratio sizes the next piece's buffer. zlib's stream gives
 * its output as views of that buffer (one per write: the input, then the final flush), which are
 * joined without a copy when they are adjacent (node's `deflateRaw` callback copies them).
 */
const deflateOnPool = (piece: Piece): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const stream = createDeflateRaw(piece.options);
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const out = joinOutput(chunks);
      noteDeflated(piece.options, piece.bytes.length, out.length);
      resolve(out);
    });
    stream.end(piece.bytes);
  });

/** zlib's output chunks as one array: one view when each starts where the one before it ends in the same buffer, else a copy. */
function joinOutput(chunks: readonly Uint8Array[]): Uint8Array {
  const first = chunks[0];
  if (!first) return new Uint8Array(0);
  let end = first.byteOffset + first.byteLength;
  for (const chunk of chunks.slice(1)) {
    if (chunk.buffer !== first.buffer || chunk.byteOffset !== end) return concatBytes(chunks);
    end += chunk.byteLength;
  }
  return new Uint8Array(first.buffer, first.byteOffset, end - first.byteOffset);
}

/** Large parts' pieces on the pool, all at once (a trip through it costs about 0.3–0.6 ms of CPU). The same bytes as syncZlibCodec. */
const poolCodec = (): PngCodec<Uint8Array | Promise<Uint8Array>> =>
  zlibCodec<Uint8Array | Promise<Uint8Array>>(deflateOnPool, POOL_MIN_BYTES, (pieces) => (pieces.length === 1 ? pieces[0]! : Promise.all(pieces).then(concatBytes)));

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** RGBA (premultiplied as canvas.data() gives it, or straight as the portable rasteriser's) to PNG, synchronously. */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Buffer {
  try {
    return encodePngOnce(rgba, width, height, palette, alpha);
  } catch (error) {
    noteMisplacedPart(error);
    return encodePngOnce(rgba, width, height, palette, alpha);
  }
}

/**
 * Rethrows anything but a misplaced deflate part (then the caller encodes once more), and reports one once per process. Seen on Node 24 under load only (an invalid PNG
 * in 3 of 8 runs of its test suites before this guard; the guard fired once in 6 runs after it),
 * never on Node 20 and never on demand: the encode is tried once more, and fails with the INTERNAL
 * error if it happens again (docs/encoding.md).
 */
let misplacedReported = false;
function noteMisplacedPart(error: unknown): void {
  if (!(error instanceof MisplacedPartError)) throw error;
  if (misplacedReported) return;
  misplacedReported = true;
  process.emitWarning(`${error.message}; the PNG was encoded again`, { code: 'OGSMITH_PNG_PART_MISPLACED' });
}

function encodePngOnce(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode, alpha: PixelAlpha): Buffer {
  const pixels = pixelWords(rgba, width * height);
  return asBuffer(writePlanned(syncZlibCodec(), pixels, width, height, palette, scanRows(pixels, width, height), alpha, (parts, finish) => finish(parts)));
}

/**
 * The same bytes as encodePng, the large pieces deflated at once on libuv's thread pool (this
 * thread waits in the event loop, nothing polls). Then it lets the event loop turn once unless it
 * has turned since the previous encode, as it does while the pool works (yieldIfLoopIdle): native
 * finalizers that free earlier renders' pixel buffers run there (without it, back-to-back renders
 * slow down; docs/encoding.md).
 */
export async function encodePngAsync(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Promise<Buffer> {
  const png = await encodeOnThreads(rgba, width, height, palette, alpha).catch((error: unknown) => {
    noteMisplacedPart(error);
    return encodePngWith(poolCodec(), rgba, width, height, palette, alpha);
  });
  await yieldIfLoopIdle();
  return asBuffer(png);
}

/**
 * A palette image cut into two bands is encoded with the band worker's help where it runs (the main
 * thread, unless OGSMITH_PARALLEL_ENCODE=0) and is free (parallel/: the same bytes, 0.64–0.80× the text cards'
 * encode wall time; the waits sleep in the event loop), and so are a photograph's two halves of rows
 * for the photo deflater (parallel-photo.ts: the same bytes); every other image, and any the worker
 * could not help with, as encodePngWith does.
 */
async function encodeOnThreads(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode, alpha: PixelAlpha): Promise<Uint8Array> {
  const pixels = pixelWords(rgba, width * height);
  const scanned = scanRows(pixels, width, height);
  const countsInBands = palette !== 'off' && bandRanges(width, height, scanned.cut).length === 2;
  const helper = countsInBands ? takeBandHelper(width, height) : null;
  const parallel = helper && palette !== 'off' ? await encodePaletteInParallel(helper, pixels, width, height, scanned, palette, alpha, syncZlibCodec()) : null;
  if (parallel?.kind === 'png') return parallel.bytes;
  const codec = poolCodec();
  return writePlanned(codec, pixels, width, height, parallel?.kind === 'no palette' ? 'off' : palette, scanned, alpha, awaitParts, async (chosen) => {
    const photo = photoHalves(chosen, height);
    // A photograph whose palette count had the worker takes it again (the same encode); one whose count did not ask for it takes it as any image does.
    const photoHelper = photo && (helper ? takeBandHelper(width, height, true) : countsInBands ? null : takeBandHelper(width, height));
    const parts = photo && photoHelper ? await deflatePhotoInParallel(photoHelper, photo.rows, photo.rowBytes, photo.split) : null;
    if (parts && chosen.kind === 'rows') return assemble(width, height, chosen.colorType, null, parts, chosen.adler, codec.crc32);
    return writePlan(chosen, width, height, codec, awaitParts);
  });
}
