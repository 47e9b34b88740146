// HTTP mode: drives a running ogsmith server with autocannon, cache hits (one URL) and cache misses (unique URLs).
import autocannon from 'autocannon';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { signedTemplateUrl } from '../server/signature.js';
import type { Template } from '../templates/define.js';
import { uniqueParams } from './params.js';

export interface HttpBenchOptions {
  readonly baseUrl: string;
  readonly template: Template;
  readonly seconds: number;
  readonly connections: number;
  /** The server's OGSMITH_SECRET (first key), when it requires signed URLs. */
  readonly secret?: string;
}

export interface HttpRun {
  readonly mode: 'cache hit' | 'cache miss';
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** Path and query of image `index` of the template (signed when a secret is given). */
function imagePath(options: HttpBenchOptions, index: number): string {
  const url = new URL(signedTemplateUrl(options.baseUrl, { template: options.template.name, params: uniqueParams(options.template.name, options.template.params, index) as Record<string, string>, ...(options.secret ? { secret: options.secret } : {}) }));
  return `${url.pathname}${url.search}`;
}

async function drive(options: HttpBenchOptions, mode: HttpRun['mode'], path: (n: number) => string): Promise<HttpRun> {
  let counter = 0;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path(counter++) }) }],
  });
  return {
    mode,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Cache hits first (after one request warms the cache), then misses with a fresh parameter set per request. */
export async function benchHttp(options: HttpBenchOptions): Promise<readonly HttpRun[]> {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new OgsmithError('INVALID_OPTIONS', `--http must be the server's base URL, e.g. http://127.0.0.1:3000, got ${quote(options.baseUrl)}`);
  }
  const hitPath = imagePath(options, 1);
  const warm = await fetch(new URL(hitPath, base));
  if (!warm.ok) throw new OgsmithError('INVALID_OPTIONS', `The server at ${options.baseUrl} answered ${warm.status} for ${hitPath}: ${(await warm.text()).slice(0, 200)}`);
  await warm.arrayBuffer();
  const hits = await drive(options, 'cache hit', () => hitPath);
  const missBase = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);
  const misses = await drive(options, 'cache miss', (n) => imagePath(options, missBase + n));
  return [hits, misses];
}
