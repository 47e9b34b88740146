// V8's code cache on disk for ogsmith's programs (Node 22.1+; a no-op on Node 20): a cold start reuses the compiled code of the last one.
import module from 'node:module';

type EnableCompileCache = (directory?: string) => { readonly status: number; readonly directory?: string };

/**
 * Turns on Node's module compile cache (NODE_COMPILE_CACHE's directory, else the OS temp directory)
 * for modules loaded after this call, and hands the directory to child processes (the render
 * processes) through NODE_COMPILE_CACHE, which Node reads before loading their first module.
 * OGSMITH_COMPILE_CACHE=0 leaves it off. Returns the directory, or undefined where it is off.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (!enable || env.OGSMITH_COMPILE_CACHE === '0') return undefined;
  try {
    const { directory } = enable();
    if (directory) env.NODE_COMPILE_CACHE ??= directory;
    return directory;
  } catch {
    return undefined; // an unwritable directory: start without the cache
  }
}

/**
 * Writes the compile cache now (Node 22.10+) rather than at exit: a serverless instance is often
 * frozen or killed, and a render process is ended by its pool, without exiting on its own.
 */
export function flushCompileCache(): void {
  const flush = (module as { flushCompileCache?: () => void }).flushCompileCache;
  try {
    flush?.();
  } catch {
    // nothing to write, or the directory went away: the next start compiles as usual
  }
}
