// The edge benchmark's workers bundled as wrangler would (esbuild, workerd conditions), with their modules and gzip sizes split by kind.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { bundleEdge } from '../../test/edge/bundle-edge.js';

/** vercel-og: @vercel/og 0.11.1's edge build (satori 0.25, yoga wasm, resvg wasm); vercel-og-1.0.3 and satori-0.63-resvg load HarfBuzz, which compiles wasm at run time. */
export type EngineName = 'ogsmith' | 'takumi-wasm' | 'vercel-og' | 'vercel-og-1.0.3' | 'satori-0.63-resvg';

/** A miniflare module: the bundle, compiled wasm, or bytes (fonts) as an ArrayBuffer. */
export type WorkerModule =
  | { readonly type: 'ESModule'; readonly path: string; readonly contents: string }
  | { readonly type: 'CompiledWasm' | 'Data'; readonly path: string; readonly contents: Uint8Array };

/** Gzip bytes of one part of a bundle. */
export interface SizePart {
  readonly part: string;
  readonly gzipBytes: number;
}

export interface WorkerBundle {
  readonly name: EngineName | 'noop';
  readonly modules: readonly WorkerModule[];
  readonly sizes: readonly SizePart[];
}

const ENTRIES: Readonly<Record<WorkerBundle['name'], string>> = {
  ogsmith: 'worker.ts',
  'takumi-wasm': 'takumi-worker.ts',
  'vercel-og': 'vercel-og-worker.ts',
  'vercel-og-1.0.3': 'vercel-og-worker.ts',
  'satori-0.63-resvg': 'satori-resvg-worker.ts',
  noop: 'noop-worker.ts',
};

/** The package `bench:vercel-og` stands for in each vercel-og worker. */
const VERCEL_OG: Partial<Record<WorkerBundle['name'], string>> = { 'vercel-og': 'vercel-og-0.11', 'vercel-og-1.0.3': '@vercel/og' };

const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** `bench:cards` as JSON, and .ttf imports left as Data modules beside the bundle (recorded in `data`). */
function benchModules(cards: unknown, data: Map<string, string>): Plugin {
  return {
    name: 'bench-modules',
    setup(b) {
      b.onResolve({ filter: /^bench:cards$/ }, () => ({ path: 'cards', namespace: 'bench-cards' }));
      b.onLoad({ filter: /.*/, namespace: 'bench-cards' }, () => ({ contents: JSON.stringify(cards), loader: 'json' }));
      b.onResolve({ filter: /\.ttf$/ }, (args) => {
        const source = resolve(args.resolveDir, args.path);
        data.set(basename(source), source);
        return { path: `./${basename(source)}`, external: true };
      });
    },
  };
}

/**
 * @vercel/og's edge build loads its fallback font with `fetch(new URL('./Geist-Regular.ttf', import.meta.url))`, which
 * Vercel's bundler turns into an asset; workerd cannot fetch a file URL, so the font becomes a Data module here.
 */
const vercelOg = (pkg: string): Plugin => ({
  name: 'vercel-og-fallback-font',
  setup(b) {
    b.onResolve({ filter: /^bench:vercel-og$/ }, (args) => b.resolve(pkg, { kind: 'import-statement', resolveDir: args.resolveDir }));
    b.onLoad({ filter: /(@vercel[/\\]og|vercel-og-0\.11)[/\\]dist[/\\]index\.edge\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const from = 'fetch(\n  new URL("./Geist-Regular.ttf", import.meta.url)\n)';
      if (!text.includes(from)) throw new Error(`${args.path} loads Geist-Regular.ttf another way; update bench/edge/bundles.ts`);
      const patched = `import __geist from "./Geist-Regular.ttf";\n${text.replace(from, 'Promise.resolve(new Response(__geist))')}`;
      return { contents: patched, loader: 'js', resolveDir: dirname(args.path) };
    });
    // Its bundled fflate imports createRequire from 'module' to try worker_threads; a require that always throws takes fflate's own fallback, as Next.js's edge shim does.
    b.onResolve({ filter: /^module$/ }, () => ({ path: 'module', namespace: 'no-require' }));
    b.onLoad({ filter: /.*/, namespace: 'no-require' }, () => ({ contents: 'export const createRequire = () => (id) => { throw new Error(`require(${id}) is not available at the edge`); };', loader: 'js' }));
  },
});

async function bundle(name: WorkerBundle['name'], cards: unknown, data: Map<string, string>) {
  const vercel = VERCEL_OG[name];
  const plugins = [benchModules(cards, data), ...(vercel ? [vercelOg(vercel)] : [])];
  const bundled = await bundleEdge(new URL(ENTRIES[name], import.meta.url).pathname, { plugins });
  if (bundled.nodeImports.length > 0) throw new Error(`${name}: the bundle imports Node built-ins: ${bundled.nodeImports.map((i) => i.specifier).join(', ')}`);
  return bundled;
}

/** ogsmith's bundled fonts are base64 strings inside its JS (dist/edge/default-font-data.js): their share of the gzip size. */
function ogsmithFontGzip(): number {
  return gzipSize(readFileSync(new URL('../../dist/edge/default-font-data.js', import.meta.url)));
}

/** Bundles one worker; its size parts (measured on a bundle without the cards) are the JS, each wasm module and the fonts. */
export async function bundleWorker(name: WorkerBundle['name'], cards: unknown): Promise<WorkerBundle> {
  const data = new Map<string, string>();
  const withCards = await bundle(name, cards, data);
  const js = gzipSize((await bundle(name, {}, new Map())).code);
  const wasm = withCards.wasm.map((w) => ({ type: 'CompiledWasm' as const, path: `/${w.name}`, contents: readFileSync(w.source) }));
  const fonts = [...data].map(([file, source]) => ({ type: 'Data' as const, path: `/${file}`, contents: readFileSync(source) }));
  const fontGzip = name === 'ogsmith' ? ogsmithFontGzip() : fonts.reduce((sum, f) => sum + gzipSize(f.contents), 0);
  const sizes: SizePart[] = [
    { part: name === 'ogsmith' ? 'js (engine, encoder, glue)' : 'js', gzipBytes: name === 'ogsmith' ? js - fontGzip : js },
    ...wasm.map((w) => ({ part: w.path.slice(1), gzipBytes: gzipSize(w.contents) })),
    ...(fontGzip > 0 ? [{ part: name === 'ogsmith' ? 'fonts (base64 in the js)' : 'fonts (Data modules)', gzipBytes: fontGzip }] : []),
  ];
  return { name, modules: [{ type: 'ESModule', path: '/worker.js', contents: withCards.code }, ...wasm, ...fonts], sizes };
}
