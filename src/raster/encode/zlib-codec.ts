// node:zlib as a PNG codec: the stream's parts cut into primed pieces, deflated on this thread or handed aside, with long stretches of repeated palette rows as blocks of ours.
import { crc32, deflateRawSync } from 'node:zlib';
import { concatBytes, type PngCodec } from './png-writer.js';
import { streamCutter, type Piece } from './zlib-pieces.js';

export const deflateHere = (piece: Piece): Uint8Array => deflateRawSync(piece.bytes, piece.options);

/**
 * A codec for one zlib stream: its parts cut into primed pieces (zlib-pieces.ts), joined by `join`.
 * With `aside`, the pieces of parts of `asideMinBytes` or more go to it, except the stream's last
 * piece, which the calling thread deflates itself meanwhile (it would only wait otherwise).
 * `primed` is the stream's end before its first part when that was deflated elsewhere (the band
 * worker's part follows the top band's).
 */
export function zlibCodec<T>(aside: ((piece: Piece) => T) | null, asideMinBytes: number, join: (pieces: (Uint8Array | T)[]) => T, primed?: Uint8Array): PngCodec<T> {
  const cut = streamCutter(primed);
  return {
    crc32: (bytes) => crc32(bytes),
    deflate: (bytes, settings, last) =>
      join(cut(bytes, settings, last).map((piece, i, all) => (aside && bytes.length >= asideMinBytes && !(last && i === all.length - 1) ? aside(piece) : deflateHere(piece)))),
    repeatedRows: (block, rows) => {
      cut.passed(rows);
      return join([block]);
    },
  };
}

/** Every piece on the calling thread. */
export const syncZlibCodec = (primed?: Uint8Array): PngCodec<Uint8Array> => zlibCodec<Uint8Array>(null, Infinity, concatBytes, primed);
