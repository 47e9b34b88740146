// Rendered images by ETag: a byte-bounded LRU, an optional shared tier, and single-flight renders.
import { LRUCache } from 'lru-cache';
import { lruStats, type CacheStats } from '../runtime/cache-budget.js';

export type CacheOutcome = 'memory' | 'shared' | 'rendered' | 'joined';

export interface CacheEvents {
  /** Called once per lookup with where the bytes came from. */
  readonly onLookup?: (outcome: CacheOutcome) => void;
}

/** A produced image and whether it may be kept (a hostname-only /og/url fallback is not). */
export interface Produced {
  readonly bytes: Buffer;
  readonly store: boolean;
}

/** The shared tier as the cache sees it (shared-tier-guard.ts): reads that never throw, writes that never wait. */
export interface SharedTier {
  read(key: string): Promise<Buffer | undefined>;
  write(key: string, bytes: Buffer, ttlSeconds: number): void;
}

export class ImageCache {
  private readonly memory: LRUCache<string, Buffer>;
  private readonly inFlight = new Map<string, Promise<Produced>>();

  constructor(maxBytes: number, private readonly shared: SharedTier | undefined, private readonly events: CacheEvents = {}) {
    this.memory = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (bytes) => Math.max(1, bytes.length) });
  }

  /** The memory tier's bytes (encoded images) and entries. */
  stats(): CacheStats {
    return lruStats('server_images', this.memory);
  }

  /** The bytes for `key`, rendering them at most once however many requests ask at the same time. */
  async get(key: string, ttlSeconds: number, produce: () => Promise<Produced>): Promise<Produced> {
    const hit = this.memory.get(key);
    if (hit) {
      this.events.onLookup?.('memory');
      return { bytes: hit, store: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.events.onLookup?.('joined');
      return pending;
    }
    const task = this.fill(key, ttlSeconds, produce).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, task);
    return task;
  }

  private async fill(key: string, ttlSeconds: number, produce: () => Promise<Produced>): Promise<Produced> {
    const remote = await this.shared?.read(key);
    if (remote) {
      this.events.onLookup?.('shared');
      this.memory.set(key, remote);
      return { bytes: remote, store: true };
    }
    this.events.onLookup?.('rendered');
    const produced = await produce();
    if (produced.store) {
      this.memory.set(key, produced.bytes);
      // Not awaited: the response goes out while the write runs (and a failed write only costs a render elsewhere).
      this.shared?.write(key, produced.bytes, ttlSeconds);
    }
    return produced;
  }

  /** Bytes held in memory. */
  get size(): number {
    return this.memory.calculatedSize;
  }
}
