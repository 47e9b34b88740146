// Runs the engine scripts (dist/chunks/engine.cjs: the library's entries; server.cjs: the server's, sharing the engine's modules) with V8 code caches made after the first render, so a cold start neither parses nor compiles the code its last run compiled.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { fileBesideModule } from './module-file.js';
import { codeCacheDirectories, codeCacheName, readCodeCache, writeCodeCache } from './code-cache-file.js';

/** What the loader did with a script: `hit` (V8 took the cache), `miss` (none), `rejected` (V8 refused it), `off` (OGSMITH_CODE_CACHE=0), and the file written after the first render. */
export interface EngineCodeCache {
  readonly script: string;
  readonly cache: 'hit' | 'miss' | 'rejected' | 'off';
  written?: string;
}

/** The hook the engine's first render calls (src/runtime/warm-code.ts): the scripts hold another copy of the modules than this loader, so they meet on a global. */
const WARM = Symbol.for('ogsmith.engineWarm');

/** The scripts' parameters: CommonJS's, the script's own URL for `import.meta.url`, and `import()` from here (a vm.Script has no module loader of its own). */
const HEAD = '(function (exports, require, module, __filename, __dirname, __ogsmithModuleUrl, __ogsmithImport) {';
const TAIL = '\n})';

/** How the server script names a module of the engine script (scripts/engine-script.mjs). */
const ENGINE_MODULE = 'ogsmith-engine:';

type Modules = Record<string, () => Record<string, unknown>>;

interface LoadedScript {
  readonly entries: Modules;
  readonly modules: Modules;
  readonly status: EngineCodeCache;
}

const loaded = new Map<'engine' | 'server', LoadedScript | null>();
const pendingSaves: (() => void)[] = [];

/**
 * An entry's exports from the engine scripts, or undefined where there is no script beside this module (a
 * bundler copied this file alone) or OGSMITH_ENGINE_SCRIPT=0 asks for the ES module build (source maps, module
 * loader hooks): the caller imports its ES module.
 */
export function engineEntry(name: string): Record<string, unknown> | undefined {
  const engine = script('engine');
  if (!engine) return undefined;
  const own = engine.entries[name];
  if (own) return own();
  return script('server')?.entries[name]?.();
}

/** The loader's state for a script (for tests); undefined before it loads or without scripts. */
export function engineCodeCache(name: 'engine' | 'server' = 'engine'): EngineCodeCache | undefined {
  return loaded.get(name)?.status;
}

function script(name: 'engine' | 'server'): LoadedScript | null {
  if (!loaded.has(name)) loaded.set(name, process.env.OGSMITH_ENGINE_SCRIPT === '0' ? null : loadScript(name, fileBesideModule(`./${name}.cjs`, import.meta.url)));
  return loaded.get(name) ?? null;
}

/** The engine script's module by its source path, for the server script's `require` and `import()`. */
function engineModule(id: string): Record<string, unknown> {
  const module = script('engine')?.modules[id.slice(ENGINE_MODULE.length)];
  if (!module) throw new Error(`ogsmith: the engine script has no module ${id}`);
  return module();
}

/** Compiles a script with its cache (the build writes it in ASCII, so it is read as Latin-1), runs it, and arranges the cache's writing after the first render. */
function loadScript(name: string, path: string): LoadedScript | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const directories = codeCacheDirectories(path);
  const file = codeCacheName(bytes, name);
  const cachedData = directories.length > 0 ? readCodeCache(directories, file) : undefined;
  const compiled = new Script(HEAD + bytes.toString('latin1') + TAIL, { filename: path, ...(cachedData ? { cachedData } : {}) });
  const cache = directories.length === 0 ? 'off' : cachedData === undefined ? 'miss' : compiled.cachedDataRejected === true ? 'rejected' : 'hit';
  const status: EngineCodeCache = { script: path, cache };
  if (cache === 'miss' || cache === 'rejected') {
    pendingSaves.push(() => {
      try {
        status.written = writeCodeCache(directories, file, compiled.createCachedData());
      } catch {
        // no cache this time; the next cold start compiles as usual
      }
    });
    armSaving();
  }
  const run = compiled.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as { entries?: Modules; modules?: Modules } };
  const requireHere = createRequire(path);
  const requireShared = (id: string): unknown => (id.startsWith(ENGINE_MODULE) ? engineModule(id) : requireHere(id));
  const importShared = (id: string): Promise<unknown> => (id.startsWith(ENGINE_MODULE) ? Promise.resolve().then(() => engineModule(id)) : import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ id));
  run.call(module.exports, module.exports, requireShared, module, path, dirname(path), pathToFileURL(path).href, importShared);
  if (!module.exports.entries) return null;
  return { entries: module.exports.entries, modules: module.exports.modules ?? {}, status };
}

let armed = false;

/**
 * Writes the pending caches once: soon after the first render (the code it ran is compiled then); in a process
 * that renders elsewhere (a server whose renders run in its pool) 10 s after loading; at the latest when a
 * short process ends. A script loaded later arms it again.
 */
function armSaving(): void {
  if (armed) return;
  armed = true;
  const hooks = globalThis as Record<symbol, unknown>;
  const timer = setTimeout(save, 10_000).unref();
  hooks[WARM] = () => {
    delete hooks[WARM];
    setImmediate(save).unref();
  };
  function save(): void {
    if (!armed) return;
    armed = false;
    delete hooks[WARM];
    clearTimeout(timer);
    process.off('beforeExit', save);
    for (const pending of pendingSaves.splice(0)) pending();
  }
  process.once('beforeExit', save);
}
