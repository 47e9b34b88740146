// Benchmark statistics: nearest-rank percentiles and summaries.
import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../src/bench/stats.js';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the nearest rank: the smallest value with p% of samples at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([10, 20], 99)).toBe(20);
  });

  it('refuses no samples and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(/at least one sample/);
    expect(() => percentile([1], 101)).toThrow(/0 to 100, got 101/);
    expect(() => percentile([1], Number.NaN)).toThrow(/NaN/);
  });
});

describe('summarize', () => {
  it('sorts a copy and reports count, mean, min, p50, p95, p99 and max', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ count: 5, mean: 3, min: 1, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('puts a single slow outlier in p99 and max, not in p50', () => {
    const samples = [...Array.from({ length: 99 }, () => 10), 500];
    const s = summarize(samples);
    expect([s.p50, s.p95, s.p99, s.max]).toEqual([10, 10, 10, 500]);
    expect(summarize([...samples, 500]).p99).toBe(500);
  });
});
