#!/usr/bin/env node
// Node build (after tsc): the package's Node entries bundled by esbuild into dist/ over tsc's files, sharing chunks, so a cold start resolves and compiles a few files instead of ~540.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eagerCommonJs } from './eager-commonjs.mjs';
import { buildEngineScript } from './engine-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The entries, named by their place in dist/ (each replaces tsc's file there, so package exports,
 * the bin, the worker paths and the .d.ts beside them stay as they are). One build with code
 * splitting: the entries share chunks, so one process holds one copy of each module (one
 * OgsmithError class) whichever entries it imports. Files the edge build imports stay tsc's
 * (templates/index.js, the jsx runtimes: elements are plain objects, so their copies mix freely).
 * The cold-start bench's child loads the built-in templates as a bundled app would hold them:
 * bench/builtin-templates.
 */
export const NODE_ENTRIES = {
  index: 'src/index.ts',
  'server/index': 'src/server/index.ts',
  'cli/main': 'src/cli/main.ts',
  'cli/api': 'src/cli/api.ts',
  'pool/render-worker': 'src/pool/render-worker.ts',
  'bench/builtin-templates': 'src/templates/index.ts',
  'bench/params': 'src/bench/params.ts',
  // The memory bench reads the cache budgets of the same module copy the bundled index renders with (tsc's runtime/cache-budget.js is another copy, with no caches registered).
  'bench/caches': 'src/runtime/cache-budget.ts',
};

/**
 * Packages left as imports, each for a reason; every other dependency is bundled (pure JavaScript,
 * many small modules: typebox's ~200, image-size's 26, parse5's 14).
 * - native binaries: @napi-rs/canvas, sharp
 * - a .wasm or worker file found beside their own module: harfbuzzjs, wawoff2, piscina, tinypool
 * - optional or peer packages loaded by name at run time: twrnc, @iconify-json/*, @twemoji/svg (files)
 * - the server's network clients and tools, loaded when configured: redis, undici, autocannon
 * - fastify and the plugins a user's app may share with ogsmith's (rate limits, pressure): a user's app registers
 *   ogsmith's plugin, so they must be the user's copies. @fastify/swagger is bundled (it only serves ogsmith's
 *   /docs) so that its yaml dependency can be a shim.
 */
export const EXTERNAL = ['@napi-rs/canvas', 'sharp', 'harfbuzzjs', 'wawoff2', 'piscina', 'tinypool', 'twrnc', '@iconify-json/*', '@twemoji/svg', 'redis', '@redis/*', 'undici', 'autocannon', 'fastify', 'fastify-plugin', '@fastify/rate-limit', '@fastify/under-pressure'];

/**
 * Node-only replacements of bundled packages, same API (scripts/node-shims/):
 * - unicode-trie inflates linebreak's and unicode-properties' tables with node:zlib rather than two
 *   passes of tiny-inflate in JavaScript at import;
 * - parse5 and hyphen's en-US patterns are loaded from node_modules by their first use (require:
 *   `html`, `parseHtml` and layout are synchronous), so importing ogsmith compiles neither;
 * - yaml (for the bundled @fastify/swagger) is loaded by the first YAML document, not by registering /docs;
 * - node:fs is required, not imported: its ES module facade reads every export, and the stream getters
 *   load node:stream (~5 ms of CPU at import). Only ogsmith's sources get the shim (bundled packages
 *   that require fs keep their require);
 * - semver (fastify's, in npm start's program): the three functions fastify's plugin checks call.
 */
export const NODE_SHIMS = {
  'unicode-trie': `${root}scripts/node-shims/unicode-trie.mjs`,
  parse5: `${root}scripts/node-shims/parse5.mjs`,
  'hyphen/en-us/index.js': `${root}scripts/node-shims/hyphen-en-us.mjs`,
  yaml: `${root}scripts/node-shims/yaml.mjs`,
  'node:fs': `${root}scripts/node-shims/fs.mjs`,
  semver: `${root}scripts/node-shims/semver.mjs`,
};

/**
 * `npm start`'s program (dist/main.js), built on its own with fastify and its plugins inlined: no user app
 * shares them there, and loading fastify from node_modules (~150 CommonJS files resolved, read and compiled
 * one by one, semver's whole index for plugin version checks) was over a third of the server process's CPU
 * to its first response. Its chunks (dist/main-chunks/, the depth of dist/chunks/, so paths found from
 * `import.meta.url` stay right) hold their own copy of the server's modules; the render processes it starts
 * run dist/pool/render-worker.js as before. A template of `--templates` that imports `ogsmith` gets
 * dist/index.js's copy of the engine's modules (its elements and definitions are plain objects).
 */
export const SERVER_PROGRAM = { main: 'src/main.ts' };

/**
 * The entries also built into the engine scripts (dist/chunks/engine.cjs, and server.cjs for server/index and
 * cli/api; scripts/engine-script.mjs): dist/<name>.js takes its exports from there, and their ES module build
 * moves to dist/esm/<name>.js (the fallback, and what a bundler follows). The CLI's program keeps its ES module (top-level await; the `ogsmith` command's own process).
 */
export const SCRIPT_ENTRIES = Object.fromEntries(Object.entries(NODE_ENTRIES).filter(([name]) => name !== 'cli/main'));
const esmEntryName = (name) => (name in SCRIPT_ENTRIES ? `esm/${name}` : name);
export const SERVER_PROGRAM_EXTERNAL = EXTERNAL.filter((name) => name !== 'fastify' && name !== 'fastify-plugin' && !name.startsWith('@fastify/'));

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const shims = {
  name: 'node-shims',
  setup(build) {
    for (const [name, path] of Object.entries(NODE_SHIMS)) build.onResolve({ filter: new RegExp(`^${escape(name)}$`) }, () => ({ path }));
  },
};

const ALIAS = { 'ogsmith/jsx-runtime': './src/jsx/jsx-runtime.ts', 'ogsmith/jsx-dev-runtime': './src/jsx/jsx-dev-runtime.ts' };

/** esbuild's options shared by the builds: ES modules for Node 20+, dependencies shimmed, chunks shared within a build. */
function nodeBuild(entryPoints, chunkNames, external) {
  return build({
    absWorkingDir: root,
    entryPoints,
    outdir: 'dist',
    chunkNames,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The templates' JSX goes to this build's own runtime, not to a second copy through the package name.
    alias: ALIAS,
    external,
    // Bundled CommonJS packages that require Node's built-ins get a real require.
    banner: { js: "import { createRequire as __ogsmithCreateRequire } from 'node:module';\nconst require = __ogsmithCreateRequire(import.meta.url);" },
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
    plugins: [shims],
  });
}

export async function bundleNode() {
  rmSync(`${root}/dist/chunks`, { recursive: true, force: true });
  rmSync(`${root}/dist/main-chunks`, { recursive: true, force: true });
  rmSync(`${root}/dist/esm`, { recursive: true, force: true });
  const libraryEntries = Object.fromEntries(Object.entries(NODE_ENTRIES).map(([name, source]) => [esmEntryName(name), source]));
  const [library, server] = await Promise.all([nodeBuild(libraryEntries, 'chunks/[name]-[hash]', EXTERNAL), nodeBuild(SERVER_PROGRAM, 'main-chunks/[name]-[hash]', SERVER_PROGRAM_EXTERNAL)]);
  const outputs = { ...library.metafile.outputs, ...server.metafile.outputs };
  // Bundled CommonJS modules compiled with their chunk, so the compile cache holds them (npm start: 283 -> 255 ms of CPU to listen on Node 24).
  for (const file of Object.keys(outputs)) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(`${root}${file}`, 'utf8');
    const eager = eagerCommonJs(text);
    if (eager !== text) writeFileSync(`${root}${file}`, eager);
  }
  // tsc's files of the moved entries would be stale copies beside the new ones (their .d.ts stay).
  for (const name of Object.keys(SCRIPT_ENTRIES)) rmSync(`${root}dist/${name}.js.map`, { force: true });
  const { 'server/index': serverIndex, 'cli/api': cliApi, ...engine } = SCRIPT_ENTRIES;
  await buildEngineScript({ root, engine, server: { 'server/index': serverIndex, 'cli/api': cliApi }, external: EXTERNAL, plugins: [shims], alias: ALIAS, esmOutputs: library.metafile.outputs });
  return { metafile: { outputs } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await bundleNode();
  if (process.argv.includes('--sizes')) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) if (file.endsWith('.js')) console.log(`${file} ${(output.bytes / 1024).toFixed(0)} KiB`);
  }
}
