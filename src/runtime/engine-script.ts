// Runs the engine script (dist/chunks/engine.cjs: the Node entries' modules as one script) with a V8 code cache made after the first render, so a cold start neither parses nor compiles the code its last run compiled.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { fileBesideModule } from './module-file.js';
import { codeCacheDirectories, codeCacheName, readCodeCache, writeCodeCache } from './code-cache-file.js';

/** What the loader did: `hit` (V8 took the cache), `miss` (none), `rejected` (V8 refused it), `off` (OGSMITH_CODE_CACHE=0), and the file written after the first render. */
export interface EngineCodeCache {
  readonly script: string;
  readonly cache: 'hit' | 'miss' | 'rejected' | 'off';
  written?: string;
}

/** The hook the engine's first render calls (src/runtime/warm-code.ts): the engine script is another copy of the modules, so they meet on a global. */
const WARM = Symbol.for('ogsmith.engineWarm');

/** The script's parameters: CommonJS's, the script's own URL for `import.meta.url`, and `import()` from here (a vm.Script has no module loader of its own). */
const HEAD = '(function (exports, require, module, __filename, __dirname, __ogsmithModuleUrl, __ogsmithImport) {';
const TAIL = '\n})';

interface LoadedEngine {
  readonly entries: Record<string, () => Record<string, unknown>>;
  readonly status: EngineCodeCache;
}

let loaded: LoadedEngine | null | undefined;

/**
 * An entry's exports from the engine script, or undefined where there is no script beside this module (a
 * bundler copied this file alone) or OGSMITH_ENGINE_SCRIPT=0 asks for the ES module build (source maps, module
 * loader hooks): the caller imports its ES module.
 */
export function engineEntry(name: string): Record<string, unknown> | undefined {
  if (loaded === undefined) loaded = process.env.OGSMITH_ENGINE_SCRIPT === '0' ? null : loadEngine(fileBesideModule('./engine.cjs', import.meta.url));
  return loaded?.entries[name]?.();
}

/** The loader's state (for tests); undefined before the first entry or without a script. */
export function engineCodeCache(): EngineCodeCache | undefined {
  return loaded?.status;
}

/** Compiles the script with its cache (the build writes it in ASCII, so it is read as Latin-1), runs it, and arranges the cache's writing after the first render. */
function loadEngine(path: string): LoadedEngine | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const directories = codeCacheDirectories(path);
  const name = codeCacheName(bytes);
  const cachedData = directories.length > 0 ? readCodeCache(directories, name) : undefined;
  const script = new Script(HEAD + bytes.toString('latin1') + TAIL, { filename: path, ...(cachedData ? { cachedData } : {}) });
  const cache = directories.length === 0 ? 'off' : cachedData === undefined ? 'miss' : script.cachedDataRejected === true ? 'rejected' : 'hit';
  const status: EngineCodeCache = { script: path, cache };
  if (cache === 'miss' || cache === 'rejected') {
    let saved = false;
    const save = (): void => {
      if (saved) return;
      saved = true;
      process.off('beforeExit', save);
      try {
        status.written = writeCodeCache(directories, name, script.createCachedData());
      } catch {
        // no cache this time; the next cold start compiles as usual
      }
    };
    // After the first render (the code it ran is compiled then), once: soon in a long-lived process, at the latest when a short one ends.
    (globalThis as Record<symbol, unknown>)[WARM] = () => {
      delete (globalThis as Record<symbol, unknown>)[WARM];
      setImmediate(save).unref();
      process.once('beforeExit', save);
    };
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as { entries?: LoadedEngine['entries'] } };
  run.call(module.exports, module.exports, createRequire(path), module, path, dirname(path), pathToFileURL(path).href, (specifier: string) => import(specifier));
  if (!module.exports.entries) return null;
  return { entries: module.exports.entries, status };
}
