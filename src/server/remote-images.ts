// Remote img sources: collected from the tree, fetched through a guarded fetcher as checked bytes, cached (runtime-neutral: the edge handler uses it with its web fetcher).
import { LRUCache } from 'lru-cache';
import { lruStats, type CacheStats } from '../runtime/cache-budget.js';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { decodedSize, type DecodedSize } from '../layout/element/decoded-size.js';
import { ImagePixelBudget } from '../layout/element/image-pixel-budget.js';
import { normalizeTree, type ImageResolver, type NormalizeLimits } from '../layout/element/normalize.js';
import type { FetchedResource, FetchRequest } from './fetch/guarded-fetch.js';
import { sniffImage } from './fetch/sniff.js';

export interface RemoteImageLimits {
  /** Bytes per remote image; default 5 MB. */
  readonly maxBytes: number;
  /** Pixels a remote image may decode to (GIF: every frame), read from its headers before any decode; default 25 million. */
  readonly maxPixels: number;
  /** Bytes of fetched images kept in memory; default 32 MB. */
  readonly cacheBytes: number;
}

export const DEFAULT_REMOTE_IMAGE_LIMITS: RemoteImageLimits = { maxBytes: 5 * 1024 * 1024, maxPixels: 25_000_000, cacheBytes: 32 * 1024 * 1024 };

// A 1×1 transparent PNG standing in for remote sources while they are collected.
const PLACEHOLDER = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (char) => char.charCodeAt(0));
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** What remote images need of a fetcher: the URL checks before any fetch, and checked, capped fetches (the server's GuardedFetcher, the edge's WebGuardedFetcher). */
export interface ImageFetcher {
  checkUrl(raw: string): URL;
  fetch(raw: string, req: ImageFetchRequest): Promise<FetchedResource>;
}

/** An image fetch: bytes capped (overflow is an error for images) and an Accept header. */
export type ImageFetchRequest = Pick<FetchRequest, 'maxBytes' | 'overflow' | 'accept'>;

/** Runs the fetches of one render (the server counts them against its fetch-phase limit). */
export type FetchGate = <T>(work: () => Promise<T>) => Promise<T>;

/** A fetched image as checked bytes and the size it decodes to. */
export interface RemoteImage {
  readonly bytes: Uint8Array;
  readonly size: DecodedSize;
}

export class RemoteImages {
  private readonly cache: LRUCache<string, RemoteImage>;
  private readonly inFlight = new Map<string, Promise<RemoteImage>>();

  constructor(private readonly fetcher: ImageFetcher, private readonly limits: RemoteImageLimits = DEFAULT_REMOTE_IMAGE_LIMITS) {
    this.cache = new LRUCache({ maxSize: limits.cacheBytes, sizeCalculation: (image) => Math.max(1, image.bytes.byteLength), ttl: 10 * 60_000 });
  }

  /** The fetched images kept (checked bytes, not decoded) and their bytes. */
  stats(): CacheStats {
    return lruStats('remote_images', this.cache);
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

  /**
   * Fetches every remote source of the tree and returns a resolver handing their bytes to render().
   * With a budget, their decoded pixels are charged to it (IMAGE_TOO_LARGE before the render is queued);
   * `gate` wraps the fetching when some source is not cached (the server admits fetch phases there).
   */
  async resolverFor(element: unknown, limits: NormalizeLimits, budget?: ImagePixelBudget, gate: FetchGate = (work) => work()): Promise<ImageResolver> {
    const urls = this.collect(element, limits);
    const loaded = new Map<string, Uint8Array>();
    const loadAll = () => Promise.all(urls.map(async (url) => {
      const image = await this.load(url);
      budget?.chargeSize(url, image.size);
      loaded.set(url, image.bytes);
    }));
    await (urls.every((url) => this.cache.has(url)) ? loadAll() : gate(loadAll));
    return (src) => loaded.get(src) ?? null;
  }

  /** One remote image as sniffed, size-checked bytes; concurrent loads of one URL fetch once. */
  load(url: string): Promise<RemoteImage> {
    const cached = this.cache.get(url);
    if (cached) return Promise.resolve(cached);
    const pending = this.inFlight.get(url);
    if (pending) return pending;
    const task = this.fetchImage(url).finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, task);
    return task;
  }

  private async fetchImage(url: string): Promise<RemoteImage> {
    const { bytes } = await this.fetcher.fetch(url, { maxBytes: this.limits.maxBytes, overflow: 'error', accept: 'image/png,image/jpeg,image/webp,image/gif' });
    const type = sniffImage(bytes);
    if (!type) throw new OgsmithError('SOURCE_TYPE', `${quote(url)} is not a PNG, JPEG, WebP or GIF image`);
    let size: DecodedSize;
    try {
      size = decodedSize(bytes);
    } catch {
      throw new OgsmithError('SOURCE_TYPE', `${quote(url)} has an unreadable ${type} header`);
    }
    new ImagePixelBudget({ perImage: this.limits.maxPixels, perRender: Infinity }).chargeSize(url, size);
    const image = { bytes, size };
    this.cache.set(url, image);
    return image;
  }
}
