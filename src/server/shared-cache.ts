// The optional shared cache tier (several instances behind one CDN): a small interface and a Redis implementation.
import { once } from 'node:events';
import { lazyImport } from '../runtime/lazy-import.js';

/** The redis client (about 650 modules) is loaded when a redis tier is configured, not by every server's start. */
const loadRedis = lazyImport(() => import('redis'));

/**
 * A byte store shared by instances. Its methods throw on failure: the service wraps it in a guard
 * (shared-tier-guard.ts) that bounds each call by `timeoutMs`, counts and logs failures, skips the
 * tier while it is down and writes in the background, so a failing store never fails or slows a request.
 */
export interface SharedCache {
  /** Its name in metrics and logs (`redis`, `s3`); default `custom`. */
  readonly name?: string;
  /** Time limit of one get or set, applied by the guard; default 1000 ms. */
  readonly timeoutMs?: number;
  /** The bytes under `key`, or undefined when there are none (or they expired). */
  get(key: string, signal?: AbortSignal): Promise<Buffer | undefined>;
  set(key: string, bytes: Buffer, ttlSeconds: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export interface RedisCacheOptions {
  /** Key prefix; default `ogsmith:`. */
  readonly prefix?: string;
  /** Time limit of one command; default 300 ms. */
  readonly timeoutMs?: number;
  /** Time limit of one connection attempt, and how long redisCache() waits for the first; default 1000 ms. */
  readonly connectTimeoutMs?: number;
}

/** Reconnection delay after the nth failed attempt: 100 ms doubling up to 2 s, for ever. */
const reconnectDelay = (retries: number): number => Math.min(100 * 2 ** retries, 2000);

/**
 * Redis (or any server speaking its protocol: Valkey, KeyDB) as the shared tier, keys prefixed `ogsmith:`.
 * Resolves after the first connection attempt (at most `connectTimeoutMs`) whether or not it succeeded: an
 * unreachable Redis never holds up a start, and the client keeps reconnecting in the background. Commands
 * fail at once while disconnected (no offline queue) instead of waiting for a reconnection.
 */
export async function redisCache(url: string, options: RedisCacheOptions | string = {}): Promise<SharedCache> {
  const { prefix = 'ogsmith:', timeoutMs = 300, connectTimeoutMs = 1000 } = typeof options === 'string' ? { prefix: options } : options;
  const { createClient, RESP_TYPES } = await loadRedis();
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandsQueueMaxLength: 1000,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: reconnectDelay },
  });
  // Failures reach callers as rejected commands (the guard counts and logs them); the client's own events are not errors to crash on.
  client.on('error', () => undefined);
  const firstAttempt = once(client, 'ready', { signal: AbortSignal.timeout(connectTimeoutMs) }).catch(() => undefined);
  client.connect().catch(() => undefined);
  await firstAttempt;
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  return {
    name: 'redis',
    timeoutMs,
    async get(key) {
      return (await binary.get(prefix + key)) ?? undefined;
    },
    async set(key, bytes, ttlSeconds) {
      await client.set(prefix + key, bytes, { EX: Math.max(1, Math.round(ttlSeconds)) });
    },
    async close() {
      // QUIT waits for an answer a paused server never gives: bounded, then the socket is dropped.
      if (client.isReady) await Promise.race([client.close(), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]).catch(() => undefined);
      if (client.isOpen) client.destroy();
    },
  };
}
