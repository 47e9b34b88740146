// `npm run bench:tier-faults`: misses/s and latency of the built server while its Redis tier is up, killed, restarted, paused and resumed.
// Bounded loopback load: TIER_FAULT_CONCURRENCY in flight (default 8), TIER_FAULT_SECONDS per phase (default 8), at most 5,000 requests a phase.
import { eventually, missLoad, percentile, type LoadResult, type ServedLog } from '../test/chaos/tier-miss-load.js';
import { startServerProcess } from '../test/chaos/tier-server-process.js';
import { hasRedis, startRedis } from '../test/server/redis-process.js';

const CONCURRENCY = Number(process.env.TIER_FAULT_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.TIER_FAULT_SECONDS ?? 8);
const bounds = { concurrency: CONCURRENCY, maxRequests: 5000, maxMs: SECONDS * 1000 };

if (!hasRedis) throw new Error('redis-server is not installed');
let redis = await startRedis();
const server = await startServerProcess({ OGSMITH_REDIS_URL: redis.url });
const served: ServedLog = new Map();
const rows: string[] = ['| phase | misses | misses/s | p50 ms | p95 ms | p99 ms | max ms | failed | breaker after |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
const state = (): Promise<number> => server.metric('ogsmith_shared_cache_state', { tier: 'redis' });
const STATES = ['closed', 'half-open', 'open'];

async function phase(name: string): Promise<void> {
  const result: LoadResult = await missLoad(server.base, name, bounds, served);
  const p = (n: number): string => percentile(result.latenciesMs, n).toFixed(0);
  rows.push(`| ${name} | ${result.requests} | ${(result.requests / result.seconds).toFixed(0)} | ${p(50)} | ${p(95)} | ${p(99)} | ${p(100)} | ${result.failures.length} | ${STATES[await state()] ?? '?'} |`);
}

async function recovery(name: string): Promise<void> {
  const started = Date.now();
  const closed = await eventually(async () => (await state()) === 0, 30_000);
  rows.push(`| ${name}: breaker ${closed ? 'closed' : 'NOT closed'} after ${((Date.now() - started) / 1000).toFixed(1)} s | | | | | | | | |`);
}

try {
  await missLoad(server.base, 'warm-up', { concurrency: CONCURRENCY, maxRequests: 50, maxMs: 10_000 }, served);
  await phase('redis up');
  redis.signal('SIGKILL');
  await redis.stop();
  await phase('redis killed');
  redis = await startRedis(redis.port);
  await recovery('redis restarted');
  await phase('after restart');
  redis.signal('SIGSTOP');
  await phase('redis paused (SIGSTOP)');
  redis.signal('SIGCONT');
  await recovery('redis resumed (SIGCONT)');
  await phase('after resume');
  const errors = await server.metric('ogsmith_shared_cache_errors_total', { tier: 'redis' });
  const skipped = await server.metric('ogsmith_shared_cache_skipped_total', { tier: 'redis' });
  console.log(`${CONCURRENCY} in flight, ${SECONDS} s a phase, 400×210 quote cards (each a distinct miss)\n\n${rows.join('\n')}\n\nshared-tier errors ${errors}, calls skipped ${skipped}`);
} finally {
  await server.stop();
  await redis.stop();
}
