// Types of dist/edge/vendor/harfbuzzjs-api.js (written by scripts/build-edge.mjs): harfbuzzjs's API with init() exported instead of run on import.
export * from 'harfbuzzjs';
/** Binds the API to an instantiated Emscripten module (harfbuzz-emscripten.js). */
export declare function initHarfBuzz(module: unknown): void;
