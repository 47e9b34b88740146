// Length-limited Huffman code lengths and canonical codes, as deflate (RFC 1951 §3.2.2) writes them.

/** Code lengths of a plain Huffman code for the weights (0 = unused symbol); one used symbol gets length 1. */
function huffmanLengths(weights: readonly number[]): Uint8Array {
  const lengths = new Uint8Array(weights.length);
  const leaves: number[] = [];
  for (let symbol = 0; symbol < weights.length; symbol++) if (weights[symbol]! > 0) leaves.push(symbol);
  if (leaves.length === 0) return lengths;
  if (leaves.length === 1) {
    lengths[leaves[0]!] = 1;
    return lengths;
  }
  // Ties broken by symbol, so equal inputs always give equal codes.
  leaves.sort((a, b) => weights[a]! - weights[b]! || a - b);
  const leafCount = leaves.length;
  const nodeTotal = 2 * leafCount - 1;
  const weight = new Float64Array(nodeTotal);
  const parent = new Int32Array(nodeTotal);
  for (let i = 0; i < leafCount; i++) weight[i] = weights[leaves[i]!]!;
  // Two queues: sorted leaves, and merged nodes (created in non-decreasing weight order).
  let nextLeaf = 0;
  let nextNode = leafCount;
  let created = leafCount;
  const lightest = (): number => (nextLeaf < leafCount && (nextNode >= created || weight[nextLeaf]! <= weight[nextNode]!) ? nextLeaf++ : nextNode++);
  while (created < nodeTotal) {
    const a = lightest();
    const b = lightest();
    weight[created] = weight[a]! + weight[b]!;
    parent[a] = created;
    parent[b] = created;
    created++;
  }
  // Parents always have higher indices than their children: depths from the root down.
  const depth = new Uint8Array(nodeTotal);
  for (let node = nodeTotal - 2; node >= 0; node--) depth[node] = depth[parent[node]!]! + 1;
  for (let i = 0; i < leafCount; i++) lengths[leaves[i]!] = depth[i]!;
  return lengths;
}

/**
 * Huffman code lengths of at most `maxBits` for the symbol frequencies. When the plain code is too
 * deep, the frequencies are halved (used symbols stay used) and the code is built again: a little
 * longer than optimal in that rare case, always valid.
 */
export function limitedCodeLengths(frequencies: ArrayLike<number>, maxBits: number): Uint8Array {
  let weights = Array.from(frequencies);
  for (;;) {
    const lengths = huffmanLengths(weights);
    let deepest = 0;
    for (const length of lengths) if (length > deepest) deepest = length;
    if (deepest <= maxBits) return lengths;
    weights = weights.map((w) => (w === 0 ? 0 : (w + 1) >>> 1));
  }
}

function reverseBits(code: number, length: number): number {
  let reversed = 0;
  for (let i = 0; i < length; i++) {
    reversed = (reversed << 1) | (code & 1);
    code >>>= 1;
  }
  return reversed;
}

/**
 * Canonical codes for the lengths (RFC 1951 §3.2.2), bit-reversed because deflate writes Huffman
 * codes most significant bit first into an LSB-first bit stream.
 */
export function canonicalCodes(lengths: Uint8Array): Uint16Array {
  let maxBits = 0;
  for (const length of lengths) if (length > maxBits) maxBits = length;
  const countOfLength = new Uint16Array(maxBits + 1);
  for (const length of lengths) if (length > 0) countOfLength[length]!++;
  const nextCode = new Uint16Array(maxBits + 2);
  let code = 0;
  for (let bits = 1; bits <= maxBits; bits++) {
    code = (code + countOfLength[bits - 1]!) << 1;
    nextCode[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol]!;
    if (length > 0) codes[symbol] = reverseBits(nextCode[length]!++, length);
  }
  return codes;
}
