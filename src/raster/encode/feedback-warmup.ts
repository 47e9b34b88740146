// How often a rarely called function with one long loop is called on nothing at load, so that V8 has type feedback for the code after its loop before it compiles the loop on the stack.

/**
 * V8 allocates a function's feedback vector only after several calls (lazy feedback allocation),
 * and a function called once or twice a render with one long loop gets its loop compiled on the
 * stack before the code after the loop ever ran with feedback. That code then lacks feedback, and
 * V8 (Maglev and TurboFan on Node 22+, and workerd) kept the compiled code and deoptimised it at
 * every later call's end: BitWriter.writeTokens once per deflate block (240 times in 130 edge
 * images), crc32 once per chunk. Calling such a function this many times on empty input at load
 * records the feedback first (edge split on Node 24: avatar 10.5–11.0 → 9.9–10.8 ms, tags
 * 9.2–9.7 → 9.0–9.2 ms, three alternating runs).
 */
export const FEEDBACK_WARMUP_CALLS = 16;
