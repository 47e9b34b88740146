// The shared tier on any S3-compatible store (AWS S3, MinIO, R2…): signed GET/PUT with aws4, expiry in object metadata.
import { createHash } from 'node:crypto';
import aws4 from 'aws4';
import { lazyImport } from '../runtime/lazy-import.js';
import type { SharedCache } from './shared-cache.js';

/** undici is loaded by the first request to the bucket, not by the server's start. */
const loadUndici = lazyImport(() => import('undici'));

export interface S3CacheOptions {
  /** e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000`; objects are addressed path-style. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region?: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Key prefix; default `ogsmith/`. */
  readonly prefix?: string;
  /** Time limit of one GET or PUT (headers and body); default 500 ms. */
  readonly timeoutMs?: number;
}

const EXPIRES = 'x-amz-meta-ogsmith-expires';
/** The sha256 of the bytes, checked on every read: a store that kept a truncated body (a PUT cut off mid-way) reads as a miss. */
const CHECKSUM = 'x-amz-meta-ogsmith-sha256';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * S3 has no per-object TTL, so each object carries its expiry time and a stale one reads as a miss.
 * A 404 is a miss; any other answer but 200 (403, 5xx…) and any network failure throw, for the guard to count.
 */
export function s3Cache(options: S3CacheOptions): SharedCache {
  const endpoint = new URL(options.endpoint);
  const region = options.region ?? 'us-east-1';
  const prefix = options.prefix ?? 'ogsmith/';
  const timeout = options.timeoutMs ?? 500;
  const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };

  async function send(method: 'GET' | 'PUT', key: string, signal: AbortSignal | undefined, body?: Buffer, headers: Record<string, string> = {}) {
    const path = `${endpoint.pathname.replace(/\/$/, '')}/${encodeURIComponent(options.bucket)}/${encodeURIComponent(prefix + key.replace(/"/g, ''))}`;
    const signed = aws4.sign({ host: endpoint.host, path, method, service: 's3', region, headers, body }, credentials);
    const { request } = await loadUndici();
    return request(`${endpoint.protocol}//${endpoint.host}${path}`, {
      method,
      headers: signed.headers as Record<string, string>,
      body,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      // undici checks its own timeouts about once a second: the signal holds the whole request to the limit.
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeout)]) : AbortSignal.timeout(timeout),
    });
  }

  return {
    name: 's3',
    timeoutMs: timeout,
    async get(key, signal) {
      const response = await send('GET', key, signal);
      if (response.statusCode !== 200) {
        await response.body.dump();
        if (response.statusCode === 404) return undefined;
        throw new Error(`S3 GET answered ${response.statusCode}`);
      }
      const expires = Number(response.headers[EXPIRES]);
      if (Number.isFinite(expires) && expires < Date.now() / 1000) {
        await response.body.dump();
        return undefined;
      }
      const bytes = Buffer.from(await response.body.arrayBuffer());
      const checksum = response.headers[CHECKSUM];
      if (checksum === undefined) return undefined;
      if (checksum !== sha256(bytes)) throw new Error(`S3 object ${key} does not match its checksum (a cut-off write?)`);
      return bytes;
    },
    async set(key, bytes, ttlSeconds, signal) {
      const expires = String(Math.floor(Date.now() / 1000 + Math.max(1, ttlSeconds)));
      // Content-MD5: S3 refuses a body that arrives cut off; the sha256 lets any store's copy be checked on read.
      const headers = { 'content-type': 'application/octet-stream', 'content-md5': createHash('md5').update(bytes).digest('base64'), [EXPIRES]: expires, [CHECKSUM]: sha256(bytes) };
      const response = await send('PUT', key, signal, bytes, headers);
      await response.body.dump();
      if (response.statusCode < 200 || response.statusCode > 299) throw new Error(`S3 PUT answered ${response.statusCode}`);
    },
    async close() {},
  };
}
