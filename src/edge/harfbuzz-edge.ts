// HarfBuzz for edge runtimes: harfbuzzjs instantiated from a WebAssembly.Module (workerd, Vercel Edge) or wasm bytes, never from a file.
import createHarfBuzz from './vendor/harfbuzz-emscripten.js';
import * as harfbuzzApi from './vendor/harfbuzzjs-api.js';
import { setHarfBuzzLoader, type HarfBuzzModule } from '../layout/fonts/harfbuzz.js';
import { setGlyphOutliner } from '../layout/fonts/glyph-outline.js';
import { opentypeOutline } from './opentype-outlines.js';
import { webAssembly, type WasmImports, type WasmInstance, type WasmModule } from './wasm.js';

/** What an entry gives: the compiled module its bundler imported, or wasm bytes (browsers, tests). */
export type HarfBuzzWasm = WasmModule | ArrayBuffer | Uint8Array;

async function instantiate(wasm: HarfBuzzWasm, imports: WasmImports): Promise<{ instance: WasmInstance; module: WasmModule }> {
  if (wasm instanceof ArrayBuffer || wasm instanceof Uint8Array) return webAssembly.instantiate(wasm, imports);
  return { instance: await webAssembly.instantiate(wasm, imports), module: wasm };
}

/** Makes font registries load HarfBuzz from this wasm (workerd and Vercel Edge refuse to compile bytes: they need a module). */
export function useHarfBuzzWasm(source: HarfBuzzWasm | Promise<HarfBuzzWasm>): void {
  setGlyphOutliner(opentypeOutline);
  setHarfBuzzLoader(async () => {
    const wasm = await source;
    const emscripten = await createHarfBuzz({
      instantiateWasm(imports, done) {
        instantiate(wasm, imports).then(({ instance, module }) => done(instance, module), (error: unknown) => {
          throw error;
        });
        return {};
      },
    });
    harfbuzzApi.initHarfBuzz(emscripten);
    return harfbuzzApi as HarfBuzzModule;
  });
}
