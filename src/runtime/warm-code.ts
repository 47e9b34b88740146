// Tells the engine script's loader (src/runtime/engine-script.ts) that a render finished, so that it can keep V8's code for the next cold start.

/** Calls the loader's hook once, if the engine runs from the script and its code cache was missing or refused. */
export function markEngineWarm(): void {
  const hooks = globalThis as Record<symbol, unknown>;
  const hook = hooks[Symbol.for('ogsmith.engineWarm')];
  if (typeof hook === 'function') (hook as () => void)();
}
