// Bundles a worker that imports ogsmith as wrangler does (esbuild, conditions workerd/worker/browser), recording every Node built-in the graph reaches.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
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

export async function bundleEdge(entry: string, conditions: readonly string[] = ['workerd', 'worker', 'browser']): Promise<EdgeBundle> {
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
        if (!wasm.some((w) => w.name === name)) wasm.push({ name, source: resolve(args.resolveDir, bare) });
        return { path: `./${name}`, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: [...conditions],
    minify: true,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'ogsmith',
    plugins: [record],
  });
  return { code: result.outputFiles[0]!.text, nodeImports, wasm, metafile: result.metafile };
}
