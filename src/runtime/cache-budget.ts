// The engine's long-lived caches, each an LRU bounded by bytes, registered by name so /metrics and the memory bench can report their bytes and entries.
import { LRUCache } from 'lru-cache';

/** One cache's use now: bytes (as its size function counts them), entries, and its byte budget. */
export interface CacheStats {
  readonly name: string;
  readonly bytes: number;
  readonly entries: number;
  readonly maxBytes: number;
}

/** What a registered cache reports. */
export interface CacheProbe {
  readonly name: string;
  readonly maxBytes: number;
  readonly bytes: () => number;
  readonly entries: () => number;
}

/** One probe per cache module (a fixed set, registered at module load): the report's source. */
const probes = new Map<string, CacheProbe>();

/** Registers a cache under its name (a second registration under the name replaces the first: module reloads in tests). */
export function registerCache(probe: CacheProbe): void {
  probes.set(probe.name, probe);
}

/** Every registered cache's bytes and entries now, in registration order. */
export function cacheReport(): CacheStats[] {
  return [...probes.values()].map((probe) => ({ name: probe.name, bytes: probe.bytes(), entries: probe.entries(), maxBytes: probe.maxBytes }));
}

export interface BoundedCacheOptions<K, V> {
  /** The name in reports and /metrics (snake_case). */
  readonly name: string;
  /** The budget: least recently used entries go when the sizes sum past it. */
  readonly maxBytes: number;
  /** An entry's bytes (at least 1): its payload plus what the key and the object around it cost. */
  readonly sizeOf: (value: V, key: K) => number;
  /** An entry count bound too, when entries have a native cost the size function cannot see. */
  readonly maxEntries?: number;
}

/** An LRU cache bounded by bytes (lru-cache's maxSize and sizeCalculation), registered for reports. */
export function boundedCache<K extends {}, V extends {}>(options: BoundedCacheOptions<K, V>): LRUCache<K, V> {
  const cache = new LRUCache<K, V>({
    maxSize: options.maxBytes,
    sizeCalculation: (value, key) => Math.max(1, Math.ceil(options.sizeOf(value, key))),
    ...(options.maxEntries === undefined ? {} : { max: options.maxEntries }),
  });
  registerLru(options.name, cache);
  return cache;
}

/**
 * Keys seen once, for a cache that keeps an entry from its second use on: text that comes once (a title that
 * changes every render) then leaves no entry behind, only its key here until newer keys push it out. Returns
 * whether the key was seen before (and forgets it: the caller now keeps the entry itself).
 */
export function secondSighting(name: string, maxBytes: number): { readonly seenBefore: (key: string) => boolean; readonly clear: () => void } {
  const seen = boundedCache<string, true>({ name, maxBytes, sizeOf: (_seen, key) => keyBytes(key) + 32 });
  return {
    seenBefore: (key) => {
      if (seen.delete(key)) return true;
      seen.set(key, true);
      return false;
    },
    clear: () => seen.clear(),
  };
}

/** What a byte-bounded LRU cache reports. */
export interface SizedLru {
  readonly calculatedSize: number;
  readonly size: number;
  readonly maxSize: number;
}

/** Registers an existing byte-bounded LRU cache (one made with maxSize). */
export function registerLru(name: string, cache: SizedLru): void {
  registerCache({ name, maxBytes: cache.maxSize, bytes: () => cache.calculatedSize, entries: () => cache.size });
}

/** A byte-bounded LRU cache's stats now, under a name. */
export function lruStats(name: string, cache: SizedLru): CacheStats {
  return { name, bytes: cache.calculatedSize, entries: cache.size, maxBytes: cache.maxSize };
}

/** Reports of several threads or processes summed per cache name (bytes, entries and budgets add up). */
export function sumCacheReports(reports: readonly (readonly CacheStats[])[]): CacheStats[] {
  const byName = new Map<string, CacheStats>();
  for (const stats of reports.flat()) {
    const sum = byName.get(stats.name);
    byName.set(stats.name, sum ? { name: stats.name, bytes: sum.bytes + stats.bytes, entries: sum.entries + stats.entries, maxBytes: sum.maxBytes + stats.maxBytes } : stats);
  }
  return [...byName.values()];
}

/** What a string key costs: two bytes a UTF-16 unit plus the string header. */
export const keyBytes = (key: string): number => 2 * key.length + 24;
