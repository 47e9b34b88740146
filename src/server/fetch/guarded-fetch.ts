// The one guarded fetcher for remote images and /og/url pages: checked URLs, checked addresses, capped bytes and time.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { Agent } from 'undici';
import { isOgsmithError, OgsmithError, quote } from '../../errors/catalogue.js';
import { CappedBytes } from './capped-bytes.js';
import { lazyImport } from '../../runtime/lazy-import.js';

/** undici (about 110 modules) is loaded by the first fetch, not by the server's start. */
const loadUndici = lazyImport(() => import('undici'));
import type { ByteLease, FetchCapacity } from './fetch-capacity.js';
import { addressAllowed, checkUrl, fetchFailure, REDIRECTS, refused, type UrlPolicy } from './url-policy.js';

/** Resolves a host name to every address DNS gives (injectable so tests never use real DNS). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface FetchPolicy extends UrlPolicy {
  /** Name resolution; default: the system resolver (dns.lookup with all addresses). */
  readonly resolve?: Resolver;
  /** Total time for headers, body and redirects; default 5000 ms. */
  readonly timeoutMs?: number;
  /** Redirects followed, each re-checked; default 3. */
  readonly maxRedirects?: number;
}

export interface FetchRequest {
  /** Bytes kept at most. */
  readonly maxBytes: number;
  /** 'error': more bytes is PAYLOAD_TOO_LARGE; 'truncate': stop reading at the cap (HTML pages). */
  readonly overflow: 'error' | 'truncate';
  /** Stop reading once this (lower-case ASCII) marker arrived, e.g. `</head>`. */
  readonly stopAt?: string;
  readonly accept: string;
}

export interface FetchedResource {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}


const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export class GuardedFetcher {
  private agent: Promise<Agent> | undefined;
  private readonly resolve: Resolver;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;

  /** `capacity`, when given (the server shares one between its fetchers), caps fetches at once, per host, waiting, and their bytes in flight. */
  constructor(private readonly policy: FetchPolicy = {}, private readonly capacity?: FetchCapacity) {
    this.resolve = policy.resolve ?? systemResolver;
    this.timeoutMs = policy.timeoutMs ?? 5000;
    this.maxRedirects = policy.maxRedirects ?? 3;
  }

  /** The connection pool, made on the first fetch. */
  private dispatcher(): Promise<Agent> {
    const perOrigin = this.capacity ? { connections: this.capacity.limits.perHost } : {};
    return (this.agent ??= loadUndici().then(({ Agent }) => new Agent({ connect: { lookup: this.lookup, timeout: this.timeoutMs }, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs, ...perOrigin })));
  }

  /** net.connect's lookup: every address DNS returns must be allowed, and the socket connects to one of those checked addresses. */
  private readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname).then(
      (addresses) => {
        const blocked = addresses.find((a) => !addressAllowed(a.address, this.policy));
        if (addresses.length === 0) return callback(new OgsmithError('SOURCE_NOT_FOUND', `Host ${quote(hostname)} has no address`), '', 0);
        if (blocked) return callback(refused(hostname, `it resolves to ${blocked.address}, a private or reserved address`), '', 0);
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [...wanted]);
        const first = wanted[0];
        if (!first) return callback(new OgsmithError('SOURCE_NOT_FOUND', `Host ${quote(hostname)} has no IPv${options.family} address`), '', 0);
        callback(null, first.address, first.family);
      },
      (error: unknown) => callback(new OgsmithError('SOURCE_NOT_FOUND', `Host ${quote(hostname)} cannot be resolved`, { cause: error }), '', 0),
    );
  };

  /** Checks a URL before any connection: scheme, credentials, port, allow-list, literal IP hosts. Returns the parsed URL. */
  checkUrl(raw: string): URL {
    return checkUrl(raw, this.policy);
  }

  /**
   * Fetches a URL with the policy; every redirect is checked like the first URL. With a capacity, the
   * fetch first waits for a slot (the wait counts against the time limit) and its body bytes are
   * counted against the shared budget until it ends.
   */
  async fetch(raw: string, req: FetchRequest): Promise<FetchedResource> {
    try {
      return await this.fetchWithCapacity(raw, req);
    } catch (error) {
      // A refusal met after a redirect or in DNS names that URL; the caller is told only about the URL it gave.
      if (isOgsmithError(error) && error.code === 'URL_REFUSED') throw refused(raw, error.cause instanceof Error ? error.cause.message : error.message);
      throw error;
    }
  }

  private async fetchWithCapacity(raw: string, req: FetchRequest): Promise<FetchedResource> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const url = this.checkUrl(raw);
    if (!this.capacity) return this.fetchChecked(url, raw, req, deadline, undefined);
    const capacity = this.capacity;
    return capacity.run(url.hostname, async () => {
      if (deadline.aborted) throw new OgsmithError('SOURCE_TIMEOUT', `${quote(url.href)} did not get a connection slot within ${this.timeoutMs} ms`);
      const lease = capacity.lease(url.href);
      try {
        return await this.fetchChecked(url, raw, req, deadline, lease);
      } finally {
        lease.release();
      }
    });
  }

  private async fetchChecked(first: URL, raw: string, req: FetchRequest, deadline: AbortSignal, lease: ByteLease | undefined): Promise<FetchedResource> {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      let response;
      try {
        const [{ request }, dispatcher] = await Promise.all([loadUndici(), this.dispatcher()]);
        response = await request(url, { dispatcher, method: 'GET', signal: deadline, headers: { accept: req.accept, 'user-agent': 'ogsmith (+https://github.com/ogsmith)' } });
      } catch (error) {
        throw this.translate(error, url.href, deadline);
      }
      const { statusCode, headers, body } = response;
      if (REDIRECTS.has(statusCode)) {
        await body.dump().catch(() => undefined);
        const location = headers.location;
        if (typeof location !== 'string') throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(url.href)} redirected without a location`);
        if (redirects >= this.maxRedirects) throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(raw)} redirected more than ${this.maxRedirects} times`);
        url = this.checkUrl(new URL(location, url).href);
        continue;
      }
      if (statusCode < 200 || statusCode > 299) {
        await body.dump().catch(() => undefined);
        throw new OgsmithError('SOURCE_NOT_FOUND', `${quote(url.href)} answered HTTP ${statusCode}`);
      }
      const contentType = String(headers['content-type'] ?? '').toLowerCase();
      const declared = Number(headers['content-length']);
      if (req.overflow === 'error' && Number.isFinite(declared) && declared > req.maxBytes) {
        body.destroy();
        throw new OgsmithError('PAYLOAD_TOO_LARGE', `${quote(url.href)} is ${declared} bytes; the limit is ${req.maxBytes}`);
      }
      try {
        return { url: url.href, contentType, bytes: await this.readBody(body, url.href, req, lease) };
      } catch (error) {
        body.destroy();
        throw this.translate(error, url.href, deadline);
      }
    }
  }

  private async readBody(body: AsyncIterable<Buffer>, url: string, req: FetchRequest, lease: ByteLease | undefined): Promise<Uint8Array> {
    const collected = new CappedBytes(url, req);
    let tail = '';
    for await (const chunk of body) {
      lease?.take(chunk.length);
      if (!collected.add(chunk)) break;
      if (req.stopAt) {
        const text = tail + chunk.toString('latin1').toLowerCase();
        if (text.includes(req.stopAt)) break;
        tail = text.slice(-req.stopAt.length);
      }
    }
    return collected.bytes();
  }

  private translate(error: unknown, url: string, deadline: AbortSignal): OgsmithError {
    return fetchFailure(error, url, deadline, this.timeoutMs);
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).close();
  }
}
