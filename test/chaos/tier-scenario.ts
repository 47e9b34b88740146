// The shared-tier chaos scenario, for any store run as a child process: misses under a bounded load while the store is up, down, paused and back.
import { expect } from 'vitest';
import { describeLoad, eventually, fetchImage, missLoad, percentile, type ServedLog } from './tier-miss-load.js';
import type { ServerProcess } from './tier-server-process.js';

/** Misses while the store is down must answer like misses while it is up: p95 under this (generous for a shared 2-core machine). */
export const FAULT_P95_MS = 1000;

/** The bounded load of each phase: 4 in flight, at most 300 requests, none started after 4 s. */
const FAULT_LOAD = { concurrency: 4, maxRequests: 300, maxMs: 4000 };

/** A store's contents: ETag (the key without its prefix) → sha256 of the bytes. */
export type StoredImages = Map<string, string>;

export interface TierUnderTest {
  /** The tier's name in metrics: `redis`, `s3`. */
  readonly tier: string;
  readonly server: () => ServerProcess;
  /** Which of these ETags the store holds, with a hash of the bytes it holds for each. */
  readonly stored: (etags: readonly string[]) => Promise<StoredImages>;
  readonly served: ServedLog;
  /** Figures of each phase, printed at the end. */
  readonly figures: string[];
}

const etagsOf = (served: ServedLog, label: string): string[] => [...served].filter(([url]) => url.includes(`quote=${encodeURIComponent(`${label} `)}`)).map(([, s]) => s.etag);

/** Waits until every image served under `label` is in the store (writes run after the response). */
export async function expectWritten(t: TierUnderTest, label: string): Promise<void> {
  const etags = etagsOf(t.served, label);
  expect(etags.length).toBeGreaterThan(0);
  const written = await eventually(async () => {
    const stored = await t.stored(etags);
    return etags.every((etag) => stored.has(etag));
  }, 10_000);
  expect(written, `every ${label} image written to ${t.tier}`).toBe(true);
}

/** A bounded load of misses while the store is up: all answered, and all written to the store. */
export async function expectServedAndWritten(t: TierUnderTest, label: string): Promise<void> {
  const result = await missLoad(t.server().base, label, { concurrency: 4, maxRequests: 30, maxMs: 10_000 }, t.served);
  t.figures.push(describeLoad(`${t.tier} ${label}`, result));
  expect(result.failures).toEqual([]);
  await expectWritten(t, label);
  expect(await t.server().metric('ogsmith_shared_cache_state', { tier: t.tier })).toBe(0);
}

/** A bounded load of misses during a fault: every one answered within normal latency, and the breaker not closed (the tier skipped). */
export async function expectUnblocked(t: TierUnderTest, label: string): Promise<void> {
  const result = await missLoad(t.server().base, label, FAULT_LOAD, t.served);
  t.figures.push(describeLoad(`${t.tier} ${label}`, result));
  expect(result.failures).toEqual([]);
  expect(result.requests).toBeGreaterThanOrEqual(20);
  expect(percentile(result.latenciesMs, 95)).toBeLessThan(FAULT_P95_MS);
  // Open (2), or half-open (1) while a background trial call is out.
  expect(await t.server().metric('ogsmith_shared_cache_state', { tier: t.tier })).toBeGreaterThanOrEqual(1);
  expect(await t.server().metric('ogsmith_shared_cache_errors_total', { tier: t.tier })).toBeGreaterThan(0);
  expect(await t.server().metric('ogsmith_shared_cache_skipped_total', { tier: t.tier, reason: 'open' })).toBeGreaterThan(0);
}

/** Once the store is back: within 15 s the breaker closes by itself (background trial calls, no traffic needed), and new misses are written again. */
export async function expectRecovered(t: TierUnderTest, label: string): Promise<void> {
  const started = Date.now();
  const closed = await eventually(async () => (await t.server().metric('ogsmith_shared_cache_state', { tier: t.tier })) === 0, 15_000);
  t.figures.push(`${t.tier} ${label}: breaker closed ${((Date.now() - started) / 1000).toFixed(1)} s after the store was back`);
  expect(closed, `${t.tier} breaker closed again`).toBe(true);
  await expectServedAndWritten(t, label);
}

/** Pauses the store (SIGSTOP) under a bounded load of misses, resumes it (SIGCONT), and expects the tier in use again. */
export async function expectPauseSurvived(t: TierUnderTest, store: { signal(signal: NodeJS.Signals): void }): Promise<void> {
  store.signal('SIGSTOP');
  try {
    await expectUnblocked(t, 'paused');
  } finally {
    store.signal('SIGCONT');
  }
  await expectRecovered(t, 'resumed');
}

/** Nothing lost or wrongly cached: each stored object is the image served for its ETag, and every URL asked again gives the same image. */
export async function expectConsistent(t: TierUnderTest): Promise<void> {
  const byEtag = new Map([...t.served.values()].map((s) => [s.etag, s.sha]));
  const stored = await t.stored([...byEtag.keys()]);
  expect(stored.size).toBeGreaterThan(0);
  for (const [etag, sha] of stored) expect(byEtag.get(etag), `stored ${etag}`).toBe(sha);
  const again = [...t.served].filter((_, i) => i % 10 === 0);
  for (const [url, first] of again) {
    const log: ServedLog = new Map();
    expect((await fetchImage(t.server().base, url, log)).ok).toBe(true);
    expect(log.get(url)).toEqual(first);
  }
}
