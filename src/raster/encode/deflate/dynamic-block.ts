// One deflate block with dynamic Huffman codes (RFC 1951 §3.2.7), written from match/literal tokens.
import { BitWriter } from './bit-writer.js';
import { canonicalCodes, limitedCodeLengths } from './huffman.js';
import { distanceCode, DISTANCE_SYMBOLS, END_OF_BLOCK, LENGTH_EXTRA_BITS, LENGTH_EXTRA_VALUE, LENGTH_SYMBOL, LITERAL_LENGTH_SYMBOLS, MAX_MATCH, MIN_MATCH } from './symbols.js';

/**
 * Tokens as a tokeniser leaves them: a value below 256 is a literal byte; otherwise
 * `length << 8 | slot`, a match of 3…258 bytes at `distances[slot]`. Frequencies count every
 * token's literal/length and distance symbol (the end-of-block symbol is added here).
 */
export interface TokenStream {
  readonly tokens: Uint32Array;
  readonly count: number;
  readonly distances: readonly number[];
  readonly literalFrequencies: Uint32Array;
  readonly distanceFrequencies: Uint32Array;
}

/** Order in which the code-length code's lengths are stored. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] as const;

/** Code lengths run-length coded with symbols 0–15, 16 (repeat previous 3–6), 17 (3–10 zeros), 18 (11–138 zeros). */
function runLengthCoded(lengths: readonly number[]): { readonly symbols: number[]; readonly extras: number[] } {
  const symbols: number[] = [];
  const extras: number[] = [];
  for (let i = 0; i < lengths.length; ) {
    const value = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === value) run++;
    i += run;
    if (value === 0) {
      while (run >= 11) {
        const n = Math.min(run, 138);
        symbols.push(18);
        extras.push(n - 11);
        run -= n;
      }
      if (run >= 3) {
        symbols.push(17);
        extras.push(run - 3);
        run = 0;
      }
    } else {
      symbols.push(value);
      extras.push(0);
      run--;
      while (run >= 3) {
        const n = Math.min(run, 6);
        symbols.push(16);
        extras.push(n - 3);
        run -= n;
      }
    }
    for (; run > 0; run--) {
      symbols.push(value);
      extras.push(0);
    }
  }
  return { symbols, extras };
}

const EXTRA_BITS_OF_CODE_LENGTH_SYMBOL: Readonly<Record<number, number>> = { 16: 2, 17: 3, 18: 7 };

/** Complete codes everywhere: a code with a single used symbol gets a second, unused one (inflaters reject incomplete code-length codes). */
function withTwoSymbols(frequencies: Uint32Array): Uint32Array {
  let used = 0;
  for (const f of frequencies) if (f > 0) used++;
  if (used >= 2) return frequencies;
  const padded = Uint32Array.from(frequencies);
  for (let symbol = 0; symbol < padded.length && used < 2; symbol++) {
    if (padded[symbol] === 0) {
      padded[symbol] = 1;
      used++;
    }
  }
  return padded;
}

/** Each literal's code with its bit count in the top byte (BitWriter.writeTokens's table). */
function literalTable(literalCodes: Uint16Array, literalLengths: Uint8Array): Uint32Array {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = (literalLengths[byte]! << 24) | literalCodes[byte]!;
  return table;
}

/** Each match length's symbol code followed by its extra bits (at most 15 + 5 bits), with the bit count in the top byte. */
function lengthTable(literalCodes: Uint16Array, literalLengths: Uint8Array): Uint32Array {
  const table = new Uint32Array(MAX_MATCH + 1);
  for (let length = MIN_MATCH; length <= MAX_MATCH; length++) {
    const symbol = LENGTH_SYMBOL[length]!;
    const codeBits = literalLengths[symbol]!;
    table[length] = ((codeBits + LENGTH_EXTRA_BITS[length]!) << 24) | literalCodes[symbol]! | (LENGTH_EXTRA_VALUE[length]! << codeBits);
  }
  return table;
}

/**
 * Writes the tokens as one dynamic-Huffman block; returns the raw deflate bytes. A block that is not
 * the last is followed by an empty stored block (a sync flush), so it ends on a byte boundary and the
 * next part's bytes can simply follow.
 */
export function writeDynamicBlock(stream: TokenStream, last = true): Uint8Array {
  const literalFrequencies = Uint32Array.from(stream.literalFrequencies);
  literalFrequencies[END_OF_BLOCK]!++;
  const literalLengths = limitedCodeLengths(literalFrequencies, 15);
  const distanceLengths = limitedCodeLengths(withTwoSymbols(stream.distanceFrequencies), 15);
  const literalCodes = canonicalCodes(literalLengths);
  const distanceCodes = canonicalCodes(distanceLengths);

  let literalCount = LITERAL_LENGTH_SYMBOLS;
  while (literalCount > 257 && literalLengths[literalCount - 1] === 0) literalCount--;
  let distanceCount = DISTANCE_SYMBOLS;
  while (distanceCount > 1 && distanceLengths[distanceCount - 1] === 0) distanceCount--;
  const { symbols, extras } = runLengthCoded([...literalLengths.subarray(0, literalCount), ...distanceLengths.subarray(0, distanceCount)]);
  const codeLengthFrequencies = new Uint32Array(19);
  for (const symbol of symbols) codeLengthFrequencies[symbol]!++;
  const codeLengthLengths = limitedCodeLengths(withTwoSymbols(codeLengthFrequencies), 7);
  const codeLengthCodes = canonicalCodes(codeLengthLengths);
  let codeLengthCount = 19;
  while (codeLengthCount > 4 && codeLengthLengths[CODE_LENGTH_ORDER[codeLengthCount - 1]!] === 0) codeLengthCount--;

  // Each match's distance, resolved once per slot: its code and extra bits as one bit string.
  const slotCodes = new Uint32Array(stream.distances.length);
  const slotBits = new Uint8Array(stream.distances.length);
  stream.distances.forEach((d, slot) => {
    const { symbol, extraBits, extraValue } = distanceCode(d);
    slotCodes[slot] = distanceCodes[symbol]! | (extraValue << distanceLengths[symbol]!);
    slotBits[slot] = distanceLengths[symbol]! + extraBits;
  });

  // An upper bound of the size: the header, every symbol's code, and the most extra bits a match can carry (5 + 13).
  let bits = 17 + 3 * codeLengthCount + symbols.length * 14;
  for (let symbol = 0; symbol < LITERAL_LENGTH_SYMBOLS; symbol++) bits += literalFrequencies[symbol]! * literalLengths[symbol]!;
  for (let symbol = 0; symbol < DISTANCE_SYMBOLS; symbol++) bits += stream.distanceFrequencies[symbol]! * distanceLengths[symbol]!;
  let matches = 0;
  for (let symbol = 257; symbol < LITERAL_LENGTH_SYMBOLS; symbol++) matches += literalFrequencies[symbol]!;
  // 16 bytes past the bound: writeTokens stores up to 4 bytes past its position.
  const writer = new BitWriter(Math.ceil((bits + matches * 18) / 8) + 16);

  writer.write(last ? 1 : 0, 1); // BFINAL
  writer.write(2, 2); // BTYPE = dynamic Huffman
  writer.write(literalCount - 257, 5);
  writer.write(distanceCount - 1, 5);
  writer.write(codeLengthCount - 4, 4);
  for (let i = 0; i < codeLengthCount; i++) writer.write(codeLengthLengths[CODE_LENGTH_ORDER[i]!]!, 3);
  symbols.forEach((symbol, i) => {
    writer.write(codeLengthCodes[symbol]!, codeLengthLengths[symbol]!);
    const extraBits = EXTRA_BITS_OF_CODE_LENGTH_SYMBOL[symbol];
    if (extraBits !== undefined) writer.write(extras[i]!, extraBits);
  });
  writer.writeTokens(stream.tokens, stream.count, literalTable(literalCodes, literalLengths), lengthTable(literalCodes, literalLengths), slotCodes, slotBits);
  writer.write(literalCodes[END_OF_BLOCK]!, literalLengths[END_OF_BLOCK]!);
  if (!last) {
    // Empty stored block: BFINAL 0, BTYPE 00, pad to a byte, LEN 0, NLEN 0xffff.
    writer.write(0, 3);
    writer.alignToByte();
    writer.write(0x0000, 16);
    writer.write(0xffff, 16);
  }
  return writer.finish();
}
