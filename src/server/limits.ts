// The server's limits with their defaults; every one is configurable and documented in docs/server.md.
import type { ImagePixelLimits } from '../layout/element/image-pixel-budget.js';
import { DEFAULT_FETCH_CAPACITY, type FetchCapacityLimits } from './fetch/fetch-capacity.js';
import { DEFAULT_REMOTE_IMAGE_LIMITS, type RemoteImageLimits } from './remote-images.js';

export interface ServerLimits {
  /** Largest width and height a request may ask for, in px. */
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Largest width × height. */
  readonly maxPixels: number;
  /** Most elements in a POST /render tree, and deepest element nesting (checked by an iterative walk first). */
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Longest text parameter or text node, in UTF-16 code units (templates may set lower limits). */
  readonly maxTextLength: number;
  /** Largest POST body in bytes. */
  readonly bodyBytes: number;
  /** A render taking longer ends its worker (replaced by a fresh one) and answers 504. */
  readonly renderTimeoutMs: number;
  /** Whole-request and header timeouts against slow clients. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  /** After SIGTERM or close(): how long in-flight requests may take to finish while new ones get 503 SHUTTING_DOWN. */
  readonly shutdownGraceMs: number;
  /** Renders waiting for a worker before new misses get 503 (default 4 per thread). */
  readonly maxQueue: number | undefined;
  /** Event-loop delay above which requests get 503 BUSY (@fastify/under-pressure); /healthz is exempt. */
  readonly maxEventLoopDelayMs: number;
  /** Bytes of rendered images kept in memory. */
  readonly cacheBytes: number;
  /** /og/url page fetch: bytes read (stops at </head>) and time. */
  readonly pageBytes: number;
  readonly pageTimeoutMs: number;
  readonly remoteImages: RemoteImageLimits;
  /** Decoded pixels of all images of one render together (inline, remote, backgrounds, emoji), read from headers before any decode. */
  readonly imagePixelsPerRender: number;
  /** Misses fetching remote sources (images, /og/url pages) at once, besides the rule fetching + queued ≤ threads + queue; one more gets 503 before fetching. */
  readonly maxMissesFetching: number | undefined;
  /** Remote fetches (images and /og/url pages) at once, in all and per host, and the bytes they may hold while in flight. */
  readonly remoteFetches: FetchCapacityLimits;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  maxWidth: 2400,
  maxHeight: 2400,
  maxPixels: 2400 * 1260,
  maxElements: 500,
  maxDepth: 32,
  maxTextLength: 2000,
  bodyBytes: 64 * 1024,
  renderTimeoutMs: 5000,
  requestTimeoutMs: 15_000,
  headersTimeoutMs: 10_000,
  shutdownGraceMs: 10_000,
  maxQueue: undefined,
  maxEventLoopDelayMs: 1000,
  cacheBytes: 128 * 1024 * 1024,
  pageBytes: 512 * 1024,
  pageTimeoutMs: 3000,
  remoteImages: DEFAULT_REMOTE_IMAGE_LIMITS,
  imagePixelsPerRender: 50_000_000,
  maxMissesFetching: undefined,
  remoteFetches: DEFAULT_FETCH_CAPACITY,
};

export function resolveLimits(partial: Partial<ServerLimits> | undefined): ServerLimits {
  return {
    ...DEFAULT_SERVER_LIMITS,
    ...partial,
    remoteImages: { ...DEFAULT_REMOTE_IMAGE_LIMITS, ...partial?.remoteImages },
    remoteFetches: { ...DEFAULT_FETCH_CAPACITY, ...partial?.remoteFetches },
  };
}

/** The pixel limits every image of a server render is held to: the remote-image limit per image, the render budget in all. */
export function imagePixelLimits(limits: Pick<ServerLimits, 'remoteImages' | 'imagePixelsPerRender'>): ImagePixelLimits {
  return { perImage: limits.remoteImages.maxPixels, perRender: limits.imagePixelsPerRender };
}
