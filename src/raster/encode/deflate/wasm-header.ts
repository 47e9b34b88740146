// The header at the start of the encoder wasm's memory (assembly/encoder-shared.ts), in a module of its own so the kernels' loaders read it without an import cycle.

/** Byte offsets: literal/length and distance frequencies (u32 each), the length symbol table (u16, filled once), the adler32 (u32). */
export const LITERALS_AT = 0;
export const DISTANCES_AT = 1152;
export const LENGTH_SYMBOL_AT = 1280;
export const ADLER_AT = 1800;
/** Each kernel lays out its own data from here on, per call; none runs while another's results are in use. */
export const HEADER_BYTES = 4096;
