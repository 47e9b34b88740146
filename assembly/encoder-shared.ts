// What the encoder module's kernels share (pixel-matcher.ts, count-band.ts, run-tokens.ts): the header at the start of memory, as pixel-matcher-wasm.ts lays it out and fills the length table once, and word compares.

export const LITERALS: usize = 0; // 286 × u32
export const DISTANCES: usize = 1152; // 30 × u32
export const LENGTH_SYMBOL: usize = 1280; // 259 × u16
export const ADLER_AT: usize = 1800; // u32
export const ADLER_MOD: i64 = 65521;
export const MAX_MATCH: i32 = 258;

@inline export function bump(at: usize): void {
  store<u32>(at, load<u32>(at) + 1);
}

/** Whether the n words from a and from b are equal, eight a step. */
export function sameWords(a: usize, b: usize, n: i32): bool {
  const end = a + (<usize>n << 2);
  while (a + 32 <= end) {
    const d = v128.or(v128.xor(v128.load(a), v128.load(b)), v128.xor(v128.load(a, 16), v128.load(b, 16)));
    if (v128.any_true(d)) return false;
    a += 32;
    b += 32;
  }
  while (a < end) {
    if (load<u32>(a) != load<u32>(b)) return false;
    a += 4;
    b += 4;
  }
  return true;
}
