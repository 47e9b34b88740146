// `ogsmith warm-cache`: V8's code caches of the engine scripts written ahead of time by a child that loads them as a service does and renders once, so that an image or a deploy ships them and its first start does not compile ogsmith.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { codeCacheDirectories, codeCacheName, codeCachePrefix, codeCacheRuntime } from '../runtime/code-cache-file.js';
import { makeDirectorySync } from '../runtime/make-directory.js';
import { packageRoot } from '../runtime/module-file.js';

export interface WarmCacheFlags {
  /** Where to write (default: node_modules/.cache/ogsmith beside the package, where the engine looks first). */
  readonly dir?: string;
  /** The built-in template rendered once (default blog): the cache holds the code that render compiled. */
  readonly template?: string;
  /** Also the render processes' cache (RenderPool with isolation 'process', as `npm start` runs them): they start with heap limits, V8 flags of their own. */
  readonly renderProcesses?: boolean;
  /** Node options of the child, whose V8 flags decide the cache's key (default: this process's). */
  readonly nodeOptions?: readonly string[];
}

/** A cache file present for the current engine scripts after the run. */
export interface WarmCacheFile {
  readonly name: string;
  readonly bytes: number;
}

export interface WarmCacheResult {
  readonly directory: string;
  /** This process's key: V8 flags (a CRC-32, 0 for none), Node's version and the architecture; a process whose key differs compiles as before. */
  readonly runtime: string;
  readonly files: readonly WarmCacheFile[];
}

/** The most a child may take (a render process's start included) before the run fails. */
const CHILD_TIMEOUT_MS = 120_000;
/** How long the child waits for the render process's cache file, which it writes just after its first render. */
const RENDER_PROCESS_WAIT_MS = 15_000;

const dist = join(packageRoot(import.meta.url), 'dist');
const url = (file: string): string => JSON.stringify(new URL(`file://${join(dist, file)}`).href);

/**
 * The child: the library's and `ogsmith/server`'s scripts loaded, one render (the loader writes the engine's
 * cache after it; the server script's is written when the process ends), then, if asked, one render in a
 * render process, waiting until its cache file is there. The parent then lists the files.
 */
const PROGRAM = `
import { readdirSync } from 'node:fs';
const [template, renderProcesses, directory, library] = process.argv.slice(1);
const { render, RenderPool } = await import(${url('index.js')});
await import(${url('server/index.js')});
const { builtinTemplates } = await import(${url('bench/builtin-templates.js')});
const { variedParams } = await import(${url('bench/params.js')});
const chosen = builtinTemplates.find((t) => t.name === template);
const element = chosen.render(variedParams(chosen.name, chosen.params, 0));
const size = { width: chosen.width, height: chosen.height };
await render(element, size);
if (renderProcesses === '1') {
  const others = () => readdirSync(directory).filter((name) => name.startsWith('engine-') && name.endsWith('.v8cache') && name !== library);
  const pool = new RenderPool({ isolation: 'process', startThreads: 1 });
  try {
    await pool.render(element, size);
    const until = Date.now() + ${RENDER_PROCESS_WAIT_MS};
    while (others().length === 0 && Date.now() < until) await new Promise((done) => setTimeout(done, 50));
  } finally {
    await pool.close();
  }
}
`;

/** The directory, made if missing; a coded error naming it when it cannot be written. */
function writableDirectory(flags: WarmCacheFlags, engineScript: string): string {
  const directory = flags.dir === undefined ? codeCacheDirectories(engineScript, {})[0]! : resolve(flags.dir);
  try {
    makeDirectorySync(directory, 0o700);
    accessSync(directory, constants.W_OK);
  } catch (error) {
    throw new OgsmithError('INVALID_CONFIG', `${flags.dir === undefined ? 'the code cache directory' : '--dir'} ${quote(directory)} cannot be written: ${(error as Error).message}`);
  }
  return directory;
}

function runChild(template: string, renderProcesses: boolean, directory: string, library: string, nodeOptions: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeOptions, '--input-type=module', '-e', PROGRAM, template, renderProcesses ? '1' : '0', directory, library], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, OGSMITH_CODE_CACHE: directory, OGSMITH_ENGINE_SCRIPT: '1' },
      timeout: CHILD_TIMEOUT_MS,
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done() : fail(new OgsmithError('INTERNAL', `ogsmith warm-cache: the child process failed (${signal ?? `exit ${code}`}): ${err.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

/** Writes the caches and lists the files present for the current scripts (this runtime's and, with renderProcesses, the render processes'). */
export async function warmCache(flags: WarmCacheFlags = {}): Promise<WarmCacheResult> {
  const template = flags.template ?? 'blog';
  const engineScript = join(dist, 'chunks', 'engine.cjs');
  const serverScript = join(dist, 'chunks', 'server.cjs');
  if (!existsSync(engineScript) || !existsSync(serverScript)) throw new OgsmithError('INVALID_CONFIG', `ogsmith warm-cache needs the engine scripts ${quote(engineScript)} and ${quote(serverScript)} (made by npm run build)`);
  const { builtinTemplates } = await import('../templates/index.js');
  if (!builtinTemplates.some((t) => t.name === template)) throw new OgsmithError('INVALID_CONFIG', `--template ${quote(template)} is not a built-in template (one of ${builtinTemplates.map((t) => t.name).join(', ')})`);
  const directory = writableDirectory(flags, engineScript);
  const nodeOptions = flags.nodeOptions ?? process.execArgv;
  const runtime = codeCacheRuntime(nodeOptions);
  const engineBytes = readFileSync(engineScript);
  const engineKey = codeCachePrefix(engineBytes, 'engine');
  const serverKey = codeCachePrefix(readFileSync(serverScript), 'server');
  await runChild(template, flags.renderProcesses ?? false, directory, codeCacheName(engineBytes, 'engine', runtime), nodeOptions);
  const files = readdirSync(directory)
    .filter((name) => (name.startsWith(engineKey) || name.startsWith(serverKey)) && name.endsWith('.v8cache'))
    .filter((name) => flags.renderProcesses === true || name.endsWith(`-${runtime}.v8cache`))
    .sort()
    .map((name) => ({ name, bytes: statSync(join(directory, name)).size }));
  const missing = [engineKey, serverKey].filter((key) => !files.some((file) => file.name === `${key}${runtime}.v8cache`));
  if (missing.length > 0) throw new OgsmithError('INTERNAL', `ogsmith warm-cache: no cache was written for ${missing.map((key) => key.split('-')[0]).join(' and ')} in ${quote(directory)}`);
  if (flags.renderProcesses && !files.some((file) => file.name.startsWith(engineKey) && !file.name.endsWith(`-${runtime}.v8cache`))) throw new OgsmithError('INTERNAL', `ogsmith warm-cache: the render process wrote no cache in ${quote(directory)} within ${RENDER_PROCESS_WAIT_MS / 1000} s`);
  return { directory, runtime, files };
}
