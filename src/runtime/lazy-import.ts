// A module loaded by dynamic import() on first use, once: what a cold start does not need stays unloaded until a call needs it.

/** Memoises `load()`: the first call starts the import, later calls share it; a failed import is retried on the next call. */
export function lazyImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
