// Raw deflate of photographs' filtered RGB rows in AssemblyScript (in the index matcher's module, whose Huffman block headers and bit writer it uses): matches start at pixel boundaries only, from a hash chain of few candidates, and are taken only when the previous block's codes price them below their bytes as literals; literals are counted and written straight from the input.

import { align16, DIST_FREQ, DIST_LEN, endBlock, endStream, ensure, LENGTH_SYMBOL, LIT_CODE, LIT_FREQ, LIT_LEN, MAX_DISTANCE as WINDOW, MAX_MATCH, put, putMatch, startTokens, writeBlockHeader } from './index-matcher';

/** Matches start with four equal bytes (the hash covers six). */
const MIN_MATCH: i32 = 4;
const WINDOW_MASK: i32 = WINDOW - 1;

// Layout (from the heap base): prices (literal and length symbols 288 × u8, distance symbols 32 × u8), literal codes packed `code | length << 16` (256 × u32), then a call's input, hash heads, chains, matches and output.
let literalPriceAt: usize = 0;
let distancePriceAt: usize = 0;
let literalCodeAt: usize = 0;
let inputAt: usize = 0;
let headsAt: usize = 0;
let prevAt: usize = 0;
let matchesAt: usize = 0;
let outputAt: usize = 0;

/** Candidates tried per pixel (docs/encoding.md has 1 to 16: on the photo cards 2 saves 0.3–1.1% for 10% more time). */
const CHAIN_LENGTH: i32 = 1;
/** Literals and matches per dynamic block (4,096 to 32,768 measured within 1%). */
const BLOCK_SYMBOLS: i32 = 16384;
/** A candidate this long ends the search. */
const NICE_LENGTH: i32 = 32;
/** Bytes of a row (filter byte included) and the column of input byte 0: matches start where pixels do (3 bytes a pixel). */
let rowBytes: i32 = 1;
let firstColumn: i32 = 0;

// The current block: its first byte, the matches so far (pairs of u32: literals before the match, `length << 16 | distance`), the literals since the last match, and its symbols.
let blockStart: usize = 0;
let matchCount: i32 = 0;

/** Lays out memory for `total` input bytes (window + part) and returns where the caller copies them. */
export function preparePhoto(total: i32, row: i32, column: i32): usize {
  rowBytes = row;
  firstColumn = column;
  const n = <usize>total;
  literalPriceAt = align16(__heap_base);
  distancePriceAt = literalPriceAt + 288;
  literalCodeAt = align16(distancePriceAt + 32);
  inputAt = literalCodeAt + 1024;
  headsAt = align16(inputAt + n + 16);
  prevAt = headsAt + (<usize>PIXEL_HASH_SIZE << 2);
  matchesAt = prevAt + (<usize>WINDOW << 1);
  outputAt = align16(matchesAt + (<usize>(BLOCK_SYMBOLS + 1) << 3));
  // At most 2 bytes per input byte, and a header of at most 600 bytes per block (a block holds at least BLOCK_SYMBOLS symbols, or the part's end).
  ensure(outputAt + 2 * n + 600 * (n / <usize>BLOCK_SYMBOLS + 2) + 64);
  // The hash of the last positions reads up to 4 bytes past the input: zeros, not an earlier call's bytes (the same output every time).
  memory.fill(inputAt + n, 0, 16);
  return inputAt;
}

export function photoOutput(): usize {
  return outputAt;
}

/** A symbol the previous block did not use is priced at this many bits. */
const UNUSED_PRICE: u8 = 12;

/** Prices from the code lengths of the block just written. */
function setPrices(): void {
  for (let s = 0; s < 286; s++) {
    const length = load<u8>(LIT_LEN + <usize>s);
    store<u8>(literalPriceAt + <usize>s, length > 0 ? length : UNUSED_PRICE);
  }
  for (let s = 0; s < 30; s++) {
    const length = load<u8>(DIST_LEN + <usize>s);
    store<u8>(distancePriceAt + <usize>s, length > 0 ? length : UNUSED_PRICE);
  }
}

/** Prices before the first block: 8 bits a literal, 7 a length symbol, 5 a distance symbol. */
function defaultPrices(): void {
  memory.fill(literalPriceAt, 8, 256);
  memory.fill(literalPriceAt + 256, 7, 32);
  memory.fill(distancePriceAt, 5, 32);
}

/** Bits of a match's length symbol and extra bits. */
@inline function lengthPrice(length: i32): i32 {
  const symbol = <i32>load<u16>(LENGTH_SYMBOL + (<usize>length << 1));
  const code = symbol - 257;
  const extra = code < 8 || code == 28 ? 0 : (code - 4) >> 2;
  return <i32>load<u8>(literalPriceAt + <usize>symbol) + extra;
}

@inline function distanceSymbol(x: i32): i32 {
  if (x < 4) return x;
  const n = 31 - clz(x);
  return 2 * n + ((x >> (n - 1)) & 1);
}

/** Bits of a distance's symbol and extra bits. */
@inline function distancePrice(distance: i32): i32 {
  const x = distance - 1;
  const extra = x < 4 ? 0 : 30 - clz(x);
  return <i32>load<u8>(distancePriceAt + <usize>distanceSymbol(x)) + extra;
}

/**
 * Bits a match must save against its bytes as literals, at the previous block's prices: the match
 * also changes the next block's codes, which the prices do not see (on the street photo 749.5 KB
 * at 3 bits, 757.6 KB at 1, 762.1 KB at 10; docs/encoding.md).
 */
const MIN_SAVED_BITS: i32 = 3;

/** Whether a match of `length` bytes at `distance` from `at` costs at least MIN_SAVED_BITS fewer bits than its bytes as literals. */
function pays(at: usize, length: i32, distance: i32): bool {
  let literals = 0;
  for (let i = 0; i < length; i++) literals += <i32>load<u8>(literalPriceAt + <usize>load<u8>(at + <usize>i));
  return lengthPrice(length) + distancePrice(distance) + MIN_SAVED_BITS <= literals;
}

/** Hash heads (i32 positions): 64 KiB, and the chains' 32 Ki u16 steps 64 KiB, stay in the second-level cache. */
const PIXEL_HASH_BITS: u32 = 14;
const PIXEL_HASH_SIZE: i32 = 1 << PIXEL_HASH_BITS;

/**
 * A position's hash: of its first six bytes (two pixels), so a chain holds few candidates that
 * are shorter than two pixels (on the synthetic photo cards 880 KB at one candidate a pixel,
 * hashing four bytes 940 KB; docs/encoding.md).
 */
@inline function hashOf(at: usize): usize {
  return <usize>(((load<u64>(at) & 0xffffffffffff) * 0x9e3779b97f4a7c15) >> (64 - PIXEL_HASH_BITS)) << 2;
}

/** Equal bytes of `a` and `b` from byte `from` on, at most `most` (8 bytes a step). */
@inline function extend(a: usize, b: usize, from: i32, most: i32): i32 {
  let length = from;
  while (length + 8 <= most) {
    const x = load<u64>(a + <usize>length) ^ load<u64>(b + <usize>length);
    if (x != 0) return min(most, length + <i32>(ctz(x) >> 3));
    length += 8;
  }
  while (length < most && load<u8>(a + <usize>length) == load<u8>(b + <usize>length)) length++;
  return length;
}

/** Adds position `p` to its hash chain (the chain holds distances to the previous position of the hash: 0 ends it) and returns the previous head (-1: none). */
@inline function insert(p: i32): i32 {
  const h = hashOf(inputAt + <usize>p);
  const head = load<i32>(headsAt + h);
  store<u16>(prevAt + (<usize>(p & WINDOW_MASK) << 1), head < 0 || p - head > 0xffff ? 0 : <u16>(p - head));
  store<i32>(headsAt + h, p);
  return head;
}

@inline function countLiteral(at: usize): void {
  const counter = LIT_FREQ + (<usize>load<u8>(at) << 2);
  store<u32>(counter, load<u32>(counter) + 1);
}

/** A match after `literals` literals. */
@inline function match(literals: i32, length: i32, distance: i32): void {
  const pair = matchesAt + (<usize>matchCount << 3);
  store<u32>(pair, <u32>literals);
  store<u32>(pair, (<u32>length << 16) | <u32>distance, 4);
  matchCount++;
  const lengthCounter = LIT_FREQ + (<usize>load<u16>(LENGTH_SYMBOL + (<usize>length << 1)) << 2);
  store<u32>(lengthCounter, load<u32>(lengthCounter) + 1);
  const distanceCounter = DIST_FREQ + (<usize>distanceSymbol(distance - 1) << 2);
  store<u32>(distanceCounter, load<u32>(distanceCounter) + 1);
}

/** The block so far (its literals read from the input; `literals` after its last match), final when `final`; the next starts at `next`. */
function writePhotoBlock(final: bool, next: usize, literals: i32): void {
  // The literals after the last match: a pair with no match.
  store<u32>(matchesAt + (<usize>matchCount << 3), <u32>literals);
  store<u32>(matchesAt + (<usize>matchCount << 3), 0, 4);
  writeBlockHeader(final);
  for (let s = 0; s < 256; s++) store<u32>(literalCodeAt + (<usize>s << 2), <u32>load<u16>(LIT_CODE + (<usize>s << 1)) | (<u32>load<u8>(LIT_LEN + <usize>s) << 16));
  let at = blockStart;
  for (let m = 0; m <= matchCount; m++) {
    const pair = matchesAt + (<usize>m << 3);
    const end = at + <usize>load<u32>(pair);
    for (; at < end; at++) {
      const code = load<u32>(literalCodeAt + (<usize>load<u8>(at) << 2));
      put(code & 0xffff, code >> 16);
    }
    const token = load<u32>(pair, 4);
    if (token == 0) break;
    const length = token >> 16;
    putMatch(<usize>length, <i32>(token & 0xffff));
    at += <usize>length;
  }
  endBlock();
  setPrices();
  blockStart = next;
  matchCount = 0;
}

/** Whether a row's byte `column` starts a pixel (column 0 is the filter byte). */
@inline function startsPixel(column: i32): bool {
  return column > 0 && (column - 1) % 3 == 0;
}

/** The distance of search's match. */
let foundDistance: i32 = 0;

/** Inserts pixel position `p` and returns the longest match among its chain's first candidates (0: none; its distance in foundDistance). */
function search(p: i32, total: i32): i32 {
  const input = inputAt;
  const word = load<u32>(input + <usize>p);
  let candidate = insert(p);
  let best = 0;
  const most = min(MAX_MATCH, total - p);
  for (let tries = 0; candidate >= 0 && p - candidate <= WINDOW && tries < CHAIN_LENGTH; tries++) {
    if (load<u32>(input + <usize>candidate) == word) {
      const length = extend(input + <usize>candidate, input + <usize>p, MIN_MATCH, most);
      if (length > best) {
        best = length;
        foundDistance = p - candidate;
        if (length >= NICE_LENGTH) break;
      }
    }
    const step = <i32>load<u16>(prevAt + (<usize>(candidate & WINDOW_MASK) << 1));
    if (step == 0) break;
    candidate -= step;
  }
  return best;
}

/**
 * Deflates input bytes [start, total) (those before `start` are the window, at most 32 KiB), laid
 * out by `preparePhoto` and copied in by the caller; returns the output's length (at `photoOutput()`):
 * raw deflate, final when `last`, else ending with an empty stored block (a sync flush).
 */
export function deflatePhoto(start: i32, total: i32, last: bool): i32 {
  memory.fill(headsAt, 0xff, <usize>PIXEL_HASH_SIZE << 2);
  startTokens(matchesAt, 0, outputAt);
  defaultPrices();
  const input = inputAt;
  const end = total - MIN_MATCH;
  let column = firstColumn;
  for (let q = 0; q < start && q <= end; q++) {
    if (startsPixel(column)) insert(q);
    if (++column == rowBytes) column = 0;
  }
  blockStart = input + <usize>start;
  matchCount = 0;
  // Literals since the last match, and the block's symbols (literals and matches).
  let literals = 0;
  let symbols = 0;
  let p = start;
  column = (firstColumn + start) % rowBytes;
  while (p <= end) {
    if (!startsPixel(column)) {
      // A filter byte, or the bytes after a match up to the next pixel.
      countLiteral(input + <usize>p);
      literals++;
      symbols++;
      p++;
      if (++column == rowBytes) column = 0;
      continue;
    }
    const best = search(p, total);
    const bestDistance = foundDistance;
    if (best >= MIN_MATCH && pays(input + <usize>p, best, bestDistance)) {
      match(literals, best, bestDistance);
      literals = 0;
      symbols++;
      const matchEnd = p + best;
      for (p++; p < matchEnd; p++) {
        if (++column == rowBytes) column = 0;
        if (p <= end && startsPixel(column)) insert(p);
      }
      if (++column == rowBytes) column = 0;
    } else {
      // The pixel as three literals (a pixel's column is at most rowBytes - 3; p + 2 < total).
      countLiteral(input + <usize>p);
      countLiteral(input + <usize>p + 1);
      countLiteral(input + <usize>p + 2);
      literals += 3;
      symbols += 3;
      p += 3;
      column += 3;
      if (column == rowBytes) column = 0;
    }
    if (symbols >= BLOCK_SYMBOLS) {
      writePhotoBlock(false, input + <usize>p, literals);
      literals = 0;
      symbols = 0;
    }
  }
  for (; p < total; p++) {
    countLiteral(input + <usize>p);
    literals++;
  }
  writePhotoBlock(last, input + <usize>total, literals);
  return endStream(last);
}
