// Report text: aligned tables, and only the parts that ran.
import { describe, expect, it } from 'vitest';
import { formatReport, formatTable, machineInfo, type BenchReport } from '../../src/bench/report.js';

describe('formatTable', () => {
  it('pads columns to the widest cell and right-aligns numbers', () => {
    const text = formatTable(['name', 'ms'], [['a', 1.5], ['longer', 123.4]]);
    expect(text.split('\n')).toEqual(['name    ms', '──────  ────', 'a       1.50', 'longer   123']);
  });
});

describe('formatReport', () => {
  const base: BenchReport = { date: '2026-11-26', machine: machineInfo(), renders: 10, warmup: 2, templates: [], peakRssMiB: 100, violations: [] };

  it('leaves out the template table when only the HTTP mode ran', () => {
    const text = formatReport({ ...base, http: [{ mode: 'cache hit', requestsPerSecond: 1000, latencyP50Ms: 1, latencyP99Ms: 5, latencyMaxMs: 9, ok: 10, non2xx: 0, errors: 0 }] });
    expect(text).not.toContain('renders per template');
    expect(text).toMatch(/cache hit\s+1000\s+1\.00\s+5\.00/);
  });

  it('names the machine it ran on', () => {
    expect(formatReport(base)).toContain(`${base.machine.cores} cores`);
  });

  it('prints the cold start with the load average it ran under', () => {
    const summary = (ms: number) => ({ min: ms, p50: ms, p95: ms, p99: ms, max: ms, mean: ms, count: 10 });
    const text = formatReport({ ...base, coldStart: { template: 'blog', library: { wall: summary(300), cpu: summary(250) }, server: { wall: summary(900), cpu: summary(800) }, loadAverage: { before: 6.25, after: 7.5 } } });
    expect(text).toContain(`load average 6.3 → 7.5 on ${base.machine.cores} cores`);
    expect(text).toMatch(/library \(import, render\)\s+300\s+300\s+250/);
  });
});
