// The built package's cold start: a template render loads none of what it does not use (HTML-less SVG checks, the portable backend, TypeBox's validator, the server's clients).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LayoutText } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ogsmith-lazy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Records every module URL the process resolves (a loader hook, so dynamic imports count too). */
const HOOK = `import { appendFileSync } from 'node:fs';
let out;
export async function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(out, result.url + '\\n');
  return result;
}`;

/**
 * Runs `program` in a fresh Node process and returns the sources it loaded: package names of
 * unbundled modules, and for each bundled file of dist/ the source paths esbuild names in it
 * (one `// path` comment before each module's code).
 */
function loadedSources(program: string): string[] {
  const hook = join(work, 'hook.mjs');
  const out = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const preamble = `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)}, import.meta.url, { data: { out: ${JSON.stringify(out)} } });\n`;
  writeFileSync(hook, HOOK);
  writeFileSync(out, '');
  // The ES module build: module resolution sees its files (the engine script's modules are not resolved one by one).
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', preamble + program], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, OGSMITH_ENGINE_SCRIPT: '0' } });
  expect(run.status, run.stderr).toBe(0);
  const urls = [...new Set(readFileSync(out, 'utf8').split('\n').filter((u) => u.startsWith('file://')))];
  return urls.flatMap((url) => {
    const path = new URL(url).pathname;
    if (!path.startsWith(`${root}dist/`)) return [path.slice(path.lastIndexOf('node_modules/'))];
    return [...readFileSync(path, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1]!);
  });
}

const RENDER_TEMPLATE = `
const { render } = await import('./dist/index.js');
const { builtinTemplates } = await import('./dist/bench/builtin-templates.js');
const blog = builtinTemplates.find((t) => t.name === 'blog');
const png = await render(blog.render({ title: 'A cold start', description: 'One render', author: 'Ada', date: 'Dec 6, 2026', theme: 'dark' }), { width: 1200, height: 630 });
if (png.length < 1000) throw new Error('no PNG');
`;

/** What a PNG of a template must not load; each entry is a source path prefix. */
const LAZY = [
  'node_modules/saxes/', // SVG checks: loaded by the first SVG image
  'node_modules/@sinclair/typebox/build/esm/value/value/', // Value, the validator: the server's and the bench's (the templates' Type builder is needed)
  'node_modules/@sinclair/typebox/build/esm/value/check/',
  'node_modules/@sinclair/typebox/build/esm/compiler/',
  'src/raster/portable/', // the portable backend and its decoders
  'node_modules/jpeg-js/',
  'node_modules/fast-png/',
  'node_modules/omggif/',
  'src/raster/svg-output/', // format: 'svg'
  'node_modules/sharp/', // JPEG, WebP
  'node_modules/acorn/', // the playground
  'node_modules/redis/',
  'node_modules/@redis/',
  'node_modules/undici/',
  'node_modules/parse5/', // HTML input: the Node bundle's shim loads it at the first parse
  'node_modules/entities/',
  'node_modules/hyphen/', // hyphens: auto: the shim loads the en-US patterns at the first automatic hyphenation
];

/** Node built-ins a PNG of a template must not load: ImageResponse's Response (undici, 30–80 ms), the pools' piscina and tinypool, node:crypto (hashing images, signing URLs). */
const LAZY_BUILTINS = ['internal/deps/undici/undici', 'worker_threads', 'child_process', 'http', 'http2', 'tls', 'net', 'crypto'];

describe('cold start of the built package', () => {
  const loaded = loadedSources(RENDER_TEMPLATE);

  it('sees the render load the engine (the probe works)', () => {
    expect(loaded).toContain('src/render.ts');
    expect(loaded).toContain('src/raster/canvas/replay.ts');
    expect(loaded.some((s) => s.startsWith('node_modules/@napi-rs/canvas'))).toBe(true);
  });

  it('loads none of the lazy modules for a PNG of a template', () => {
    expect(loaded.filter((source) => LAZY.some((prefix) => source.startsWith(prefix)))).toEqual([]);
  });

  it('loads none of Node\'s fetch (undici), worker threads or child processes for a PNG of a template', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${RENDER_TEMPLATE}\nconsole.log(JSON.stringify(process.moduleLoadList));`], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const builtins = (JSON.parse(run.stdout.trim().split('\n').pop()!) as string[]).map((entry) => entry.replace(/^NativeModule /, ''));
    expect(builtins).toContain('zlib'); // the probe works: the PNG's deflate
    expect(builtins.filter((name) => LAZY_BUILTINS.includes(name))).toEqual([]);
  });

  it('gives the same PNG bytes on a cold process\'s first render as on a warm one (HarfBuzz loaded at import, tables inflated by zlib)', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${RENDER_TEMPLATE}
const again = await render(blog.render({ title: 'A cold start', description: 'One render', author: 'Ada', date: 'Dec 6, 2026', theme: 'dark' }), { width: 1200, height: 630 });
console.log(JSON.stringify({ first: png.toString('base64'), again: again.toString('base64') }));`], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const { first, again } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { first: string; again: string };
    expect(first.length).toBeGreaterThan(1000);
    expect(first === again).toBe(true);
  });

  it('parses HTML and hyphenates as the sources do once the shims load parse5 and the patterns', async () => {
    const program = `
const { layout, parseHtml, html } = await import('./dist/index.js');
const card = parseHtml('<div style="display:flex;width:90px;font-size:16px;hyphens:auto">Hyphenation makes justified typography readable</div>');
const tagged = html\`<p style="color:red">\${'<b>'}</p>\`;
const laid = await layout(card, { width: 400, height: 400 });
const lines = laid.root.children[0].lines.map((line) => line.text);
console.log(JSON.stringify({ card, tagged, lines }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const built = JSON.parse(run.stdout.trim().split('\n').pop()!) as { card: unknown; tagged: unknown; lines: string[] };
    const { layout, parseHtml, html } = await import('../../src/index.js');
    const card = parseHtml('<div style="display:flex;width:90px;font-size:16px;hyphens:auto">Hyphenation makes justified typography readable</div>');
    expect(built.card).toEqual(JSON.parse(JSON.stringify(card)));
    expect(built.tagged).toEqual(JSON.parse(JSON.stringify(html`<p style="color:red">${'<b>'}</p>`)));
    const laid = await layout(card, { width: 400, height: 400 });
    expect(built.lines).toEqual((laid.root.children[0] as LayoutText).lines.map((line) => line.text));
    expect(built.lines.join('|')).toContain('jus|tified');
  });

  it('lists the bundled Twemoji folder (~3,700 files) only once a text holds an emoji, not for a template PNG', () => {
    // readdirSync wrapped before ogsmith loads (syncBuiltinESMExports hands the wrapper to the bundle's named import).
    const program = `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const listed = [];
const readdir = fs.readdirSync;
fs.readdirSync = (path, ...rest) => { listed.push(String(path)); return readdir(path, ...rest); };
syncBuiltinESMExports();
${RENDER_TEMPLATE}
const afterTemplate = listed.filter((path) => path.includes('@twemoji')).length;
await render({ type: 'div', props: { style: { fontSize: 32 }, children: 'Ship it 🚀' } }, { width: 200, height: 60 });
await render({ type: 'div', props: { style: { fontSize: 32 }, children: 'Again 🎉' } }, { width: 200, height: 60 });
console.log(JSON.stringify({ afterTemplate, afterEmoji: listed.filter((path) => path.includes('@twemoji')).length }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ afterTemplate: 0, afterEmoji: 1 });
  });

  it('compiles the encoder wasm (matcher, palette counter) once per process: at a template PNG (its palette counter), not again for matched images', () => {
    const program = `const Module = WebAssembly.Module;
const compiled = [];
WebAssembly.Module = class extends Module { constructor(bytes) { super(bytes); compiled.push(WebAssembly.Module.exports(this).map((e) => e.name)); } };
const matchers = () => compiled.filter((names) => names.includes('matchBand')).length;
${RENDER_TEMPLATE}
const afterTemplate = matchers();
const card = (backgroundImage) => ({ type: 'div', props: { style: { width: '100%', height: '100%', backgroundImage, color: 'white', fontSize: 60 }, children: 'Gradient' } });
await render(card('linear-gradient(45deg, #f00, #00f)'), { width: 1200, height: 630 });
await render(card('linear-gradient(135deg, #0f172a, #7c3aed 40%, #db2777)'), { width: 1200, height: 630 });
console.log(JSON.stringify({ afterTemplate, afterGradients: matchers() }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ afterTemplate: 1, afterGradients: 1 });
  });

  it('loads saxes once an SVG image is drawn, and the portable backend once it is asked for', () => {
    const withSvg = loadedSources(`
const { render } = await import('./dist/index.js');
const svg = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>');
await render({ type: 'img', props: { src: svg, width: 10, height: 10 } }, { width: 20, height: 20 });
await render({ type: 'div', props: { style: { width: 10, height: 10, backgroundColor: 'red' } } }, { width: 20, height: 20, backend: 'portable' });
`);
    expect(withSvg.some((s) => s.startsWith('node_modules/saxes/'))).toBe(true);
    expect(withSvg).toContain('src/raster/portable/paint.ts');
  });

  it('has no ES module import of node:http in dist/ (its facade reads every export, and on Node 22+ the WebSocket ones load undici: ~55 ms of npm start)', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(20);
    const importsHttp = /^\s*import\b[^;]*?\bfrom\s*["'](?:node:)?http["']|^\s*import\s*["'](?:node:)?http["']/m;
    expect(files.filter((file) => importsHttp.test(readFileSync(join(root, 'dist', file), 'utf8')))).toEqual([]);
  });

  it('loads no piscina in a render process (it answers over IPC; only a render thread moves its image with piscina: ~25 ms of CPU at its start)', () => {
    const program = `import { createRequire } from 'node:module';
const { default: renderTask } = await import('./dist/pool/render-worker.js');
const result = await renderTask({ element: { type: 'div', props: { style: { width: 20, height: 10, backgroundColor: 'red' } } }, options: { width: 20, height: 10 } });
const piscina = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('/node_modules/piscina/')).length;
console.log(JSON.stringify({ ok: result.ok, piscina }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ ok: true, piscina: 0 });
  });

  it('starts no Intl.Segmenter (ICU break iterators, 11-18 ms cold) for a Latin template PNG, and one for Thai text and one for an emoji', () => {
    const program = `const Segmenter = Intl.Segmenter;
const made = [];
Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); made.push(args[1]?.granularity); } };
${RENDER_TEMPLATE}
const afterTemplate = made.length;
await render({ type: 'div', props: { style: { width: 120, fontSize: 20 }, children: 'ภาษาไทยง่ายนิดเดียว ภาษาไทย' } }, { width: 140, height: 120 });
await render({ type: 'div', props: { style: { fontSize: 20 }, children: 'Ship it 🚀' } }, { width: 200, height: 60 });
console.log(JSON.stringify({ afterTemplate, made }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ afterTemplate: 0, made: ['word', 'grapheme'] });
  });

  it('serves /docs from the built server without loading yaml (@fastify/swagger bundled, yaml a shim that loads on the first YAML document) or rate limiting (loaded when configured)', async () => {
    const program = `import { createRequire } from 'node:module';
const { buildApp } = await import('./dist/server/index.js');
const app = await buildApp({ logger: false });
await app.ready();
const docs = await app.inject({ url: '/docs' });
const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('/node_modules/' + name + '/')).length;
const yamlModules = loaded('yaml');
const rateLimitModules = loaded('ip-address') + loaded('@fastify/rate-limit');
await app.close();
const limited = await buildApp({ logger: false, rateLimit: { max: 5, timeWindow: '1 minute' } });
await limited.ready();
const rateLimitLoaded = loaded('@fastify/rate-limit') > 0;
await limited.close();
console.log(JSON.stringify({ status: docs.statusCode, openapi: docs.json().openapi, healthz: 'get' in (docs.json().paths['/healthz'] ?? {}), yamlModules, rateLimitModules, rateLimitLoaded }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ status: 200, openapi: expect.stringMatching(/^3\./), healthz: true, yamlModules: 0, rateLimitModules: 0, rateLimitLoaded: true });
    // @ts-expect-error: a plain ES module of the build scripts, without types
    const shim = (await import('../../scripts/node-shims/yaml.mjs')) as { stringify: (value: unknown, options?: unknown) => string; parse: (text: string) => unknown };
    const yaml = await import('yaml');
    const spec = { openapi: '3.0.0', paths: { '/og/{name}': { get: { summary: 'a: colon', tags: ['x'] } } } };
    expect(shim.stringify(spec, { strict: false })).toBe(yaml.stringify(spec, { strict: false }));
    expect(shim.parse('a: [1, 2]')).toEqual({ a: [1, 2] });
  });
});
