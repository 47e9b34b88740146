#!/usr/bin/env node
// Edge build assets in dist/edge/ (after tsc): HarfBuzz's wasm, harfbuzzjs made loadable without node:fs or run-time wasm compiles (trampolines.wasm), the pixel matcher's wasm, and the default fonts as a base64 module.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'edge');
const harfbuzzjs = join(dirname(createRequire(import.meta.url).resolve('harfbuzzjs')));

/** Replaces `from` exactly once, failing the build when a harfbuzzjs upgrade changed the text. */
function patch(text, from, to, file) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`build-edge: ${file} must contain ${JSON.stringify(from)} exactly once (harfbuzzjs changed?)`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The signatures harfbuzzjs passes to addFunction for what ogsmith uses: the blob destructor (vi) and
 * the draw callbacks move/line (viiiffi), quadratic (viiiffffi), cubic (viiiffffffi) and close (viiii).
 */
export const TRAMPOLINE_SIGNATURES = ['vi', 'viiiffi', 'viiiffffi', 'viiiffffffi', 'viiii'];

const WASM_TYPES = { i: 0x7f, p: 0x7f, j: 0x7e, f: 0x7d, d: 0x7c, e: 0x6f };

/** Unsigned LEB128 (section and vector lengths). */
function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const vector = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const name = (text) => [...uleb(text.length), ...Buffer.from(text, 'ascii')];

/**
 * One wasm module per build holding what Emscripten's convertJsFunctionToWasm compiles at run time:
 * for each signature `s` (Emscripten's letters: return type then parameters) a function imported as
 * `e.<s>` and exported as `<s>`, so `new WebAssembly.Instance(module, { e: { [s]: fn } }).exports[s]`
 * is `fn` typed for the function table. Only instantiated at run time, never compiled there.
 */
export function trampolineModule(signatures) {
  const types = signatures.map((sig) => {
    const params = Array.from(sig.slice(1), (letter) => WASM_TYPES[letter]);
    const results = sig[0] === 'v' ? [] : [WASM_TYPES[sig[0]]];
    if ([...params, ...results].includes(undefined)) throw new Error(`build-edge: unknown wasm type letter in ${sig}`);
    return [0x60, ...vector(params), ...vector(results)];
  });
  const imports = signatures.map((sig, i) => [...name('e'), ...name(sig), 0x00, ...uleb(i)]);
  const exports = signatures.map((sig, i) => [...name(sig), 0x00, ...uleb(i)]);
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...section(1, vector(types)), ...section(2, vector(imports)), ...section(7, vector(exports))]);
}

/**
 * harfbuzzjs instantiates itself on import (top-level await) and reads its .wasm with node:fs or
 * fetch next to import.meta.url, which neither workerd nor Vercel's edge allow. The copy below
 * exports init() instead, and its Emscripten loader takes the wasm from instantiateWasm only.
 */
function vendorHarfBuzz() {
  mkdirSync(join(out, 'vendor'), { recursive: true });
  let api = readFileSync(join(harfbuzzjs, 'index.mjs'), 'utf8');
  api = patch(api, 'import createHarfBuzz from "./harfbuzz.js";', '', 'index.mjs');
  api = patch(api, 'init(await createHarfBuzz());', 'export { init as initHarfBuzz };', 'index.mjs');
  // workerd before compatibility date 2025-05-05 has no FinalizationRegistry: objects are then freed only by their destroy() (ogsmith keeps one shaping buffer and one face per font).
  api = patch(api, 'const registry = new FinalizationRegistry(', 'const registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(', 'index.mjs');
  api = patch(api, '\tcleanup();\n});', '\tcleanup();\n}) : { register() {} };', 'index.mjs');
  let loader = readFileSync(join(harfbuzzjs, 'harfbuzz.js'), 'utf8');
  loader = patch(loader, 'var ENVIRONMENT_IS_NODE=typeof process=="object"&&process.versions?.node&&process.type!="renderer";', 'var ENVIRONMENT_IS_NODE=false;', 'harfbuzz.js');
  loader = patch(loader, 'if(ENVIRONMENT_IS_NODE){const{createRequire}=await import("module");var require=createRequire(import.meta.url)}', '', 'harfbuzz.js');
  loader = patch(loader, 'var _scriptName=import.meta.url;', 'var _scriptName="";', 'harfbuzz.js');
  loader = patch(loader, 'return new URL("harfbuzz.wasm",import.meta.url).href', 'return "harfbuzz.wasm"', 'harfbuzz.js');
  for (const name of ['fs', 'path', 'url']) loader = patch(loader, `require("${name}")`, 'undefined', 'harfbuzz.js');
  // Emscripten's addFunction wraps a JS callback in a one-function wasm module compiled from bytes, which workerd and Vercel's
  // edge refuse; the loader asks Module.trampolineFor (src/edge/harfbuzz-edge.ts: the precompiled trampolines.wasm) first.
  loader = patch(loader, 'convertJsFunctionToWasm=(func,sig)=>{', 'convertJsFunctionToWasm=(func,sig)=>{var precompiled=Module["trampolineFor"]?.(func,sig);if(precompiled)return precompiled;', 'harfbuzz.js');
  const notice = '// Generated by scripts/build-edge.mjs from harfbuzzjs (MIT, https://github.com/harfbuzz/harfbuzzjs); do not edit.\n';
  writeFileSync(join(out, 'vendor', 'harfbuzzjs-api.js'), notice + api);
  writeFileSync(join(out, 'vendor', 'harfbuzz-emscripten.js'), notice + loader);
  copyFileSync(join(harfbuzzjs, 'harfbuzz.wasm'), join(out, 'harfbuzz.wasm'));
  writeFileSync(join(out, 'trampolines.wasm'), trampolineModule(TRAMPOLINE_SIGNATURES));
  for (const name of ['harfbuzzjs-api.d.ts', 'harfbuzz-emscripten.d.ts']) copyFileSync(join(root, 'src', 'edge', 'vendor', name), join(out, 'vendor', name));
}

/** The Latin subset fonts (fonts/edge/, made by scripts/make-edge-fonts.mjs) as base64 strings: every bundler inlines a JS string. */
function fontModule() {
  const base64 = (file) => readFileSync(join(root, 'fonts', 'edge', file)).toString('base64');
  const text = [
    '// Generated by scripts/build-edge.mjs from fonts/edge/ (Inter, SIL Open Font License 1.1, fonts/edge/OFL.txt); do not edit.',
    `export const INTER_LATIN_400 = ${JSON.stringify(base64('Inter-Latin-400.ttf'))};`,
    `export const INTER_LATIN_700 = ${JSON.stringify(base64('Inter-Latin-700.ttf'))};`,
    '',
  ].join('\n');
  writeFileSync(join(out, 'default-font-data.js'), text);
  copyFileSync(join(root, 'src', 'edge', 'default-font-data.d.ts'), join(out, 'default-font-data.d.ts'));
}

/** The pixel matcher's wasm (committed as base64 by scripts/build-wasm.mjs) as a file the entries import as a module. */
async function pixelMatcherWasm() {
  const { PIXEL_MATCHER_WASM_BASE64 } = await import(new URL('../dist/raster/encode/deflate/pixel-matcher-wasm-bytes.js', import.meta.url).href);
  writeFileSync(join(out, 'pixel-matcher.wasm'), Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  vendorHarfBuzz();
  fontModule();
  await pixelMatcherWasm();
}
