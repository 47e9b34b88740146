// The one guarded fetcher for remote images and /og/url pages: checked URLs, checked addresses, capped bytes and time.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Agent } from 'undici';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { isPublicAddress } from './address-policy.js';
import { lazyImport } from '../../runtime/lazy-import.js';

/** undici (about 110 modules) is loaded by the first fetch, not by the server's start. */
const loadUndici = lazyImport(() => import('undici'));
import type { ByteLease, FetchCapacity } from './fetch-capacity.js';

/** Resolves a host name to every address DNS gives (injectable so tests never use real DNS). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface FetchPolicy {
  /** When set, only these host names (exact, lower case) may be fetched. */
  readonly allowHosts?: readonly string[];
  /** Addresses exempt from the private-address rule (only for tests and deliberate internal setups). */
  readonly allowAddresses?: readonly string[];
  /** Ports allowed besides the scheme's default (only for tests and deliberate setups). */
  readonly allowPorts?: readonly number[];
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

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** What a client learns about any refusal: nothing that depends on DNS answers or redirect targets. */
const REFUSAL_HINT = 'only public http(s) hosts on the default port, without credentials, are fetched';

/**
 * A refusal naming only the URL the caller gave; the reason (which may hold a DNS answer or a redirect target) is the
 * error's cause, for the server's log only.
 */
function refused(url: string, reason: string): OgsmithError {
  return new OgsmithError('URL_REFUSED', `URL ${quote(url)} is refused: ${REFUSAL_HINT}`, { cause: new Error(`${url}: ${reason}`) });
}

function findCoded(error: unknown): OgsmithError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e instanceof OgsmithError) return e;
  }
  return null;
}

export class GuardedFetcher {
  private agent: Promise<Agent> | undefined;
  private readonly resolve: Resolver;
  private readonly allowAddresses: ReadonlySet<string>;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;

  /** `capacity`, when given (the server shares one between its fetchers), caps fetches at once, per host, waiting, and their bytes in flight. */
  constructor(private readonly policy: FetchPolicy = {}, private readonly capacity?: FetchCapacity) {
    this.resolve = policy.resolve ?? systemResolver;
    this.allowAddresses = new Set(policy.allowAddresses ?? []);
    this.timeoutMs = policy.timeoutMs ?? 5000;
    this.maxRedirects = policy.maxRedirects ?? 3;
  }

  /** The connection pool, made on the first fetch. */
  private dispatcher(): Promise<Agent> {
    const perOrigin = this.capacity ? { connections: this.capacity.limits.perHost } : {};
    return (this.agent ??= loadUndici().then(({ Agent }) => new Agent({ connect: { lookup: this.lookup, timeout: this.timeoutMs }, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs, ...perOrigin })));
  }

  private addressAllowed(address: string): boolean {
    return this.allowAddresses.has(address) || isPublicAddress(address);
  }

  /** net.connect's lookup: every address DNS returns must be allowed, and the socket connects to one of those checked addresses. */
  private readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname).then(
      (addresses) => {
        const blocked = addresses.find((a) => !this.addressAllowed(a.address));
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
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw refused(raw, 'it is not an absolute URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(raw, `only http and https are fetched, not ${url.protocol}`);
    if (url.username || url.password) throw refused(raw, 'URLs with credentials are not fetched');
    if (url.port !== '' && url.port !== DEFAULT_PORTS[url.protocol] && !(this.policy.allowPorts ?? []).includes(Number(url.port))) {
      throw refused(raw, `only the default port is allowed, not ${url.port}`);
    }
    const host = url.hostname.toLowerCase();
    if (this.policy.allowHosts && !this.policy.allowHosts.includes(host)) throw refused(raw, `host ${quote(host)} is not on the allow-list`);
    // Node connects to literal IPs without calling lookup, so they are checked here (the URL parser already turned 2130706433 or 0x7f.1 into 127.0.0.1).
    const bare = host.startsWith('[') ? host.slice(1, -1) : host;
    if (isIP(bare) !== 0 && !this.addressAllowed(bare)) throw refused(raw, `${bare} is a private or reserved address`);
    return url;
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
      if (error instanceof OgsmithError && error.code === 'URL_REFUSED') throw refused(raw, error.cause instanceof Error ? error.cause.message : error.message);
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
    const chunks: Buffer[] = [];
    let size = 0;
    let tail = '';
    for await (const chunk of body) {
      lease?.take(chunk.length);
      if (size + chunk.length > req.maxBytes) {
        if (req.overflow === 'error') throw new OgsmithError('PAYLOAD_TOO_LARGE', `${quote(url)} sent more than ${req.maxBytes} bytes`);
        chunks.push(chunk.subarray(0, req.maxBytes - size));
        size = req.maxBytes;
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (req.stopAt) {
        const text = tail + chunk.toString('latin1').toLowerCase();
        if (text.includes(req.stopAt)) break;
        tail = text.slice(-req.stopAt.length);
      }
    }
    return new Uint8Array(Buffer.concat(chunks, size));
  }

  private translate(error: unknown, url: string, deadline: AbortSignal): OgsmithError {
    const coded = findCoded(error);
    if (coded) return coded;
    const name = error instanceof Error ? error.name : '';
    if (deadline.aborted || /Timeout/i.test(name) || name === 'AbortError') return new OgsmithError('SOURCE_TIMEOUT', `${quote(url)} did not answer within ${this.timeoutMs} ms`);
    const reason = error instanceof Error ? error.message : String(error);
    return new OgsmithError('SOURCE_NOT_FOUND', `${quote(url)} could not be fetched: ${reason}`, { cause: error });
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).close();
  }
}
