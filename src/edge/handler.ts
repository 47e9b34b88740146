// ogsmith/edge: handle(request, env, ctx) for Workers and edge functions — template images with the server's URLs, redirects, signatures, guarded remote images, ETags and Cache-Control, kept in the Cache API.
import { OgsmithError, isOgsmithError, quote } from '../errors/catalogue.js';
import { ImagePixelBudget, type ImagePixelLimits } from '../layout/element/image-pixel-budget.js';
import type { NormalizeLimits } from '../layout/element/normalize.js';
import type { FontInput } from '../layout/text/types.js';
import { CONTENT_TYPES } from '../raster/encode/formats.js';
import { canonicalQuery } from '../server/canonical-query.js';
import { canonicalSpelling } from '../server/canonical-spelling.js';
import { notModified } from '../server/if-none-match.js';
import { DEFAULT_REMOTE_IMAGE_LIMITS, RemoteImages, type RemoteImageLimits } from '../server/remote-images.js';
import { readImageShape, readTemplateParams, readTemplateShape, singleValues } from '../server/request-params.js';
import { builtinTemplates } from '../templates/index.js';
import { callTemplate, toTemplate, type Template } from '../templates/define.js';
import type { TemplateSizing } from '../templates/frame-size.js';
import { DEFAULT_CACHE_CONTROL } from '../image-response-class.js';
import { EDGE_VERSION } from './edge-version.js';
import { edgeFormat, render } from './render.js';
import type { EdgeEmojiOption } from './remote-emoji.js';
import { WebGuardedFetcher, type WebFetchPolicy } from './web-fetch.js';
import { contentHashOf, signPath, strongEtagOf, verifyPathSignature } from './web-signature.js';

/** The part of a Workers `ExecutionContext` the handler uses. */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

/** The Cache API as workerd has it (`caches.default`); absent on runtimes without one (then every miss renders). */
interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export interface EdgeHandlerOptions {
  /** Templates served at `/og/<name>.png`. Default: the built-in ones. */
  readonly templates?: readonly unknown[];
  /** Signing keys (first signs, all verify). Default: `env.OGSMITH_SECRET`, comma-separated; none means unsigned URLs are served. */
  readonly secrets?: readonly string[];
  readonly fonts?: readonly FontInput[];
  readonly emoji?: EdgeEmojiOption;
  /** Default Cache-Control of images: the server's. */
  readonly cacheControl?: string;
  /** Largest width, height and width × height a request may ask for, and longest text parameter (the server's defaults). */
  readonly limits?: Partial<EdgeLimits>;
  /** Where the routes start. Default `/og/`. */
  readonly basePath?: string;
  /**
   * Remote images (a template's avatar or picture URL): fetched as the server fetches them (http(s) on the default
   * port, no credentials, private address literals refused, redirects re-checked, size, pixel and time limits) and kept
   * per isolate. `false` refuses every remote source. Host names are not resolved (workers have no DNS API): list them
   * in `allowHosts` where the runtime can reach private networks.
   */
  readonly images?: EdgeImageOptions | false;
}

export interface EdgeImageOptions extends WebFetchPolicy, Partial<RemoteImageLimits> {}

export interface EdgeLimits {
  readonly maxWidth: number;
  readonly maxHeight: number;
  readonly maxPixels: number;
  readonly maxTextLength: number;
  /** Elements of a template's tree and their nesting (the server's defaults). */
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Decoded pixels of all images of one render together (one image: `images.maxPixels`). */
  readonly imagePixelsPerRender: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = { maxWidth: 2400, maxHeight: 2400, maxPixels: 2400 * 1260, maxTextLength: 2000, maxElements: 500, maxDepth: 32, imagePixelsPerRender: 50_000_000 };

const NAME = /^([a-z0-9][a-z0-9-]{0,63})(?:\.([a-z0-9]{1,5}))?$/;
const HASHED = /^([0-9a-f]{16})\.([a-z0-9]{1,5})$/;

/** `{ error: { code, message } }` with the catalogue status; no cache keeps it. */
export function errorResponse(thrown: unknown): Response {
  const error = isOgsmithError(thrown) ? thrown : new OgsmithError('INTERNAL', 'An unexpected internal failure', { cause: thrown });
  if (error.status >= 500) console.error(thrown);
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message } }), { status: error.status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

/** The query as single values: a parameter given twice is refused (singleValues), as on the server. */
function queryValues(url: URL, limits: EdgeLimits): Readonly<Record<string, string>> {
  // No prototype: `__proto__=1` stays a key (and is refused by singleValues, as on the server) instead of vanishing into the prototype.
  const grouped: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of url.searchParams) {
    const seen = grouped[key];
    grouped[key] = seen === undefined ? value : ([] as string[]).concat(seen, value);
  }
  return singleValues(grouped, limits);
}

function secretsFrom(options: EdgeHandlerOptions, env: unknown): readonly string[] {
  if (options.secrets) return options.secrets;
  const raw = typeof env === 'object' && env !== null ? (env as Record<string, unknown>)['OGSMITH_SECRET'] : undefined;
  return typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function defaultCache(): EdgeCache | null {
  const caches = (globalThis as { caches?: { default?: EdgeCache } }).caches;
  return caches?.default ?? null;
}

interface Resolved {
  readonly template: Template;
  readonly params: Readonly<Record<string, unknown>>;
  readonly shape: ReturnType<typeof readImageShape>;
  /** The frame the template lays out and the image it is scaled to (frame-size.ts). */
  readonly sizing: TemplateSizing;
  readonly query: Readonly<Record<string, string>>;
  /** The plain form (`/og/blog.png?…`), which is redirected when spelled another way; the hashed form's path is fixed by its hash. */
  readonly plain: boolean;
}

/** Checks a template request (signature first) and describes its image; nothing renders yet. */
async function resolve(url: URL, segments: readonly string[], templates: ReadonlyMap<string, Template>, secrets: readonly string[], limits: EdgeLimits): Promise<Resolved> {
  const query = queryValues(url, limits);
  if (secrets.length > 0) {
    if (query.sig === undefined) throw new OgsmithError('BAD_SIGNATURE', 'This server requires signed URLs: the sig parameter is missing');
    if (!(await verifyPathSignature(url.pathname, query, query.sig, secrets))) throw new OgsmithError('BAD_SIGNATURE', 'The sig parameter does not match the URL');
  }
  const [first = '', file] = segments;
  const named = NAME.exec(first);
  let extension = named?.[2];
  if (file !== undefined) {
    const hashed = HASHED.exec(file);
    if (!hashed || extension !== undefined) throw new OgsmithError('INVALID_PARAMETER', `The path segment ${quote(file)} must be a 16-digit hex hash and an extension, e.g. 0123456789abcdef.png`);
    const { sig: _sig, ...unsigned } = query;
    if (hashed[1] !== (await contentHashOf(unsigned))) throw new OgsmithError('INVALID_PARAMETER', `The hash ${quote(hashed[1])} in the path does not match the query parameters`);
    extension = hashed[2];
  }
  const template = named ? templates.get(named[1]!) : undefined;
  if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', `No template is named ${quote(named?.[1] ?? first)}; known: ${[...templates.keys()].join(', ')}`);
  const { shape, sizing } = readTemplateShape(query, template, limits, extension);
  edgeFormat(shape.format);
  return { template, params: readTemplateParams(template.name, template.params, query), shape, sizing, query, plain: file === undefined };
}

/** A 308 to the canonical spelling (re-signed with the first key), as the server answers; null when the URL is canonical. */
async function canonicalRedirect(url: URL, resolved: Resolved, secrets: readonly string[], cacheControl: string): Promise<Response | null> {
  if (!resolved.plain) return null;
  const canonical = canonicalSpelling({ path: url.pathname, query: resolved.query, format: resolved.shape.format, template: resolved.template.name });
  if (!canonical) return null;
  const secret = secrets[0];
  const search = [canonicalQuery(canonical.query), secret === undefined ? '' : `sig=${await signPath(canonical.path, canonical.query, secret)}`].filter(Boolean).join('&');
  return new Response(null, { status: 308, headers: { location: search ? `${canonical.path}?${search}` : canonical.path, 'cache-control': cacheControl } });
}

/** Fetches a tree's remote images (or refuses them when remote images are off) and hands their bytes to render(). */
function remoteImagesFor(options: EdgeHandlerOptions, limits: EdgeLimits): (element: unknown) => Promise<{ resolveImage?: (src: string) => Uint8Array | null; imageLimits: ImagePixelLimits; limits: NormalizeLimits }> {
  const images = options.images === false ? null : new RemoteImages(new WebGuardedFetcher(options.images), { ...DEFAULT_REMOTE_IMAGE_LIMITS, ...options.images });
  const perImage = options.images === false ? DEFAULT_REMOTE_IMAGE_LIMITS.maxPixels : (options.images?.maxPixels ?? DEFAULT_REMOTE_IMAGE_LIMITS.maxPixels);
  const imageLimits: ImagePixelLimits = { perImage, perRender: limits.imagePixelsPerRender };
  const treeLimits: NormalizeLimits = { maxDepth: limits.maxDepth * 2 + 8, maxNodes: limits.maxElements * 4 };
  return async (element) => (images ? { resolveImage: await images.resolverFor(element, treeLimits, new ImagePixelBudget(imageLimits)), imageLimits, limits: treeLimits } : { imageLimits, limits: treeLimits });
}

/** A handler for `export default { fetch: createHandler(options) }` (Workers) or an edge route. */
export function createHandler(options: EdgeHandlerOptions = {}): (request: Request, env?: unknown, ctx?: WaitUntil) => Promise<Response> {
  const templates = new Map((options.templates ?? builtinTemplates).map((t, i) => toTemplate(t, `templates[${i}]`)).map((t) => [t.name, t] as const));
  const limits = { ...DEFAULT_EDGE_LIMITS, ...options.limits };
  const basePath = options.basePath ?? '/og/';
  const imagesOf = remoteImagesFor(options, limits);
  return async (request, env, ctx) => {
    try {
      const url = new URL(request.url);
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.pathname.startsWith(basePath)) throw new OgsmithError('NOT_FOUND', `No route matches ${request.method} ${url.pathname}`);
      const segments = url.pathname.slice(basePath.length).split('/');
      if (segments.length > 2) throw new OgsmithError('NOT_FOUND', `No route matches ${request.method} ${url.pathname}`);
      const secrets = secretsFrom(options, env);
      const resolved = await resolve(url, segments, templates, secrets, limits);
      const { template, params, shape, sizing, query } = resolved;
      const cacheControl = template.cacheControl ?? options.cacheControl ?? DEFAULT_CACHE_CONTROL;
      const redirect = await canonicalRedirect(url, resolved, secrets, cacheControl);
      if (redirect) return redirect;
      const etag = await strongEtagOf([EDGE_VERSION, 'edge', options.fonts === undefined ? 'default' : options.fonts.map((f) => `${f.name}/${f.weight ?? ''}/${f.style ?? ''}/${f.data.byteLength}`), 'template', template.name, template.version, params, shape]);
      if (notModified(request.headers.get('if-none-match') ?? undefined, etag)) return new Response(null, { status: 304, headers: { etag, 'cache-control': cacheControl } });
      // One cache entry per image: the canonical query (sorted, without sig) on the request's path.
      const key = new Request(`${url.origin}${url.pathname}?${canonicalQuery(query)}`);
      const cache = defaultCache();
      const cached = await cache?.match(key);
      if (cached) {
        const hit = new Response(cached.body, cached);
        hit.headers.set('x-ogsmith-cache', 'hit');
        return hit;
      }
      const element = callTemplate(template, params, sizing);
      const images = await imagesOf(element);
      const bytes = await render(element, { width: shape.width, height: shape.height, format: shape.format, fonts: options.fonts, emoji: options.emoji, ...images });
      const response = new Response(bytes, { headers: { 'content-type': CONTENT_TYPES[shape.format], 'content-length': String(bytes.length), etag, 'cache-control': cacheControl, 'x-ogsmith-cache': 'miss' } });
      if (cache) {
        const stored = cache.put(key, response.clone());
        if (ctx) ctx.waitUntil(stored);
        else await stored;
      }
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The default handler: built-in templates, signing keys from `env.OGSMITH_SECRET`. */
export const handle = createHandler();
