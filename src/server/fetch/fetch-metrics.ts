// Prometheus metrics of the remote-fetch slots: global and per-host slots in use, waiting fetches, bytes in flight, refusals.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { FetchCapacityLimits, FetchCapacityStats, FetchRefusal } from './fetch-capacity.js';

/** Why a miss or a fetch got 503 BUSY for lack of fetch capacity: `fetch_phase` is the miss admission before any fetch. */
export type FetchRefusalReason = FetchRefusal | 'fetch_phase';

export class FetchMetrics {
  private readonly refusals: Counter<'reason'>;

  constructor(registry: Registry, stats: () => FetchCapacityStats, missesFetching: () => number, limits: FetchCapacityLimits) {
    const gauge = (name: string, help: string, read: () => number): void => {
      new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
    };
    gauge('ogsmith_remote_fetches_active', 'Remote fetches running (global slots in use)', () => stats().active);
    gauge('ogsmith_remote_fetches_waiting', 'Remote fetches waiting for a global or per-host slot', () => stats().waiting);
    gauge('ogsmith_remote_fetch_hosts', 'Hosts with a remote fetch running or waiting', () => stats().hosts);
    gauge('ogsmith_remote_fetch_busiest_host_slots', 'Per-host slots in use at the busiest host', () => stats().busiestHost);
    gauge('ogsmith_remote_fetch_bytes_in_flight', 'Body bytes held by the remote fetches in flight', () => stats().bytes);
    gauge('ogsmith_misses_fetching', 'Misses in their fetch phase (fetch-phase slots in use)', missesFetching);
    const limit = new Gauge({ name: 'ogsmith_remote_fetch_limit', help: 'The remote-fetch limits: concurrent, per_host, waiting, bytes_in_flight', labelNames: ['limit'] as const, registers: [registry] });
    limit.set({ limit: 'concurrent' }, limits.concurrent);
    limit.set({ limit: 'per_host' }, limits.perHost);
    limit.set({ limit: 'waiting' }, limits.waiting);
    limit.set({ limit: 'bytes_in_flight' }, limits.bytesInFlight);
    this.refusals = new Counter({ name: 'ogsmith_remote_fetch_refusals_total', help: '503 BUSY for lack of fetch capacity: waiting (too many fetches wait for a slot), bytes (byte budget), fetch_phase (no fetch-phase slot for a miss)', labelNames: ['reason'] as const, registers: [registry] });
    for (const reason of ['waiting', 'bytes', 'fetch_phase'] as const) this.refusals.inc({ reason }, 0);
  }

  refused(reason: FetchRefusalReason): void {
    this.refusals.inc({ reason });
  }
}
