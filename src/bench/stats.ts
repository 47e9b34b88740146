// Latency statistics: nearest-rank percentiles, mean, min and max of a set of samples (ms).
import { OgsmithError } from '../errors/catalogue.js';

export interface LatencySummary {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of ascending samples: the smallest value with at least p% of samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new OgsmithError('INVALID_OPTIONS', 'A percentile needs at least one sample');
  if (!(p >= 0 && p <= 100)) throw new OgsmithError('INVALID_OPTIONS', `A percentile must be from 0 to 100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new OgsmithError('INVALID_OPTIONS', 'A latency summary needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, mean, min: sorted[0]!, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
}
