// node:zlib as a PNG codec: the stream's parts cut into primed pieces, deflated on this thread or handed aside, with long stretches of repeated palette rows as blocks of ours, and palette index rows and photographs' RGB rows deflated by the index matcher's module (wasm) where it runs.
import { crc32, deflateRawSync } from 'node:zlib';
import { concatBytes, DEFLATE_OPTIONS, GRADIENT_PALETTE_DEFLATE_OPTIONS, PALETTE_DEFLATE_OPTIONS, type DeflateSettings, type PhotoRows, type PngCodec } from './png-writer.js';
import { streamCutter, type Piece } from './zlib-pieces.js';
import { noteDeflated } from './zlib-output-room.js';
import { deflateIndexRowsInWasm, indexMatcherInWasm, useIndexMatcherWasm } from './deflate/index-matcher-wasm.js';
import { INDEX_MATCHER_WASM_BASE64 } from './deflate/index-matcher-wasm-bytes.js';
import { deflatePhotoRowsInWasm, photoDeflateInWasm } from './deflate/photo-deflate-wasm.js';

// Compiled from its bytes at the first palette image (nothing is decoded or compiled before).
useIndexMatcherWasm(() => Buffer.from(INDEX_MATCHER_WASM_BASE64, 'base64'));

/**
 * Palette index rows (of text cards and of merged gradient steps) go to the index matcher: known by
 * their settings, which the band worker receives as numbers (RGB(A) rows have other memLevels).
 */
const isIndexRows = (settings: DeflateSettings): boolean =>
  [PALETTE_DEFLATE_OPTIONS, GRADIENT_PALETTE_DEFLATE_OPTIONS].some((options) => options.level === settings.level && options.memLevel === settings.memLevel);

/**
 * Photographs' opaque RGB rows, each filtered by the least sum of absolute residuals, for the wasm
 * photo deflater (their settings carry `rowBytes`: png-writer's plan adds it): on the bench's real
 * photographs 11–14% smaller than zlib level 4 on Sub rows, on its synthetic ones 5% larger, at about
 * half zlib's CPU (docs/encoding.md). zlib's settings are DEFLATE_OPTIONS', for a part the module cannot take.
 */
const PHOTO_ROWS: PhotoRows = { filter: 'least-sum', settings: DEFLATE_OPTIONS };

export const deflateHere = (piece: Piece): Uint8Array => {
  const out = deflateRawSync(piece.bytes, piece.options);
  noteDeflated(piece.options, piece.bytes.length, out.length);
  return out;
};

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
    deflate: (bytes, settings, last) => {
      const own = isIndexRows(settings) ? deflateIndexRowsInWasm(bytes, cut.window(), last) : settings.rowBytes !== undefined ? deflatePhotoRowsInWasm(bytes, cut.window(), last, settings.rowBytes) : undefined;
      const pieces = cut(bytes, settings, last);
      if (own) return join([own]);
      return join(pieces.map((piece, i, all) => (aside && bytes.length >= asideMinBytes && !(last && i === all.length - 1) ? aside(piece) : deflateHere(piece))));
    },
    ...(photoDeflateInWasm() && { photoRows: PHOTO_ROWS }),
    // Stretches of repeated rows are cut out for zlib only: the index matcher takes them whole (a blank stretch is one run) at less CPU than the blocks of ours.
    ...(!indexMatcherInWasm() && {
      repeatedRows: (block: Uint8Array, rows: Uint8Array) => {
        cut.passed(rows);
        return join([block]);
      },
    }),
  };
}

/** Every piece on the calling thread. */
export const syncZlibCodec = (primed?: Uint8Array): PngCodec<Uint8Array> => zlibCodec<Uint8Array>(null, Infinity, concatBytes, primed);
