// A bounded load of cache misses (distinct small quote cards) over loopback: every answer recorded, latency percentiles.
import { createHash } from 'node:crypto';

export interface Served {
  readonly status: number;
  readonly etag: string;
  readonly sha: string;
}

export interface LoadResult {
  readonly requests: number;
  /** Answers that were not a 200 PNG, as `status url`. */
  readonly failures: readonly string[];
  readonly latenciesMs: readonly number[];
  readonly seconds: number;
}

export interface LoadBounds {
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** At most this many requests… */
  readonly maxRequests: number;
  /** …and none started after this many ms. */
  readonly maxMs: number;
}

/** Everything served, by URL: a later answer for the same URL must be the same image. */
export type ServedLog = Map<string, Served>;

export const missUrl = (label: string, i: number): string => `/og/quote.png?quote=${encodeURIComponent(`${label} ${i}`)}&width=400&height=210`;

/** Fetches one URL (at most 10 s) and records its ETag and a hash of its bytes. */
export async function fetchImage(base: string, url: string, served: ServedLog): Promise<{ readonly ms: number; readonly ok: boolean }> {
  const started = performance.now();
  try {
    const response = await fetch(base + url, { signal: AbortSignal.timeout(10_000) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const ok = response.status === 200 && response.headers.get('content-type') === 'image/png' && bytes.length > 100;
    if (ok) served.set(url, { status: 200, etag: response.headers.get('etag') ?? '', sha: createHash('sha256').update(bytes).digest('hex') });
    return { ms: performance.now() - started, ok };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/** Distinct misses `label 0`, `label 1`… within the bounds; resolves when the last one answered. */
export async function missLoad(base: string, label: string, bounds: LoadBounds, served: ServedLog): Promise<LoadResult> {
  const started = performance.now();
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < bounds.maxRequests && performance.now() - started < bounds.maxMs) {
      const url = missUrl(label, next++);
      const { ms, ok } = await fetchImage(base, url, served);
      latenciesMs.push(ms);
      if (!ok) failures.push(url);
    }
  };
  await Promise.all(Array.from({ length: bounds.concurrency }, worker));
  return { requests: latenciesMs.length, failures, latenciesMs, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** One line of figures for the test log: misses/s, p50/p95/max latency. */
export function describeLoad(phase: string, result: LoadResult): string {
  const p = (n: number): string => percentile(result.latenciesMs, n).toFixed(0);
  return `${phase}: ${result.requests} misses in ${result.seconds.toFixed(1)} s = ${(result.requests / result.seconds).toFixed(0)}/s, p50 ${p(50)} ms, p95 ${p(95)} ms, max ${p(100)} ms, failed ${result.failures.length}`;
}

/** Polls `check` every 200 ms (each poll may send a request) until true or `withinMs` passed. */
export async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
