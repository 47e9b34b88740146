// Types of dist/edge/vendor/harfbuzz-emscripten.js (written by scripts/build-edge.mjs): harfbuzzjs's Emscripten factory, never reading files.
import type { WasmImports, WasmInstance, WasmModule } from '../wasm.js';

export interface EmscriptenOptions {
  /** Emscripten calls it instead of fetching the wasm; `done(instance, module)` when instantiated. */
  instantiateWasm(imports: WasmImports, done: (instance: WasmInstance, module: WasmModule) => void): object;
  /** addFunction's wrapper of `func` for the function table, from a precompiled module (patched in by build-edge.mjs); null: compile one. */
  readonly trampolineFor?: ((func: (...args: never[]) => unknown, sig: string) => unknown) | undefined;
}
export default function createHarfBuzz(options: EmscriptenOptions): Promise<unknown>;
