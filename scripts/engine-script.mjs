// Node build, second half: the entries as two scripts (dist/chunks/engine.cjs for the library, server.cjs for the server on the engine's modules) that Node runs with a V8 code cache, and dist/<entry>.js as small modules that take their exports from them (else from the ES module build in dist/esm/).
import { parse } from 'acorn';
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Why a script: V8 keeps a code cache of the functions a script has compiled so far (`script.createCachedData()`
 * after a render), but Node offers that for scripts only, not for ES modules (its module compile cache, Node
 * 22+, holds what was compiled when the module loaded). The script's modules are the entries' as CommonJS-shaped
 * lazily evaluated modules (esbuild's `require()` of an ES module), so an entry runs only the modules it imports;
 * the server script takes ogsmith's modules that the engine script holds from it, which keeps one copy of each
 * module per process, as the shared chunks did.
 */
const HOOKS = (root) => ({
  name: 'engine-script',
  setup(build) {
    // @napi-rs/canvas by a top-level await (a script has none): the same file with the await replaced by the script's require, at the same moment; its exports stay the file's.
    build.onLoad({ filter: /[\\/]src[\\/]raster[\\/]canvas[\\/]skia\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const required = text.replace(/\(await import\([^)]*'@napi-rs\/canvas'\)\)/, "require('@napi-rs/canvas')");
      if (required === text) throw new Error(`engine-script: no top-level import of @napi-rs/canvas in ${args.path}`);
      return { loader: 'ts', contents: required, resolveDir: `${root}src/raster/canvas` };
    });
  },
});

/** esbuild's `import()` of packages left external (found by parsing: error texts mention `import()` too) call the script's parameter, the loader's own import(). */
function importThroughLoader(text) {
  const starts = [];
  const stack = [parse(text, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true })];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === 'ImportExpression') starts.push(node.start);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') stack.push(item);
      if (value && typeof value.type === 'string') stack.push(value);
    }
  }
  let out = text;
  for (const start of starts.sort((a, b) => b - a)) out = `${out.slice(0, start)}__ogsmithImport${out.slice(start + 'import'.length)}`;
  return out;
}

/**
 * The script in ASCII, so the loader reads it as Latin-1 (a one-byte string; UTF-8 decoding took 15 ms of Node 20's
 * start for 3 MB). esbuild escapes strings already; what is left (comments, a regular expression's class) is
 * written as \u escapes, which mean the same there.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The prefix by which the server script requires the engine script's modules (its loader's `require` answers it). */
const ENGINE_MODULE = 'ogsmith-engine:';

/** One script: `entries` (name → source) as lazily evaluated modules, plus `modules` (source → module) for another script to share. */
async function buildScript({ root, outfile, entries, modules = [], external, plugins, alias, shared }) {
  const lines = Object.entries(entries).map(([name, source]) => `  ${JSON.stringify(name)}: () => require(${JSON.stringify(`./${source}`)}),`);
  const table = modules.map((source) => `  ${JSON.stringify(source)}: () => require(${JSON.stringify(`./${source}`)}),`);
  // The second script's imports of the first script's modules are left to the loader, so the process holds one copy of each.
  const share = {
    name: 'shared-modules',
    setup(build) {
      if (!shared) return;
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.importer === '' || !args.importer.startsWith(`${root}src/`)) return undefined;
        const target = relative(root, join(dirname(args.importer), args.path)).replace(/\.js$/, '.ts');
        return shared.has(target) ? { path: `${ENGINE_MODULE}${target}`, external: true } : undefined;
      });
    },
  };
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: `export const entries = {\n${lines.join('\n')}\n};\nexport const modules = {\n${table.join('\n')}\n};\n`, resolveDir: root, sourcefile: 'engine-entries.ts', loader: 'ts' },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    alias,
    external,
    define: { 'import.meta.url': '__ogsmithModuleUrl' },
    legalComments: 'inline',
    logLevel: 'warning',
    write: false,
    metafile: true,
    plugins: [HOOKS(root), share, ...plugins],
  });
  const [output] = result.outputFiles;
  writeFileSync(output.path, asciiOnly(importThroughLoader(output.text)));
  return Object.keys(result.metafile.inputs).filter((input) => input.startsWith('src/'));
}

/**
 * Builds the scripts and writes dist/<name>.js for each entry: it asks the loader for the entry, else imports
 * dist/esm/<name>.js, and re-exports the names the ES module build's metafile lists for it (`esmOutputs`).
 * `engine` (dist/chunks/engine.cjs) holds the library's entries; `server` (dist/chunks/server.cjs) the server's,
 * with the engine's modules of ogsmith's own sources taken from the engine script, not bundled again: a library
 * cold start compiles only the library (V8 took ~30 ms per MB of script without a cache, 3.1 MB for all entries).
 */
export async function buildEngineScript({ root, engine, server, external, plugins, alias, esmOutputs }) {
  const options = { root, external, plugins, alias };
  const sources = await buildScript({ ...options, outfile: 'dist/chunks/engine.cjs', entries: engine });
  await buildScript({ ...options, outfile: 'dist/chunks/engine.cjs', entries: engine, modules: sources });
  await buildScript({ ...options, outfile: 'dist/chunks/server.cjs', entries: server, shared: new Set(sources) });
  await build({ absWorkingDir: root, entryPoints: { 'chunks/engine-loader': 'src/runtime/engine-script.ts' }, outdir: 'dist', bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  for (const name of [...Object.keys(engine), ...Object.keys(server)]) {
    const exports = esmOutputs[`dist/esm/${name}.js`]?.exports;
    if (!exports) throw new Error(`engine-script: no ES module output for ${name}`);
    const up = relative(dirname(`dist/${name}.js`), 'dist') || '.';
    const named = exports.filter((n) => n !== 'default');
    const lines = [
      `// ogsmith's ${name} entry: its exports from the engine scripts (dist/chunks/*.cjs, run with V8's code cache), else from the ES module build (dist/esm/${name}.js).`,
      `import { engineEntry } from '${up}/chunks/engine-loader.js';`,
      `const entry = engineEntry(${JSON.stringify(name)}) ?? (await import('${up}/esm/${name}.js'));`,
      ...(named.length > 0 ? [`export const { ${named.join(', ')} } = entry;`] : []),
      ...(exports.includes('default') ? ['export default entry.default;'] : []),
      '',
    ];
    writeFileSync(`${root}dist/${name}.js`, lines.join('\n'));
  }
}
