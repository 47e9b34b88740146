// Remote img sources: collected from the tree, fetched through the guarded fetcher as checked bytes, cached.
import { LRUCache } from 'lru-cache';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { normalizeTree, type ImageResolver, type NormalizeLimits } from '../layout/element/normalize.js';
import type { GuardedFetcher } from './fetch/guarded-fetch.js';
import { headerDimensions, sniffImage } from './fetch/sniff.js';

export interface RemoteImageLimits {
  /** Bytes per remote image; default 5 MB. */
  readonly maxBytes: number;
  /** Pixels per remote image, read from its header before any decode; default 25 million. */
  readonly maxPixels: number;
  /** Bytes of fetched images kept in memory; default 32 MB. */
  readonly cacheBytes: number;
}

export const DEFAULT_REMOTE_IMAGE_LIMITS: RemoteImageLimits = { maxBytes: 5 * 1024 * 1024, maxPixels: 25_000_000, cacheBytes: 32 * 1024 * 1024 };

// A 1×1 transparent PNG standing in for remote sources while they are collected.
const PLACEHOLDER = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export class RemoteImages {
  private readonly cache: LRUCache<string, Uint8Array>;
  private readonly inFlight = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly fetcher: GuardedFetcher, private readonly limits: RemoteImageLimits = DEFAULT_REMOTE_IMAGE_LIMITS) {
    this.cache = new LRUCache({ maxSize: limits.cacheBytes, sizeCalculation: (bytes) => Math.max(1, bytes.byteLength), ttl: 10 * 60_000 });
  }

  /** The URL sources of a tree's img elements (after components run); non-http schemes are refused here, before any fetch. */
  collect(element: unknown, limits: NormalizeLimits): readonly string[] {
    const urls = new Set<string>();
    normalizeTree(element, {
      limits,
      resolveImage: (src) => {
        if (!SCHEME.test(src)) return null;
        this.fetcher.checkUrl(src);
        urls.add(src);
        return PLACEHOLDER;
      },
    });
    return [...urls];
  }

  /** Fetches every remote source of the tree and returns a resolver handing their bytes to render(). */
  async resolverFor(element: unknown, limits: NormalizeLimits): Promise<ImageResolver> {
    const urls = this.collect(element, limits);
    const loaded = new Map<string, Uint8Array>();
    await Promise.all(urls.map(async (url) => loaded.set(url, await this.load(url))));
    return (src) => loaded.get(src) ?? null;
  }

  /** One remote image as sniffed, size-checked bytes; concurrent loads of one URL fetch once. */
  load(url: string): Promise<Uint8Array> {
    const cached = this.cache.get(url);
    if (cached) return Promise.resolve(cached);
    const pending = this.inFlight.get(url);
    if (pending) return pending;
    const task = this.fetchImage(url).finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, task);
    return task;
  }

  private async fetchImage(url: string): Promise<Uint8Array> {
    const { bytes } = await this.fetcher.fetch(url, { maxBytes: this.limits.maxBytes, overflow: 'error', accept: 'image/png,image/jpeg,image/webp,image/gif' });
    const type = sniffImage(bytes);
    if (!type) throw new OgsmithError('SOURCE_TYPE', `${quote(url)} is not a PNG, JPEG, WebP or GIF image`);
    const size = headerDimensions(bytes);
    if (!size) throw new OgsmithError('SOURCE_TYPE', `${quote(url)} has an unreadable ${type} header`);
    if (size.width * size.height > this.limits.maxPixels) {
      throw new OgsmithError('PAYLOAD_TOO_LARGE', `${quote(url)} is ${size.width}×${size.height} px; the limit is ${this.limits.maxPixels} pixels`);
    }
    this.cache.set(url, bytes);
    return bytes;
  }
}
