// The checks every remote URL passes before any connection, and the coded error of a failed fetch (runtime-neutral: the server's guarded fetcher and the edge's share them).
import { isOgsmithError, OgsmithError, quote } from '../../errors/catalogue.js';
import { ipFamily, isPublicAddress } from './address-policy.js';

export interface UrlPolicy {
  /** When set, only these host names (exact, lower case) may be fetched. */
  readonly allowHosts?: readonly string[];
  /** Addresses exempt from the private-address rule (only for tests and deliberate internal setups). */
  readonly allowAddresses?: readonly string[];
  /** Ports allowed besides the scheme's default (only for tests and deliberate setups). */
  readonly allowPorts?: readonly number[];
}

/** Statuses whose Location is followed (each target checked like the first URL). */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/** What a client learns about any refusal: nothing that depends on DNS answers or redirect targets. */
const REFUSAL_HINT = 'only public http(s) hosts on the default port, without credentials, are fetched';

/**
 * A refusal naming only the URL the caller gave; the reason (which may hold a DNS answer or a redirect target) is the
 * error's cause, for the server's log only.
 */
export function refused(url: string, reason: string): OgsmithError {
  return new OgsmithError('URL_REFUSED', `URL ${quote(url)} is refused: ${REFUSAL_HINT}`, { cause: new Error(`${url}: ${reason}`) });
}

/** True when the policy lets a connection go to this literal address: public, or exempted. */
export function addressAllowed(address: string, policy: UrlPolicy): boolean {
  return (policy.allowAddresses ?? []).includes(address) || isPublicAddress(address);
}

/** Checks a URL before any connection: scheme, credentials, port, allow-list, literal IP hosts. Returns the parsed URL. */
export function checkUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(raw, 'it is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(raw, `only http and https are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw refused(raw, 'URLs with credentials are not fetched');
  if (url.port !== '' && url.port !== DEFAULT_PORTS[url.protocol] && !(policy.allowPorts ?? []).includes(Number(url.port))) {
    throw refused(raw, `only the default port is allowed, not ${url.port}`);
  }
  const host = url.hostname.toLowerCase();
  if (policy.allowHosts && !policy.allowHosts.includes(host)) throw refused(raw, `host ${quote(host)} is not on the allow-list`);
  // Sockets connect to literal IPs without a name lookup, so they are checked here (the URL parser already turned 2130706433 or 0x7f.1 into 127.0.0.1).
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (ipFamily(bare) !== 0 && !addressAllowed(bare, policy)) throw refused(raw, `${bare} is a private or reserved address`);
  return url;
}

function findCoded(error: unknown): OgsmithError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (isOgsmithError(e)) return e;
  }
  return null;
}

/** A failed fetch as a coded error: its own code when it has one, SOURCE_TIMEOUT past the deadline, else SOURCE_NOT_FOUND. */
export function fetchFailure(error: unknown, url: string, deadline: AbortSignal, timeoutMs: number): OgsmithError {
  const coded = findCoded(error);
  if (coded) return coded;
  const name = error instanceof Error ? error.name : '';
  if (deadline.aborted || /Timeout/i.test(name) || name === 'AbortError') return new OgsmithError('SOURCE_TIMEOUT', `${quote(url)} did not answer within ${timeoutMs} ms`);
  const reason = error instanceof Error ? error.message : String(error);
  return new OgsmithError('SOURCE_NOT_FOUND', `${quote(url)} could not be fetched: ${reason}`, { cause: error });
}
