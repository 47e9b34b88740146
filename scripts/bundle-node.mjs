#!/usr/bin/env node
// Node build (after tsc): the package's Node entries bundled by esbuild into dist/ over tsc's files, sharing chunks, so a cold start resolves and compiles a few files instead of ~540.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  main: 'src/main.ts',
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
 * - yaml (for the bundled @fastify/swagger) is loaded by the first YAML document, not by registering /docs.
 */
export const NODE_SHIMS = {
  'unicode-trie': `${root}scripts/node-shims/unicode-trie.mjs`,
  parse5: `${root}scripts/node-shims/parse5.mjs`,
  'hyphen/en-us/index.js': `${root}scripts/node-shims/hyphen-en-us.mjs`,
  yaml: `${root}scripts/node-shims/yaml.mjs`,
};

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const shims = {
  name: 'node-shims',
  setup(build) {
    for (const [name, path] of Object.entries(NODE_SHIMS)) build.onResolve({ filter: new RegExp(`^${escape(name)}$`) }, () => ({ path }));
  },
};

export async function bundleNode() {
  rmSync(`${root}/dist/chunks`, { recursive: true, force: true });
  return build({
    absWorkingDir: root,
    entryPoints: NODE_ENTRIES,
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The templates' JSX goes to this build's own runtime, not to a second copy through the package name.
    alias: { 'ogsmith/jsx-runtime': './src/jsx/jsx-runtime.ts', 'ogsmith/jsx-dev-runtime': './src/jsx/jsx-dev-runtime.ts' },
    external: EXTERNAL,
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await bundleNode();
  if (process.argv.includes('--sizes')) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) if (file.endsWith('.js')) console.log(`${file} ${(output.bytes / 1024).toFixed(0)} KiB`);
  }
}
