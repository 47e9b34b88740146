// Raw deflate of palette index rows in AssemblyScript (built by scripts/build-wasm.mjs): the rows' runs found 32 bytes a step, matches looked up at run boundaries only (hashed by the runs after the boundary), dynamic Huffman blocks written here too (their header and bit writer are the photo deflater's too: assembly/photo-deflate.ts).

/**
 * Memory: fixed tables below FIXED_END (--memoryBase; static data follows it), then, from the
 * heap base, per call the input (window + part), the runs, the hash chains, the tokens and the
 * output, laid out by `prepare`.
 */
export const LIT_FREQ: usize = 0; // 286 × u32
export const DIST_FREQ: usize = 1152; // 30 × u32
const CL_FREQ: usize = 1280; // 19 × u32
export const LIT_LEN: usize = 1360; // 288 × u8
export const DIST_LEN: usize = 1648; // 32 × u8
const CL_LEN: usize = 1680; // 19 × u8 (+ pad)
export const LIT_CODE: usize = 1704; // 288 × u16
const DIST_CODE: usize = 2280; // 32 × u16
const CL_CODE: usize = 2344; // 19 × u16 (+ pad)
const LENGTHS: usize = 2384; // 320 × u8: lit lengths then distance lengths, for the run-length coding
const RLE_SYMBOLS: usize = 2704; // 320 × u8
const RLE_EXTRAS: usize = 3024; // 320 × u8
export const LENGTH_SYMBOL: usize = 3344; // 259 × u16
const LENGTH_EXTRA_BITS: usize = 3872; // 259 × u8
const LENGTH_EXTRA_VALUE: usize = 4136; // 259 × u8
// Huffman work: up to 286 leaves, 571 nodes.
const LEAVES: usize = 4400; // 286 × u32 (sorted symbols)
const SORT_KEYS: usize = 5552; // 286 × u32: weight << 9 | symbol (weights stay below 2^23: a block's tokens)
const NODE_WEIGHT: usize = 7840; // 576 × u32
const NODE_PARENT: usize = 10144; // 576 × u32
const NODE_DEPTH: usize = 12448; // 576 × u8
const WEIGHTS: usize = 13024; // 286 × u32
const BL_COUNT: usize = 14176; // 16 × u16
const NEXT_CODE: usize = 14208; // 17 × u16
const FIXED_END: usize = 16384;

export const MAX_MATCH: i32 = 258;
const MIN_MATCH: i32 = 3;
export const MAX_DISTANCE: i32 = 32768;
const FAR_SHORT_MATCH: i32 = 4096;
const HASH_BITS: u32 = 14;
const HASH_SIZE: i32 = 1 << HASH_BITS;

/** Tunables, set by the caller (index-matcher-wasm.ts). */
let chainLength: i32 = 16;
let blockTokens: i32 = 2048;
let niceLength: i32 = 258;
let keyBytes: i32 = 4;
let splitLength: i32 = 0x7fffffff;
/** Tokens a block holds at least before a long match may end it. */
const MIN_BLOCK_TOKENS: i32 = 256;
const KEY_RUNS: i32 = 3;

// Layout of the current call.
let inputAt: usize = 0;
/** Runs as `end << 8 | value` (ends stay below 2^24: the caller's inputs are at most 1 MiB). */
let runsAt: usize = 0;
let prevAt: usize = 0;
let keysAt: usize = 0;
let headsAt: usize = 0;
let tokensAt: usize = 0;
let outputAt: usize = 0;

// Bit writer.
let outPos: usize = 0;
let bitBuffer: u64 = 0;
let bitCount: u32 = 0;

// Token buffer.
let tokenCount: i32 = 0;
/** Tokens the buffer holds (set by prepare): a block's, and room for the run and match that end it. */
let tokenCapacity: i32 = 0;

let tablesReady = false;

export function ensure(bytes: usize): void {
  const have = <usize>memory.size() << 16;
  if (bytes > have && memory.grow(<i32>((bytes - have + 0xffff) >> 16)) < 0) unreachable();
}

export const align16 = (n: usize): usize => (n + 15) & ~(<usize>15);

const LENGTH_BASES: StaticArray<i32> = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRAS: StaticArray<i32> = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

function setUpTables(): void {
  for (let code = 0; code < 29; code++) {
    const base = unchecked(LENGTH_BASES[code]);
    const extra = unchecked(LENGTH_EXTRAS[code]);
    const end = code + 1 < 29 ? unchecked(LENGTH_BASES[code + 1]) : MAX_MATCH + 1;
    for (let length = base; length < end && length <= MAX_MATCH; length++) {
      store<u16>(LENGTH_SYMBOL + (<usize>length << 1), <u16>(257 + code));
      store<u8>(LENGTH_EXTRA_BITS + <usize>length, <u8>extra);
      store<u8>(LENGTH_EXTRA_VALUE + <usize>length, <u8>(length - base));
    }
  }
  tablesReady = true;
}

/**
 * Lays out memory for `total` input bytes (window + part) and returns where the caller copies
 * them. `chain` and `block` set the candidates per boundary and the tokens per block.
 */
export function prepare(total: i32, chain: i32, block: i32, nice: i32, keyLength: i32, split: i32): usize {
  if (!tablesReady) setUpTables();
  chainLength = chain;
  blockTokens = block;
  niceLength = nice;
  keyBytes = keyLength;
  splitLength = split;
  const n = <usize>total;
  inputAt = align16(__heap_base);
  runsAt = align16(inputAt + n + 16);
  prevAt = align16(runsAt + ((n + 1) << 2));
  keysAt = align16(prevAt + ((n + 1) << 2));
  headsAt = align16(keysAt + ((n + 1) << 2));
  tokensAt = align16(headsAt + (<usize>HASH_SIZE << 2));
  tokenCapacity = block + 4 * MAX_MATCH;
  outputAt = align16(tokensAt + (<usize>tokenCapacity << 2));
  // At most 2 bytes per input byte, and a header of at most 600 bytes per block (a block holds at least `block` bytes, or the part's end).
  ensure(outputAt + 2 * n + 600 * (n / <usize>block + 2) + 64);
  return inputAt;
}

export function output(): usize {
  return outputAt;
}

// ——— runs ———

/** Runs of the input bytes [0, total) into runsAt; returns the run count. */
function scanRuns(total: i32): i32 {
  const input = inputAt;
  let count = 0;
  let i = 0;
  const last = total - 1;
  // A boundary after byte i when byte i != byte i + 1, 32 bytes a step (every load stays inside the input).
  while (i + 32 <= last) {
    const ne0 = i8x16.ne(v128.load(input + <usize>i), v128.load(input + <usize>i + 1));
    const ne1 = i8x16.ne(v128.load(input + <usize>i + 16), v128.load(input + <usize>i + 17));
    if (!v128.any_true(v128.or(ne0, ne1))) {
      i += 32;
      continue;
    }
    let mask = i8x16.bitmask(ne0) | (i8x16.bitmask(ne1) << 16);
    while (mask != 0) {
      const bit = ctz(mask);
      const at = i + bit;
      store<u32>(runsAt + (<usize>count << 2), (<u32>(at + 1) << 8) | <u32>load<u8>(input + <usize>at));
      count++;
      mask &= mask - 1;
    }
    i += 32;
  }
  // The last bytes (fewer than 33) one by one.
  for (; i < last; i++) {
    const v = load<u8>(input + <usize>i);
    if (v != load<u8>(input + <usize>i + 1)) {
      store<u32>(runsAt + (<usize>count << 2), (<u32>(i + 1) << 8) | <u32>v);
      count++;
    }
  }
  if (total > 0) {
    store<u32>(runsAt + (<usize>count << 2), (<u32>(total) << 8) | <u32>load<u8>(input + <usize>last));
    count++;
  }
  return count;
}

@inline function runEnd(k: i32): i32 {
  return <i32>(load<u32>(runsAt + (<usize>k << 2)) >> 8);
}
@inline function runStart(k: i32): i32 {
  return k == 0 ? 0 : <i32>(load<u32>(runsAt + (<usize>(k - 1) << 2)) >> 8);
}
@inline function runValue(k: i32): i32 {
  return <i32>load<u8>(runsAt + (<usize>k << 2));
}
/**
 * The hash key of the boundary before run j: its runs (value, length) until they cover `keyBytes`
 * bytes or KEY_RUNS runs, then the value after them; -1 when the runs end first. A long run is a
 * key of its own with the value after it; short runs (anti-aliased edges) take their neighbours in,
 * or every edge pixel of one shade would share a chain. All three keys are mixed and one selected,
 * without a branch on the lengths (which no predictor guesses).
 */
@inline function keyOf(j: i32, count: i32): i32 {
  if (j + 3 >= count) return keyNearEnd(j, count);
  const w0 = load<u32>(runsAt + (<usize>j << 2));
  const w1 = load<u32>(runsAt + (<usize>j << 2), 4);
  const w2 = load<u32>(runsAt + (<usize>j << 2), 8);
  const w3 = load<u32>(runsAt + (<usize>j << 2), 12);
  const start = <u32>runStart(j);
  const length0 = (w0 >> 8) - start;
  const length1 = (w1 >> 8) - (w0 >> 8);
  const length2 = (w2 >> 8) - (w1 >> 8);
  const h1 = (0x2545f491 ^ ((w0 & 0xff) | (length0 << 8))) * 0x9e3779b1;
  const h2 = (h1 ^ ((w1 & 0xff) | (length1 << 8))) * 0x9e3779b1;
  const h3 = (h2 ^ ((w2 & 0xff) | (length2 << 8))) * 0x9e3779b1;
  const k1 = (h1 ^ (w1 & 0xff)) * 0x85ebca6b;
  const k2 = (h2 ^ (w2 & 0xff)) * 0x85ebca6b;
  const k3 = (h3 ^ (w3 & 0xff)) * 0x85ebca6b;
  const bytes = <u32>keyBytes;
  const h = select<u32>(k1, select<u32>(k2, k3, length0 + length1 >= bytes), length0 >= bytes);
  return <i32>((h ^ (h >> 16)) >> (32 - HASH_BITS));
}

/** keyOf for the last runs, one run at a time. */
function keyNearEnd(j: i32, count: i32): i32 {
  let h: u32 = 0x2545f491;
  let covered = 0;
  let m = j;
  do {
    if (m + 1 >= count) return -1;
    const length = runEnd(m) - runStart(m);
    h = (h ^ (<u32>runValue(m) | (<u32>length << 8))) * 0x9e3779b1;
    covered += length;
    m++;
  } while (covered < keyBytes && m - j < KEY_RUNS);
  h = (h ^ <u32>runValue(m)) * 0x85ebca6b;
  return <i32>((h ^ (h >> 16)) >> (32 - HASH_BITS));
}

// ——— tokens ———

@inline function bump(at: usize): void {
  store<u32>(at, load<u32>(at) + 1);
}

@inline function distanceSymbol(distance: i32): i32 {
  const x = distance - 1;
  if (x < 4) return x;
  const n = 31 - clz(x);
  return 2 * n + ((x >> (n - 1)) & 1);
}

@inline function literal(value: i32): void {
  store<u32>(tokensAt + (<usize>tokenCount << 2), <u32>value);
  tokenCount++;
  bump(LIT_FREQ + (<usize>value << 2));
}

/**
 * A match of any length ≥ 3 at `distance`: tokens of at most 258 bytes (never a tail below 3), `length << 16 | distance`.
 * A match longer than the buffer's room (a blank stretch of a tall page: 794 KB is 3,079 tokens) ends blocks as it fills it.
 */
function match(length: i32, distance: i32): void {
  const symbol = distanceSymbol(distance);
  while (length > 0) {
    if (tokenCount >= tokenCapacity) writeBlock(false);
    const part = length > MAX_MATCH ? (length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH) : length;
    store<u32>(tokensAt + (<usize>tokenCount << 2), (<u32>part << 16) | <u32>distance);
    tokenCount++;
    bump(LIT_FREQ + (<usize>load<u16>(LENGTH_SYMBOL + (<usize>part << 1)) << 2));
    bump(DIST_FREQ + (<usize>symbol << 2));
    length -= part;
  }
}

@inline function continuation(value: i32, length: i32): void {
  if (length >= MIN_MATCH) match(length, 1);
  else for (let i = 0; i < length; i++) literal(value);
}

// ——— bits ———

@inline export function put(value: u32, bits: u32): void {
  bitBuffer |= <u64>value << bitCount;
  bitCount += bits;
  if (bitCount >= 32) {
    store<u32>(outPos, <u32>bitBuffer);
    outPos += 4;
    bitBuffer >>= 32;
    bitCount -= 32;
  }
}

function alignToByte(): void {
  while (bitCount > 0) {
    store<u8>(outPos, <u8>bitBuffer);
    outPos++;
    bitBuffer >>= 8;
    bitCount = bitCount > 8 ? bitCount - 8 : 0;
  }
  bitBuffer = 0;
}

// ——— Huffman codes ———

/** Code lengths of at most `maxBits` for `count` frequencies at `freq` (u32) into `lengths` (u8); a code with one used symbol gets length 1 (and a second symbol, for complete codes). */
function codeLengths(freq: usize, count: i32, maxBits: i32, lengths: usize): void {
  memory.fill(lengths, 0, <usize>count);
  for (let s = 0; s < count; s++) store<u32>(WEIGHTS + (<usize>s << 2), load<u32>(freq + (<usize>s << 2)));
  for (;;) {
    let leafCount = 0;
    for (let s = 0; s < count; s++) {
      const w = load<u32>(WEIGHTS + (<usize>s << 2));
      if (w > 0) {
        store<u32>(SORT_KEYS + (<usize>leafCount << 2), (w << 9) | <u32>s);
        leafCount++;
      }
    }
    if (leafCount == 0) {
      // No symbol used: two of length 1, an unused complete code (as dynamic-block.ts pads it).
      store<u8>(lengths, 1);
      store<u8>(lengths + 1, 1);
      return;
    }
    if (leafCount == 1) {
      const s = <i32>(load<u32>(SORT_KEYS) & 0x1ff);
      store<u8>(lengths + <usize>s, 1);
      // A second symbol, unused, so the code is complete.
      store<u8>(lengths + <usize>(s == 0 ? 1 : 0), 1);
      return;
    }
    // Sorted by (weight, symbol): ties broken by symbol, so equal inputs give equal codes (Shell sort, Ciura's gaps).
    for (let g = 0; g < 6; g++) {
      const gap = unchecked(SHELL_GAPS[g]);
      for (let i = gap; i < leafCount; i++) {
        const key = load<u32>(SORT_KEYS + (<usize>i << 2));
        let j = i;
        while (j >= gap && load<u32>(SORT_KEYS + (<usize>(j - gap) << 2)) > key) {
          store<u32>(SORT_KEYS + (<usize>j << 2), load<u32>(SORT_KEYS + (<usize>(j - gap) << 2)));
          j -= gap;
        }
        store<u32>(SORT_KEYS + (<usize>j << 2), key);
      }
    }
    const nodeTotal = 2 * leafCount - 1;
    for (let i = 0; i < leafCount; i++) store<u32>(NODE_WEIGHT + (<usize>i << 2), load<u32>(SORT_KEYS + (<usize>i << 2)) >> 9);
    let nextLeaf = 0;
    let nextNode = leafCount;
    let created = leafCount;
    while (created < nodeTotal) {
      let a: i32, b: i32;
      if (nextLeaf < leafCount && (nextNode >= created || load<u32>(NODE_WEIGHT + (<usize>nextLeaf << 2)) <= load<u32>(NODE_WEIGHT + (<usize>nextNode << 2)))) a = nextLeaf++;
      else a = nextNode++;
      if (nextLeaf < leafCount && (nextNode >= created || load<u32>(NODE_WEIGHT + (<usize>nextLeaf << 2)) <= load<u32>(NODE_WEIGHT + (<usize>nextNode << 2)))) b = nextLeaf++;
      else b = nextNode++;
      store<u32>(NODE_WEIGHT + (<usize>created << 2), load<u32>(NODE_WEIGHT + (<usize>a << 2)) + load<u32>(NODE_WEIGHT + (<usize>b << 2)));
      store<u32>(NODE_PARENT + (<usize>a << 2), created);
      store<u32>(NODE_PARENT + (<usize>b << 2), created);
      created++;
    }
    store<u8>(NODE_DEPTH + <usize>(nodeTotal - 1), 0);
    let deepest = 0;
    for (let node = nodeTotal - 2; node >= 0; node--) {
      const depth = load<u8>(NODE_DEPTH + <usize>load<u32>(NODE_PARENT + (<usize>node << 2))) + 1;
      store<u8>(NODE_DEPTH + <usize>node, depth);
      if (node < leafCount && <i32>depth > deepest) deepest = depth;
    }
    if (deepest <= maxBits) {
      for (let i = 0; i < leafCount; i++) store<u8>(lengths + <usize>(load<u32>(SORT_KEYS + (<usize>i << 2)) & 0x1ff), load<u8>(NODE_DEPTH + <usize>i));
      return;
    }
    // Too deep: halve the weights (used symbols stay used) and build again.
    for (let s = 0; s < count; s++) {
      const w = load<u32>(WEIGHTS + (<usize>s << 2));
      if (w > 0) store<u32>(WEIGHTS + (<usize>s << 2), (w + 1) >> 1);
    }
  }
}

/** Canonical codes for the lengths, bit-reversed (deflate writes Huffman codes most significant bit first). */
function canonicalCodes(lengths: usize, count: i32, codes: usize): void {
  memory.fill(BL_COUNT, 0, 32);
  for (let s = 0; s < count; s++) {
    const length = load<u8>(lengths + <usize>s);
    if (length > 0) store<u16>(BL_COUNT + (<usize>length << 1), load<u16>(BL_COUNT + (<usize>length << 1)) + 1);
  }
  let code: u32 = 0;
  for (let bits = 1; bits <= 15; bits++) {
    code = (code + <u32>load<u16>(BL_COUNT + (<usize>(bits - 1) << 1))) << 1;
    store<u16>(NEXT_CODE + (<usize>bits << 1), <u16>code);
  }
  for (let s = 0; s < count; s++) {
    const length = <u32>load<u8>(lengths + <usize>s);
    if (length == 0) {
      store<u16>(codes + (<usize>s << 1), 0);
      continue;
    }
    const next = <u32>load<u16>(NEXT_CODE + (<usize>length << 1));
    store<u16>(NEXT_CODE + (<usize>length << 1), <u16>(next + 1));
    store<u16>(codes + (<usize>s << 1), <u16>(bitReverse(next) >> (32 - length)));
  }
}

@inline function bitReverse(x: u32): u32 {
  x = ((x >> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return (x >> 16) | (x << 16);
}

const SHELL_GAPS: StaticArray<i32> = [132, 57, 23, 10, 4, 1];
const CODE_LENGTH_ORDER: StaticArray<i32> = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Code lengths run-length coded (RFC 1951 §3.2.7) into RLE_SYMBOLS/RLE_EXTRAS; returns the symbol count. */
function runLengthCode(count: i32): i32 {
  let out = 0;
  for (let i = 0; i < count; ) {
    const value = load<u8>(LENGTHS + <usize>i);
    let run = 1;
    while (i + run < count && load<u8>(LENGTHS + <usize>(i + run)) == value) run++;
    i += run;
    if (value == 0) {
      for (; run >= 11; run -= run < 138 ? run : 138) out = codeLengthSymbol(out, 18, (run < 138 ? run : 138) - 11);
      if (run >= 3) {
        out = codeLengthSymbol(out, 17, run - 3);
        run = 0;
      }
    } else {
      out = codeLengthSymbol(out, value, 0);
      for (run--; run >= 3; run -= run < 6 ? run : 6) out = codeLengthSymbol(out, 16, (run < 6 ? run : 6) - 3);
    }
    for (; run > 0; run--) out = codeLengthSymbol(out, value, 0);
  }
  return out;
}

/** Appends one run-length symbol with its extra value; returns the new count. */
@inline function codeLengthSymbol(at: i32, symbol: i32, extra: i32): i32 {
  store<u8>(RLE_SYMBOLS + <usize>at, <u8>symbol);
  store<u8>(RLE_EXTRAS + <usize>at, <u8>extra);
  return at + 1;
}

/** Writes the tokens so far as one dynamic block (final when `final`), then starts a new block. */
function writeBlock(final: bool): void {
  writeBlockHeader(final);
  for (let t = 0; t < tokenCount; t++) {
    const token = load<u32>(tokensAt + (<usize>t << 2));
    if (token < 256) {
      put(<u32>load<u16>(LIT_CODE + (<usize>token << 1)), <u32>load<u8>(LIT_LEN + <usize>token));
      continue;
    }
    putMatch(<usize>(token >> 16), <i32>(token & 0xffff));
  }
  endBlock();
}

/** The block's codes from the symbol counts (the end-of-block symbol counted here) and its header (the photo deflater's too). */
export function writeBlockHeader(final: bool): void {
  bump(LIT_FREQ + (256 << 2));
  codeLengths(LIT_FREQ, 286, 15, LIT_LEN);
  // Two distance symbols at least (inflaters reject incomplete code-length codes): codeLengths pads a single one.
  codeLengths(DIST_FREQ, 30, 15, DIST_LEN);
  canonicalCodes(LIT_LEN, 286, LIT_CODE);
  canonicalCodes(DIST_LEN, 30, DIST_CODE);
  let literalCount = 286;
  while (literalCount > 257 && load<u8>(LIT_LEN + <usize>(literalCount - 1)) == 0) literalCount--;
  let distanceCount = 30;
  while (distanceCount > 1 && load<u8>(DIST_LEN + <usize>(distanceCount - 1)) == 0) distanceCount--;
  memory.copy(LENGTHS, LIT_LEN, <usize>literalCount);
  memory.copy(LENGTHS + <usize>literalCount, DIST_LEN, <usize>distanceCount);
  const symbols = runLengthCode(literalCount + distanceCount);
  memory.fill(CL_FREQ, 0, 19 * 4);
  for (let i = 0; i < symbols; i++) bump(CL_FREQ + (<usize>load<u8>(RLE_SYMBOLS + <usize>i) << 2));
  codeLengths(CL_FREQ, 19, 7, CL_LEN);
  canonicalCodes(CL_LEN, 19, CL_CODE);
  let codeLengthCount = 19;
  while (codeLengthCount > 4 && load<u8>(CL_LEN + <usize>unchecked(CODE_LENGTH_ORDER[codeLengthCount - 1])) == 0) codeLengthCount--;

  put(final ? 1 : 0, 1);
  put(2, 2);
  put(<u32>(literalCount - 257), 5);
  put(<u32>(distanceCount - 1), 5);
  put(<u32>(codeLengthCount - 4), 4);
  for (let i = 0; i < codeLengthCount; i++) put(<u32>load<u8>(CL_LEN + <usize>unchecked(CODE_LENGTH_ORDER[i])), 3);
  for (let i = 0; i < symbols; i++) {
    const symbol = <usize>load<u8>(RLE_SYMBOLS + <usize>i);
    put(<u32>load<u16>(CL_CODE + (symbol << 1)), <u32>load<u8>(CL_LEN + symbol));
    if (symbol == 16) put(<u32>load<u8>(RLE_EXTRAS + <usize>i), 2);
    else if (symbol == 17) put(<u32>load<u8>(RLE_EXTRAS + <usize>i), 3);
    else if (symbol == 18) put(<u32>load<u8>(RLE_EXTRAS + <usize>i), 7);
  }
}

/** A match's codes and extra bits. */
@inline export function putMatch(length: usize, distance: i32): void {
  const lengthSymbol = <usize>load<u16>(LENGTH_SYMBOL + (length << 1));
  const lengthBits = <u32>load<u8>(LIT_LEN + lengthSymbol);
  put(<u32>load<u16>(LIT_CODE + (lengthSymbol << 1)) | (<u32>load<u8>(LENGTH_EXTRA_VALUE + length) << lengthBits), lengthBits + <u32>load<u8>(LENGTH_EXTRA_BITS + length));
  const x = distance - 1;
  let symbol: i32, extraBits: u32, extraValue: u32;
  if (x < 4) {
    symbol = x;
    extraBits = 0;
    extraValue = 0;
  } else {
    const n = 31 - clz(x);
    symbol = 2 * n + ((x >> (n - 1)) & 1);
    extraBits = <u32>(n - 1);
    extraValue = <u32>x & ((1 << extraBits) - 1);
  }
  const distanceBits = <u32>load<u8>(DIST_LEN + <usize>symbol);
  put(<u32>load<u16>(DIST_CODE + (<usize>symbol << 1)), distanceBits);
  if (extraBits > 0) put(extraValue, extraBits);
}

/** The end-of-block code; the counts start again. */
export function endBlock(): void {
  put(<u32>load<u16>(LIT_CODE + (256 << 1)), <u32>load<u8>(LIT_LEN + 256));
  tokenCount = 0;
  memory.fill(LIT_FREQ, 0, 286 * 4);
  memory.fill(DIST_FREQ, 0, 30 * 4);
}

// ——— the parse ———

/**
 * Deflates input bytes [start, total) (those before `start` are the window, at most 32 KiB), laid
 * out by `prepare` and copied in by the caller; returns the output's length (at `output()`): raw
 * deflate, final when `last`, else ending with an empty stored block (a sync flush).
 */
export function deflate(start: i32, total: i32, last: bool): i32 {
  const count = scanRuns(total);
  for (let j = 0; j < count; j++) store<i32>(keysAt + (<usize>j << 2), keyOf(j, count));
  memory.fill(headsAt, 0xff, <usize>HASH_SIZE << 2);
  startTokens(tokensAt, tokenCapacity, outputAt);
  let k = 0;
  while (k < count && runEnd(k) <= start) k++;
  let inserted = 0;
  let p = start;
  while (p < total) {
    const kStart = runStart(k);
    const value = runValue(k);
    const kEnd = runEnd(k);
    const rest = kEnd - p;
    const continues = p > kStart;
    const j = k + 1;
    // The boundaries before j's into the hash (a run's key needs the value after it).
    for (; inserted < j && inserted + 1 < count; inserted++) {
      const c = inserted;
      const h = load<i32>(keysAt + (<usize>c << 2));
      if (h < 0) continue;
      store<i32>(prevAt + (<usize>c << 2), load<i32>(headsAt + (<usize>h << 2)));
      store<i32>(headsAt + (<usize>h << 2), c);
    }
    let bestForward = 0;
    let bestBack = 0;
    let bestDistance = 0;
    if (j + 1 < count) {
      const s = kEnd;
      const valueJ = runValue(j);
      const lengthJ = runEnd(j) - s;
      const valueAfter = runValue(j + 1);
      const key = load<i32>(keysAt + (<usize>j << 2));
      let c = key < 0 ? -1 : load<i32>(headsAt + (<usize>key << 2));
      for (let tries = 0; c > 0 && tries < chainLength; tries++, c = load<i32>(prevAt + (<usize>c << 2))) {
        const cStart = runEnd(c - 1);
        const distance = s - cStart;
        if (distance > MAX_DISTANCE) break;
        if (runValue(c) != valueJ || runEnd(c) - cStart != lengthJ || runValue(c + 1) != valueAfter) continue;
        let back = 0;
        if (runValue(c - 1) == value) {
          back = cStart - runStart(c - 1);
          if (back > rest) back = rest;
        }
        // Forward, run by run: whole runs while equal, then the shorter of the first unequal pair when their values agree.
        let forward = lengthJ;
        let a = c + 1;
        let b = j + 1;
        while (b < count && runValue(a) == runValue(b)) {
          const la = runEnd(a) - runEnd(a - 1);
          const lb = runEnd(b) - runEnd(b - 1);
          if (la != lb) {
            forward += la < lb ? la : lb;
            break;
          }
          forward += lb;
          a++;
          b++;
        }
        if (forward > bestForward || (forward == bestForward && back > bestBack)) {
          bestForward = forward;
          bestBack = back;
          bestDistance = distance;
          if (forward >= niceLength) break;
        }
      }
    }
    const matchLength = bestBack + bestForward;
    const worth = bestForward > 0 && matchLength >= MIN_MATCH && !(matchLength == MIN_MATCH && bestDistance > FAR_SHORT_MATCH);
    const before = worth ? rest - bestBack : rest;
    // The run's bytes before the match (all of them without one): continuing the byte to the left, or a literal first.
    if (before > 0) {
      // A long run or match (blank rows between lines of text, rows repeated) starts a block: each line's codes fit it, as the repeated-row stretches cut zlib's parts.
      if (before >= splitLength && tokenCount >= MIN_BLOCK_TOKENS) writeBlock(false);
      if (continues) continuation(value, before);
      else {
        literal(value);
        continuation(value, before - 1);
      }
    }
    p = kEnd;
    k = j;
    if (worth) {
      if (matchLength >= splitLength && tokenCount >= MIN_BLOCK_TOKENS) writeBlock(false);
      match(matchLength, bestDistance);
      p += bestForward;
      while (k < count && runEnd(k) <= p) k++;
    }
    if (tokenCount >= blockTokens) writeBlock(false);
  }
  return finishTokens(last);
}

/** Starts a stream of tokens at `tokens` (room for `capacity`) written as blocks at `output` (the photo deflater's too). */
export function startTokens(tokens: usize, capacity: i32, output: usize): void {
  if (!tablesReady) setUpTables();
  tokensAt = tokens;
  tokenCapacity = capacity;
  outputAt = output;
  memory.fill(LIT_FREQ, 0, 286 * 4);
  memory.fill(DIST_FREQ, 0, 30 * 4);
  tokenCount = 0;
  outPos = outputAt;
  bitBuffer = 0;
  bitCount = 0;
}

/** Writes the last tokens as a block, final when `last`, then ends the stream (endStream); returns the output's length. */
function finishTokens(last: bool): i32 {
  writeBlock(last);
  return endStream(last);
}

/** After the last block: an empty stored block (a sync flush) unless `last`, the bits to a byte; returns the output's length. */
export function endStream(last: bool): i32 {
  if (!last) {
    // Empty stored block: BFINAL 0, BTYPE 00, pad to a byte, LEN 0, NLEN 0xffff.
    put(0, 3);
    alignToByte();
    store<u32>(outPos, 0xffff0000);
    outPos += 4;
  } else alignToByte();
  return <i32>(outPos - outputAt);
}
