// HarfBuzz for edge runtimes: harfbuzzjs instantiated from a WebAssembly.Module (workerd, Vercel Edge) or wasm bytes, never from a file, with its callbacks wrapped by precompiled trampolines.
import createHarfBuzz from './vendor/harfbuzz-emscripten.js';
import * as harfbuzzApi from './vendor/harfbuzzjs-api.js';
import { setHarfBuzzLoader, type HarfBuzzModule } from '../layout/fonts/harfbuzz.js';
import { webAssembly, type WasmImports, type WasmInstance, type WasmModule } from './wasm.js';

/** What an entry gives: the compiled module its bundler imported, or wasm bytes (browsers, tests). */
export type HarfBuzzWasm = WasmModule | ArrayBuffer | Uint8Array;

async function instantiate(wasm: HarfBuzzWasm, imports: WasmImports): Promise<{ instance: WasmInstance; module: WasmModule }> {
  if (wasm instanceof ArrayBuffer || wasm instanceof Uint8Array) return webAssembly.instantiate(wasm, imports);
  return { instance: await webAssembly.instantiate(wasm, imports), module: wasm };
}

/**
 * Emscripten's addFunction (blob destructors, glyph draw callbacks) wraps a JS function in a tiny
 * module compiled from bytes, which workerd and Vercel's edge refuse. trampolines.wasm (written by
 * scripts/build-edge.mjs) holds those modules' one function per signature, imported as `e.<sig>`
 * and exported as `<sig>`: instantiating it with the callback gives the same wrapped function, and
 * instantiating a precompiled module is allowed everywhere. Null for a signature it lacks (the
 * loader then compiles as Emscripten does, which works where compiling is allowed).
 */
export function trampolineFor(trampolines: WasmModule): (func: (...args: never[]) => unknown, sig: string) => unknown {
  return (func, sig) => {
    const imports: Record<string, unknown> = {};
    for (const { name } of webAssembly.Module.imports(trampolines)) imports[name] = name === sig ? func : () => undefined;
    if (!(sig in imports)) return null;
    return new webAssembly.Instance(trampolines, { e: imports }).exports[sig];
  };
}

/**
 * Makes font registries load HarfBuzz from this wasm. `trampolines` is trampolines.wasm as a
 * compiled module, needed where compiling wasm at run time is refused (workerd, Vercel Edge).
 */
export function useHarfBuzzWasm(source: HarfBuzzWasm | Promise<HarfBuzzWasm>, trampolines?: WasmModule): void {
  setHarfBuzzLoader(async () => {
    const wasm = await source;
    let fail: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    const emscripten = await Promise.race([
      createHarfBuzz({
        trampolineFor: trampolines ? trampolineFor(trampolines) : undefined,
        instantiateWasm(imports, done) {
          instantiate(wasm, imports).then(({ instance, module }) => done(instance, module), fail);
          return {};
        },
      }),
      failed,
    ]);
    harfbuzzApi.initHarfBuzz(emscripten);
    return harfbuzzApi as HarfBuzzModule;
  });
}
