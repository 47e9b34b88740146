// Cuts the parts of a PNG's zlib stream into fixed pieces, each primed with the 32 KiB of the stream before it (as pigz does), so the pieces can be deflated at once and their raw streams still concatenate.
import { constants, type ZlibOptions } from 'node:zlib';
import { concatBytes, type DeflateSettings } from './png-writer.js';
import { expectedOutputRoom } from './zlib-output-room.js';

/** deflate's window: a piece is primed with at most this many bytes of the stream before it. */
export const WINDOW_BYTES = 32 * 1024;
/** Parts longer than this are cut into equal pieces of at most this many bytes: a 1200×630 image's RGB(A) halves are one piece each (docs/encoding.md has bytes and CPU by piece size). */
export const PIECE_BYTES = 2 * 1024 * 1024;

/**
 * Pieces of parts this long or more (a 1200×630 image's RGB halves) are deflated into one output
 * buffer of expectedOutputRoom bytes, on the pool and on the calling thread alike: one zlib call, not one per
 * 16 KiB chunk (0.6–0.75 ms less CPU on a photo's 1.1 MB half; zlib's output does not depend on the
 * buffer's size). Shorter parts (palette bands) keep zlib's 16 KiB chunks: their output is small.
 */
export const ONE_CALL_MIN_BYTES = 1024 * 1024;

/** One deflate call: its input and zlib's options (level, memLevel, flush, dictionary). */
export interface Piece {
  readonly bytes: Uint8Array;
  readonly options: ZlibOptions;
}

/** Where the pieces of a part start: equal pieces of at most PIECE_BYTES, a function of the part's length alone (so of the pixels, never of the machine). */
export function pieceStarts(length: number): number[] {
  const count = Math.max(1, Math.ceil(length / PIECE_BYTES));
  const size = Math.ceil(length / count);
  return Array.from({ length: count }, (_, i) => i * size);
}

/** Cuts one zlib stream's parts into pieces (call it with each part in stream order); `passed` adds bytes written into the stream by other means (deflate/repeated-rows.ts) to its window. */
export interface StreamCutter {
  (bytes: Uint8Array, settings: DeflateSettings, last: boolean): Piece[];
  passed(bytes: Uint8Array): void;
  /** What the next part is primed with: the end of the stream so far, at most 32 KiB. */
  window(): Uint8Array;
}

/**
 * The pieces of one zlib stream, given its parts in stream order (as png-writer's DeflatePart
 * receives them). Every piece but the stream's last ends with a sync flush (byte-aligned, not
 * final); each is primed with the up to 32 KiB before it: inside the part, or the stream's earlier
 * parts (kept as `history`). Priming keeps the matches a single deflate call would find across the
 * cut, so the pieces cost nearly no bytes (docs/encoding.md). `primed` is the end of the stream's
 * earlier parts when they are deflated elsewhere (the band worker's part follows the top band's).
 */
export function streamCutter(primed: Uint8Array = new Uint8Array(0)): StreamCutter {
  let history: Uint8Array = primed.length > WINDOW_BYTES ? primed.subarray(primed.length - WINDOW_BYTES) : primed;
  const remember = (bytes: Uint8Array): void => {
    history = bytes.length >= WINDOW_BYTES ? bytes.subarray(bytes.length - WINDOW_BYTES) : concatBytes([history, bytes]).slice(-WINDOW_BYTES);
  };
  const cut = (bytes: Uint8Array, settings: DeflateSettings, last: boolean): Piece[] => {
    const starts = pieceStarts(bytes.length);
    const pieces = starts.map((start, i): Piece => {
      const end = starts[i + 1] ?? bytes.length;
      const dictionary = i === 0 ? history : bytes.subarray(Math.max(0, start - WINDOW_BYTES), start);
      const finishFlush = last && i === starts.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
      const options: ZlibOptions = {
        level: settings.level,
        memLevel: settings.memLevel,
        finishFlush,
        ...(dictionary.length > 0 && { dictionary }),
        ...(bytes.length >= ONE_CALL_MIN_BYTES && { chunkSize: expectedOutputRoom(settings, end - start) }),
      };
      return { bytes: bytes.subarray(start, end), options };
    });
    remember(bytes);
    return pieces;
  };
  return Object.assign(cut, {
    /** The window after a stretch is its end alone (PRIME_AFTER_PASSED). */
    passed: (bytes: Uint8Array): void => {
      history = bytes.subarray(Math.max(0, bytes.length - PRIME_AFTER_PASSED));
    },
    window: (): Uint8Array => history,
  });
}

/**
 * Bytes of a passed stretch kept as the next piece's window: the stretch is one row repeated, so a
 * few rows of it hold what 32 KiB would (the rows before the stretch are 16 or more rows back), and
 * a 32 KiB dictionary costs zlib about 0.07 ms more a call (docs/encoding.md).
 */
export const PRIME_AFTER_PASSED = 8 * 1024;

/**
 * Where the window a cutter primes the next part with starts (streamCutter's `window()`), as a
 * function of positions alone, for a part deflated elsewhere at once (the band worker's): `end` is
 * the stream's length so far, `passed` the last stretch given to `passed` (its start and end), if any.
 */
export function windowStart(end: number, passed: { readonly start: number; readonly end: number } | null): number {
  const afterPassed = passed ? Math.max(passed.start, passed.end - PRIME_AFTER_PASSED) : 0;
  return Math.max(0, end - WINDOW_BYTES, afterPassed);
}
