// The shared tier on any S3-compatible store (AWS S3, MinIO, R2…): signed GET/PUT with aws4, expiry in object metadata.
import aws4 from 'aws4';
import { request } from 'undici';
import type { SharedCache } from './shared-cache.js';

export interface S3CacheOptions {
  /** e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000`; objects are addressed path-style. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region?: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Key prefix; default `ogsmith/`. */
  readonly prefix?: string;
  /** Per-request time limit; default 2000 ms. */
  readonly timeoutMs?: number;
}

const EXPIRES = 'x-amz-meta-ogsmith-expires';

/** S3 has no per-object TTL, so each object carries its expiry time and a stale one reads as a miss. */
export function s3Cache(options: S3CacheOptions): SharedCache {
  const endpoint = new URL(options.endpoint);
  const region = options.region ?? 'us-east-1';
  const prefix = options.prefix ?? 'ogsmith/';
  const timeout = options.timeoutMs ?? 2000;
  const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };

  async function send(method: 'GET' | 'PUT', key: string, body?: Buffer, headers: Record<string, string> = {}) {
    const path = `${endpoint.pathname.replace(/\/$/, '')}/${encodeURIComponent(options.bucket)}/${encodeURIComponent(prefix + key.replace(/"/g, ''))}`;
    const signed = aws4.sign({ host: endpoint.host, path, method, service: 's3', region, headers, body }, credentials);
    return request(`${endpoint.protocol}//${endpoint.host}${path}`, {
      method,
      headers: signed.headers as Record<string, string>,
      body,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
  }

  return {
    async get(key) {
      try {
        const response = await send('GET', key);
        if (response.statusCode !== 200) {
          await response.body.dump();
          return undefined;
        }
        const expires = Number(response.headers[EXPIRES]);
        if (Number.isFinite(expires) && expires < Date.now() / 1000) {
          await response.body.dump();
          return undefined;
        }
        return Buffer.from(await response.body.arrayBuffer());
      } catch {
        return undefined;
      }
    },
    async set(key, bytes, ttlSeconds) {
      try {
        const expires = String(Math.floor(Date.now() / 1000 + Math.max(1, ttlSeconds)));
        const response = await send('PUT', key, bytes, { 'content-type': 'application/octet-stream', [EXPIRES]: expires });
        await response.body.dump();
      } catch {
        // A failed write only costs a render elsewhere.
      }
    },
    async close() {},
  };
}
