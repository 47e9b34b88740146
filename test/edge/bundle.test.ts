// The edge build as wrangler bundles it: no Node built-in anywhere in its module graph, HarfBuzz as a wasm module, and its gzip size split.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleEdge } from './bundle-edge.js';

const worker = new URL('./fixtures/worker.tsx', import.meta.url).pathname;

/** Which part of the package a bundled input belongs to, for the size split. */
function part(input: string): string {
  if (input.includes('default-font-data')) return 'font';
  if (/encode|png-stream/.test(input)) return 'encoders';
  if (input.includes('vendor/harfbuzz')) return 'harfbuzz js';
  return 'engine js';
}

describe('edge bundle (conditions workerd, worker, browser)', async () => {
  const bundle = await bundleEdge(worker);

  it('reaches no Node built-in', () => expect(bundle.nodeImports).toEqual([]));

  it('imports HarfBuzz as a wasm module and nothing else as wasm', () => expect(bundle.wasm.map((w) => w.name)).toEqual(['harfbuzz.wasm']));

  it('has not pulled the Node entry, the native canvas or the server in', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((input) => /dist\/(index|render|server\/service|raster\/canvas)|@napi-rs|fastify|piscina/.test(input))).toEqual([]);
  });

  it('reports its gzip size split (engine JS, HarfBuzz wasm, font, encoders)', () => {
    const sizes: Record<string, number> = {};
    for (const [input, { bytesInOutput }] of Object.entries(bundle.metafile.outputs['<stdout>']?.inputs ?? Object.values(bundle.metafile.outputs)[0]!.inputs)) {
      sizes[part(input)] = (sizes[part(input)] ?? 0) + bytesInOutput;
    }
    const total = gzipSync(bundle.code, { level: 9 }).length;
    const wasm = gzipSync(readFileSync(bundle.wasm[0]!.source), { level: 9 }).length;
    // Parts are minified sizes scaled by the whole bundle's gzip ratio (gzip works on the whole file).
    const ratio = total / bundle.code.length;
    const split = Object.fromEntries(Object.entries(sizes).map(([name, bytes]) => [name, Math.round((bytes * ratio) / 1024)]));
    console.log(`edge bundle gzip: ${Math.round(total / 1024)} KiB JS (${JSON.stringify(split)} KiB) + ${Math.round(wasm / 1024)} KiB HarfBuzz wasm = ${Math.round((total + wasm) / 1024)} KiB`);
    expect(total + wasm).toBeLessThan(1024 * 1024);
  });
});
