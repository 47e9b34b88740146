// Bundles a worker that imports ogsmith as wrangler does (esbuild, conditions workerd/worker/browser), recording every Node built-in the graph reaches.
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { build, type Metafile, type Plugin } from 'esbuild';

export interface EdgeBundle {
  readonly code: string;
  /** Node built-ins some module imported (must be none). */
  readonly nodeImports: readonly { readonly specifier: string; readonly importer: string }[];
  /** Wasm files the bundle imports as modules (their path relative to the bundle: ./harfbuzz.wasm). */
  readonly wasm: readonly { readonly name: string; readonly source: string }[];
  readonly metafile: Metafile;
}

const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);

export interface BundleOptions {
  readonly conditions?: readonly string[];
  /** esm (workerd modules) or iife (a script, as Vercel's edge-runtime evaluates). */
  readonly format?: 'esm' | 'iife';
  /** Wasm compiled from inlined bytes (`new WebAssembly.Module`) instead of imported as a module beside the bundle. */
  readonly inlineWasm?: boolean;
  /** More esbuild plugins, run before the built-in ones (the edge benchmark adds its cards and font modules). */
  readonly plugins?: readonly Plugin[];
  /** Minified as wrangler does (default); false keeps names for CPU profiles. */
  readonly minify?: boolean;
}

export async function bundleEdge(entry: string, options: BundleOptions = {}): Promise<EdgeBundle> {
  const conditions = options.conditions ?? ['workerd', 'worker', 'browser'];
  const nodeImports: { specifier: string; importer: string }[] = [];
  const wasm: { name: string; source: string }[] = [];
  const record: Plugin = {
    name: 'record-node-and-wasm',
    setup(b) {
      b.onResolve({ filter: NODE_BUILTIN }, (args) => {
        nodeImports.push({ specifier: args.path, importer: args.importer });
        return { path: args.path, external: true };
      });
      b.onResolve({ filter: /\.wasm(\?module)?$/ }, (args) => {
        const bare = args.path.replace(/\?module$/, '');
        const name = bare.split('/').pop()!;
        // A relative path beside the importer, or a package's exported file (satori/layout.wasm).
        const source = /^[./]/.test(bare) ? resolve(args.resolveDir, bare) : createRequire(join(args.resolveDir, 'importer.js')).resolve(bare);
        if (!wasm.some((w) => w.name === name)) wasm.push({ name, source });
        return options.inlineWasm ? { path: source, namespace: 'inline-wasm' } : { path: `./${name}`, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'inline-wasm' }, (args) => ({
        contents: `export default new WebAssembly.Module(Uint8Array.from(atob(${JSON.stringify(readFileSync(args.path).toString('base64'))}), (c) => c.charCodeAt(0)));`,
        loader: 'js',
      }));
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: options.format ?? 'esm',
    platform: 'browser',
    conditions: [...conditions],
    minify: options.minify ?? process.env.EDGE_NO_MINIFY !== '1',
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'ogsmith',
    plugins: [...(options.plugins ?? []), record],
  });
  return { code: result.outputFiles[0]!.text, nodeImports, wasm, metafile: result.metafile };
}
