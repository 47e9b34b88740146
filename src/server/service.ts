// Everything a server instance shares between routes: templates, pool, caches, fetchers, metrics, limits.
import { LRUCache } from 'lru-cache';
import { bundledFonts } from '../fonts/bundled.js';
import { fontsHash } from '../fonts/fonts-hash.js';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { ImagePixelBudget } from '../layout/element/image-pixel-budget.js';
import { OGSMITH_VERSION } from '../version.js';
import { DEFAULT_CACHE_CONTROL } from '../image-response-class.js';
import type { OgsmithElement } from '../jsx/element.js';
import { RenderPool, type RenderPoolOptions } from '../pool/render-pool.js';
import { warmUpPool } from './early-pool.js';
import { builtinTemplates } from '../templates/index.js';
import { callTemplate, toTemplate, type Template, type TemplateDefinition } from '../templates/define.js';
import type { TemplateSizing } from '../templates/frame-size.js';
import { FetchCapacity } from './fetch/fetch-capacity.js';
import { FetchMetrics } from './fetch/fetch-metrics.js';
import { GuardedFetcher, type FetchPolicy } from './fetch/guarded-fetch.js';
import { ImageCache } from './image-cache.js';
import { InFlightRequests } from './in-flight.js';
import { imagePixelLimits, resolveLimits, type ServerLimits } from './limits.js';
import { ServerMetrics } from './metrics.js';
import { RemoteImages } from './remote-images.js';
import type { ImageShape } from './request-params.js';
import { cacheReport, keyBytes, lruStats, sumCacheReports, type CacheStats } from '../runtime/cache-budget.js';
import type { RouteAnswer } from './reply.js';
import type { SharedCache } from './shared-cache.js';
import { GuardedTier, type TierGuardOptions } from './shared-tier-guard.js';
import { SharedTierMetrics } from './shared-tier-metrics.js';
import { TemplateRegistry } from './template-registry.js';

export interface OgsmithOptions {
  /** Templates added to (or replacing) the built-ins. */
  readonly templates?: readonly (Template | TemplateDefinition)[];
  /** Serve the built-in templates (default true). */
  readonly builtinTemplates?: boolean;
  /** A directory of .js/.mjs template modules (default export: a template definition). */
  readonly templatesDir?: string;
  /** Re-read templatesDir on change (development). */
  readonly watchTemplates?: boolean;
  /** Signing keys: when non-empty, image routes need a valid `sig` under one of them (the first signs). */
  readonly secrets?: readonly string[];
  /** POST /render: 'off' (default), 'open', or on with one of these API keys (Authorization: Bearer or x-api-key). */
  readonly renderRoute?: 'off' | 'open' | { readonly apiKeys: readonly string[] };
  /** Cache-Control of images (templates may set their own). */
  readonly cacheControl?: string;
  /** The optional shared tier (e.g. redisCache()). */
  readonly sharedCache?: SharedCache;
  /** The shared tier's circuit breaker and write backlog (docs/server.md); its time limit is the SharedCache's `timeoutMs`. */
  readonly sharedCacheGuard?: Partial<TierGuardOptions>;
  /** An existing pool (not closed by the server), or options for the server's own. */
  readonly pool?: RenderPool | RenderPoolOptions;
  readonly limits?: Partial<ServerLimits>;
  /** The guarded fetcher's policy (allow-list of hosts, resolver, timeouts). */
  readonly fetch?: FetchPolicy;
  /** Per-IP rate limit on image routes (@fastify/rate-limit); off by default. */
  readonly rateLimit?: { readonly max: number; readonly timeWindow: number | string };
}


export class OgsmithService {
  readonly limits: ServerLimits;
  readonly registry: TemplateRegistry;
  readonly pool: RenderPool;
  readonly cache: ImageCache;
  /** The shared tier behind its breaker, when one is configured. */
  readonly sharedTier: GuardedTier | undefined;
  readonly metrics: ServerMetrics;
  readonly fetcher: GuardedFetcher;
  readonly pageFetcher: GuardedFetcher;
  /** Shared by both fetchers: fetches at once (all, per host), waiting, and bytes in flight. */
  readonly fetchCapacity: FetchCapacity;
  private readonly fetchMetrics: FetchMetrics;
  readonly images: RemoteImages;
  readonly secrets: readonly string[];
  readonly cacheControl: string;
  /** What every ETag depends on besides the request: ogsmith's version and the fonts. */
  readonly etagBase: readonly string[];
  /**
   * Answers of URLs already validated (and signature-checked), by exact request URL: a repeat request skips parsing,
   * schema checks and hashing. Cleared when templates reload. 2,000 answers and 4 MiB (the URL, ≤ 2,048 characters, and
   * about 1 KiB for the answer and the closure over its validated parameters).
   */
  readonly answers = new LRUCache<string, RouteAnswer>({ max: 2000, maxSize: 4 * 1024 * 1024, sizeCalculation: (_, url) => keyBytes(url) + 1024 });
  private readonly ownsPool: boolean;
  /** Misses in their fetch phase. */
  private fetching = 0;
  /** Set when shutdown starts: every new request is answered 503 SHUTTING_DOWN. */
  closing = false;
  /** Requests being answered; a shutdown waits for them (up to limits.shutdownGraceMs) before the port closes. */
  readonly inFlight = new InFlightRequests();

  constructor(readonly options: OgsmithOptions) {
    this.limits = resolveLimits(options.limits);
    const user = (options.templates ?? []).map((t) => toTemplate(t, `template ${quote((t as { name?: unknown }).name)}`));
    this.registry = new TemplateRegistry([...(options.builtinTemplates === false ? [] : builtinTemplates), ...user]);
    this.ownsPool = !(options.pool instanceof RenderPool);
    const poolOptions = options.pool instanceof RenderPool ? undefined : options.pool;
    this.pool = options.pool instanceof RenderPool ? options.pool : new RenderPool({ maxQueue: this.limits.maxQueue, isolation: 'process', ...poolOptions });
    this.metrics = new ServerMetrics({ queueDepth: () => this.pool.queueSize, stuckWorkers: () => this.pool.stuckWorkers, caches: () => this.cacheReport() });
    this.sharedTier = options.sharedCache && new GuardedTier(options.sharedCache, new SharedTierMetrics(this.metrics.registry), options.sharedCacheGuard);
    this.cache = new ImageCache(this.limits.cacheBytes, this.sharedTier, { onLookup: (outcome) => this.metrics.cacheLookups.inc({ outcome }) });
    this.fetchMetrics = new FetchMetrics(this.metrics.registry, () => this.fetchCapacity.stats, () => this.fetching, this.limits.remoteFetches);
    this.fetchCapacity = new FetchCapacity(this.limits.remoteFetches, (reason) => this.fetchMetrics.refused(reason));
    this.fetcher = new GuardedFetcher(options.fetch, this.fetchCapacity);
    this.pageFetcher = new GuardedFetcher({ ...options.fetch, timeoutMs: Math.min(options.fetch?.timeoutMs ?? Infinity, this.limits.pageTimeoutMs) }, this.fetchCapacity);
    this.images = new RemoteImages(this.fetcher, this.limits.remoteImages);
    this.secrets = (options.secrets ?? []).filter((s) => s.length > 0);
    this.cacheControl = options.cacheControl ?? DEFAULT_CACHE_CONTROL;
    this.etagBase = [OGSMITH_VERSION, fontsHash(poolOptions?.fonts ?? bundledFonts())];
  }

  /** Every cache of the server and its render workers: this process's engine caches and the render workers' summed, then the server's own. */
  cacheReport(): CacheStats[] {
    return sumCacheReports([cacheReport(), this.pool.cacheReport(), [this.cache.stats(), this.images.stats(), lruStats('route_answers', this.answers)]]);
  }

  async start(onReload: (files: readonly string[]) => void, onError: (error: unknown) => void): Promise<void> {
    if (!this.options.templatesDir) return;
    onReload(await this.registry.loadDirectory(this.options.templatesDir));
    const reloaded = (files: readonly string[]): void => {
      this.answers.clear();
      onReload(files);
    };
    if (this.options.watchTemplates) this.registry.watch(this.options.templatesDir, reloaded, onError);
  }

  /** Runs a miss (fetches, then the render) only when the render queue has room: BUSY at once otherwise, before anything is fetched. */
  async admit<T>(work: () => Promise<T>): Promise<T> {
    if (this.pool.queueSize >= this.pool.maxQueue) throw new OgsmithError('BUSY', `The render queue is full (${this.pool.maxQueue} waiting)`);
    return work();
  }

  /**
   * Runs the fetch phase of a miss (page, images) if the pool has room for it once fetched: misses
   * fetching plus renders queued stay within threads + queue (and limits.maxMissesFetching, when
   * set); else BUSY before any fetch. Misses without remote sources never wait for these slots, so
   * slow or endless sources cannot starve them.
   */
  async whileFetching<T>(work: () => Promise<T>): Promise<T> {
    const room = this.pool.threads + this.pool.maxQueue - this.pool.queueSize;
    const limit = Math.min(room, this.limits.maxMissesFetching ?? Infinity);
    if (this.fetching >= limit) {
      this.fetchMetrics.refused('fetch_phase');
      throw new OgsmithError('BUSY', `${this.fetching} requests are fetching remote sources and ${this.pool.queueSize} renders wait; no room for another`);
    }
    this.fetching++;
    try {
      return await work();
    } finally {
      this.fetching--;
    }
  }

  /** Renders an element tree in the pool: remote images fetched first (as checked bytes, pixels counted), the render bounded in time. */
  async renderElement(label: string, element: unknown, shape: ImageShape): Promise<Buffer> {
    const total = this.metrics.time(label, 'total');
    const fetchDone = this.metrics.time(label, 'fetch');
    const limits = { maxDepth: this.limits.maxDepth * 2 + 8, maxNodes: this.limits.maxElements * 4 };
    const imageLimits = imagePixelLimits(this.limits);
    const resolveImage = await this.images.resolverFor(element, limits, new ImagePixelBudget(imageLimits), (fetchAll) => this.whileFetching(fetchAll));
    fetchDone();
    const renderDone = this.metrics.time(label, 'render');
    const signal = AbortSignal.timeout(this.limits.renderTimeoutMs);
    const bytes = await this.pool.render(element, { width: shape.width, height: shape.height, format: shape.format, quality: shape.quality, resolveImage, limits, signal, imageLimits });
    renderDone();
    total();
    return bytes;
  }

  /** Renders a small card on every worker, so the first real request does not pay for font loading. */
  async warmUp(): Promise<void> {
    await warmUpPool(this.pool);
  }

  /** Calls a template with checked parameters (laid out for the sizing's frame, scaled to its image); a throwing template is COMPONENT_FAILED, not a crash. */
  callTemplate(template: Template, params: Readonly<Record<string, unknown>>, sizing?: TemplateSizing): OgsmithElement {
    return callTemplate(template, params, sizing);
  }

  async close(): Promise<void> {
    this.registry.close();
    if (this.ownsPool) await this.pool.close();
    await Promise.all([this.fetcher.close(), this.pageFetcher.close(), this.sharedTier?.close()]);
  }
}

export { OGSMITH_VERSION };
