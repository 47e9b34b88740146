// Deflate's length and distance symbols with their extra bits (RFC 1951 §3.2.5).
import { OgsmithError } from '../../../errors/catalogue.js';

const LENGTH_BASES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258] as const;
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0] as const;
const DISTANCE_BASES = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577] as const;

export const END_OF_BLOCK = 256;
export const LITERAL_LENGTH_SYMBOLS = 286;
export const DISTANCE_SYMBOLS = 30;
export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
export const MAX_DISTANCE = 32_768;

/** Literal/length symbol of each match length 3…258 (index = length). */
export const LENGTH_SYMBOL = new Uint16Array(MAX_MATCH + 1);
/** Number of extra bits after each length's symbol. */
export const LENGTH_EXTRA_BITS = new Uint8Array(MAX_MATCH + 1);
/** Value of those extra bits. */
export const LENGTH_EXTRA_VALUE = new Uint8Array(MAX_MATCH + 1);

for (let code = 0; code < LENGTH_BASES.length; code++) {
  const base = LENGTH_BASES[code]!;
  const end = code + 1 < LENGTH_BASES.length ? LENGTH_BASES[code + 1]! : MAX_MATCH + 1;
  // 258 has its own symbol (285), so the last range of symbol 284 stops at 257.
  for (let length = base; length < end && length <= MAX_MATCH; length++) {
    LENGTH_SYMBOL[length] = 257 + code;
    LENGTH_EXTRA_BITS[length] = LENGTH_EXTRA[code]!;
    LENGTH_EXTRA_VALUE[length] = length - base;
  }
}

/** A distance's symbol, extra bit count and extra value. */
export interface DistanceCode {
  readonly symbol: number;
  readonly extraBits: number;
  readonly extraValue: number;
}

export function distanceCode(distance: number): DistanceCode {
  if (!Number.isInteger(distance) || distance < 1 || distance > MAX_DISTANCE) throw new OgsmithError('INTERNAL', `Deflate distance out of range: ${distance}`);
  let symbol = DISTANCE_BASES.length - 1;
  while (DISTANCE_BASES[symbol]! > distance) symbol--;
  return { symbol, extraBits: symbol < 4 ? 0 : (symbol >> 1) - 1, extraValue: distance - DISTANCE_BASES[symbol]! };
}
