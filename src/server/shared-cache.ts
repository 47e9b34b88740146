// The optional shared cache tier (several instances behind one CDN): a small interface and a Redis implementation.
import { createClient, RESP_TYPES } from 'redis';

/** A byte store shared by instances; failures must not fail a request (the image is rendered instead). */
export interface SharedCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, bytes: Buffer, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/** Redis (or any server speaking its protocol: Valkey, KeyDB) as the shared tier, keys prefixed `ogsmith:`. */
export async function redisCache(url: string, prefix = 'ogsmith:'): Promise<SharedCache> {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } });
  client.on('error', () => undefined);
  await client.connect();
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  return {
    async get(key) {
      const value = await binary.get(prefix + key).catch(() => null);
      return value ?? undefined;
    },
    async set(key, bytes, ttlSeconds) {
      await client.set(prefix + key, bytes, { EX: Math.max(1, Math.round(ttlSeconds)) }).catch(() => undefined);
    },
    async close() {
      await client.quit().catch(() => undefined);
    },
  };
}
