// The edge build as wrangler bundles it: no Node built-in anywhere in its module graph, HarfBuzz and the pixel matcher as wasm modules, and its gzip size split.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { bundleEdge } from './bundle-edge.js';

const worker = new URL('./fixtures/worker.tsx', import.meta.url).pathname;

const dist = new URL('../../dist/', import.meta.url).pathname;
const gzipKiB = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length / 1024;

/** A part of the package on its own: `code` (importing from dist/) bundled and minified as in the worker, the engine's error catalogue left out, gzipped. */
async function partKiB(code: string): Promise<number> {
  const result = await build({ stdin: { contents: code, resolveDir: dist, loader: 'js' }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, logLevel: 'silent', external: ['*/errors/catalogue.js'] });
  return gzipKiB(result.outputFiles[0]!.text);
}

describe('edge bundle (conditions workerd, worker, browser)', async () => {
  const bundle = await bundleEdge(worker);

  it('reaches no Node built-in', () => expect(bundle.nodeImports).toEqual([]));

  it('imports HarfBuzz, its callback trampolines and the pixel matcher as wasm modules and nothing else as wasm', () => expect(bundle.wasm.map((w) => w.name).sort()).toEqual(['harfbuzz.wasm', 'pixel-matcher.wasm', 'trampolines.wasm']));

  it('leaves out the base64 copy of the pixel matcher that Node compiles', () => expect(Object.keys(bundle.metafile.inputs).filter((input) => input.includes('pixel-matcher-wasm-bytes'))).toEqual([]));

  it('has not pulled the Node entry, the native canvas or the server in', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((input) => /^dist\/(index|render|server\/service|raster\/canvas)|@napi-rs|fastify|piscina/.test(input))).toEqual([]);
  });

  it('reports its gzip size split (engine JS, HarfBuzz, font, encoders) and fits 1 MB', async () => {
    const parts = {
      font: gzipKiB(readFileSync(`${dist}edge/default-font-data.js`)),
      harfbuzzGlue: await partKiB("export * from './edge/vendor/harfbuzzjs-api.js'; export { default } from './edge/vendor/harfbuzz-emscripten.js';"),
      encoders: await partKiB("export { encodePngWeb } from './raster/encode/png-web.js';"),
      harfbuzzWasm: bundle.wasm.filter((w) => w.name !== 'pixel-matcher.wasm').map((w) => gzipKiB(readFileSync(w.source))).reduce((a, b) => a + b, 0),
      pixelMatcherWasm: bundle.wasm.filter((w) => w.name === 'pixel-matcher.wasm').map((w) => gzipKiB(readFileSync(w.source))).reduce((a, b) => a + b, 0),
    };
    const js = gzipKiB(bundle.code);
    const total = js + parts.harfbuzzWasm + parts.pixelMatcherWasm;
    // gzip is not additive: the engine's figure is what the whole JS adds beyond the parts measured alone.
    const split = { engine: js - parts.font - parts.harfbuzzGlue - parts.encoders, ...parts, js, total };
    expect(parts.pixelMatcherWasm).toBeGreaterThan(0);
    console.log(`edge bundle gzip KiB: ${JSON.stringify(Object.fromEntries(Object.entries(split).map(([k, v]) => [k, Math.round(v)])))}`);
    expect(total).toBeLessThan(1024);
  });
});
