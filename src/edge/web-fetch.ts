// Remote fetches at the edge under the server's URL policy (http(s), no credentials, default ports, allow-list, private address literals refused, every redirect re-checked), capped in bytes and time; host names are not resolved here.
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';
import { CappedBytes } from '../server/fetch/capped-bytes.js';
import type { FetchedResource } from '../server/fetch/guarded-fetch.js';
import { checkUrl, fetchFailure, REDIRECTS, refused, type UrlPolicy } from '../server/fetch/url-policy.js';
import type { ImageFetcher, ImageFetchRequest } from '../server/remote-images.js';

/** The runtime's fetch, as far as the edge fetcher uses it. */
export type WebFetch = (input: string, init: { method: 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export interface WebFetchPolicy extends UrlPolicy {
  /** Total time for headers, body and redirects; default 5000 ms. */
  readonly timeoutMs?: number;
  /** Redirects followed, each re-checked; default 3. */
  readonly maxRedirects?: number;
  /** The fetch to call; default the runtime's `fetch`. */
  readonly fetch?: WebFetch;
}

/**
 * The edge's guarded fetcher. Workers have no DNS API, so a host name is checked against the allow-list but not
 * resolved: a public-looking name that resolves to a private address is not refused here (set `allowHosts` where the
 * runtime can reach private networks).
 */
export class WebGuardedFetcher implements ImageFetcher {
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly fetchFn: WebFetch;

  constructor(private readonly policy: WebFetchPolicy = {}) {
    this.timeoutMs = policy.timeoutMs ?? 5000;
    this.maxRedirects = policy.maxRedirects ?? 3;
    this.fetchFn = policy.fetch ?? ((input, init) => fetch(input, init));
  }

  checkUrl(raw: string): URL {
    return checkUrl(raw, this.policy);
  }

  async fetch(raw: string, req: ImageFetchRequest): Promise<FetchedResource> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    try {
      return await this.fetchChecked(this.checkUrl(raw), raw, req, deadline);
    } catch (error) {
      // A refusal met after a redirect names that URL; the caller is told only about the URL it gave.
      if (isOgsmithError(error) && error.code === 'URL_REFUSED') throw refused(raw, error.cause instanceof Error ? error.cause.message : error.message);
      throw fetchFailure(error, raw, deadline, this.timeoutMs);
    }
  }

  private async fetchChecked(first: URL, raw: string, req: ImageFetchRequest, deadline: AbortSignal): Promise<FetchedResource> {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      const response = await this.fetchFn(url.href, { method: 'GET', redirect: 'manual', signal: deadline, headers: { accept: req.accept, 'user-agent': 'ogsmith (+https://github.com/ogsmith)' } });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (location === null) throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(url.href)} redirected without a location`);
        if (redirects >= this.maxRedirects) throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(raw)} redirected more than ${this.maxRedirects} times`);
        url = this.checkUrl(new URL(location, url).href);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(url.href)} answered HTTP ${response.status}`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (req.overflow === 'error' && Number.isFinite(declared) && declared > req.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new OgsmithError('PAYLOAD_TOO_LARGE', `${quote(url.href)} is ${declared} bytes; the limit is ${req.maxBytes}`);
      }
      const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
      return { url: url.href, contentType, bytes: await this.readBody(response, url.href, req) };
    }
  }

  private async readBody(response: Response, url: string, req: ImageFetchRequest): Promise<Uint8Array> {
    const collected = new CappedBytes(url, req);
    const reader = response.body?.getReader();
    if (!reader) return collected.bytes();
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done || !collected.add(next.value)) break;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
    return collected.bytes();
  }

}
