// The header at the start of the encoder wasm's memory (assembly/encoder-shared.ts) and the alignment of the kernels' data after it, in a module of its own so the kernels' loaders read them without an import cycle.

/** Byte offsets: literal/length and distance frequencies (u32 each), the length symbol table (u16, filled once), the adler32 (u32). */
export const LITERALS_AT = 0;
export const DISTANCES_AT = 1152;
export const LENGTH_SYMBOL_AT = 1280;
export const ADLER_AT = 1800;
/** Each kernel lays out its own data from here on, per call; none runs while another's results are in use. */
export const HEADER_BYTES = 4096;

/** A byte offset rounded up to 16, where the kernels' loaders start each array (v128 loads and stores stay aligned). */
export const align16 = (bytes: number): number => (bytes + 15) & ~15;
