// Prometheus metrics (prom-client, one registry per app): render latency by template and stage, cache, queue, errors.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CacheStats } from '../runtime/cache-budget.js';

export type RenderStage = 'fetch' | 'render' | 'total';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly renderSeconds = new Histogram({ name: 'ogsmith_render_seconds', help: 'Render latency by template and stage (fetch: remote images and pages, render: worker, total: miss to bytes)', labelNames: ['template', 'stage'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [this.registry] });
  readonly cacheLookups = new Counter({ name: 'ogsmith_cache_lookups_total', help: 'Image lookups by outcome: memory or shared hit, joined (single-flight), rendered (miss)', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly notModified = new Counter({ name: 'ogsmith_not_modified_total', help: '304 answers (If-None-Match matched, nothing rendered)', registers: [this.registry] });
  readonly errors = new Counter({ name: 'ogsmith_errors_total', help: 'Error responses by code', labelNames: ['code'] as const, registers: [this.registry] });

  constructor(pool: { readonly queueDepth: () => number; readonly stuckWorkers: () => number; readonly caches?: () => readonly CacheStats[] }) {
    new Gauge({ name: 'ogsmith_render_queue_depth', help: 'Renders waiting for a worker', registers: [this.registry], collect() { this.set(pool.queueDepth()); } });
    new Gauge({ name: 'ogsmith_render_workers_stuck', help: 'Ended render workers still inside timed-out native work (misses are shed with BUSY when they reach the thread count)', registers: [this.registry], collect() { this.set(pool.stuckWorkers()); } });
    if (pool.caches) cacheGauges(this.registry, pool.caches);
    collectDefaultMetrics({ register: this.registry, prefix: 'ogsmith_' });
  }

  /** Times a stage: returns the function to call when it ends. */
  time(template: string, stage: RenderStage): () => void {
    return this.renderSeconds.startTimer({ template, stage });
  }
}

/** Bytes, entries and byte budget per cache (label `cache`), read from `caches()` on each scrape. */
function cacheGauges(registry: Registry, caches: () => readonly CacheStats[]): void {
  const gauges = [
    ['ogsmith_cache_bytes', 'Bytes held per cache (server and render workers summed), as each cache counts them', 'bytes'],
    ['ogsmith_cache_entries', 'Entries per cache (server and render workers summed)', 'entries'],
    ['ogsmith_cache_max_bytes', 'Byte budget per cache (summed over the processes that hold one)', 'maxBytes'],
  ] as const;
  for (const [name, help, field] of gauges) {
    new Gauge({ name, help, labelNames: ['cache'] as const, registers: [registry], collect() {
      this.reset();
      for (const stats of caches()) this.set({ cache: stats.name }, stats[field]);
    } });
  }
}
