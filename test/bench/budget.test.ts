// Latency budgets: parsing `p95=50ms,p99=120ms` and finding what is over.
import { describe, expect, it } from 'vitest';
import { checkBudget, parseBudget } from '../../src/bench/budget.js';
import { summarize } from '../../src/bench/stats.js';

describe('parseBudget', () => {
  it('reads metrics with ms, s, us and µs (ms when no unit)', () => {
    expect(parseBudget('p95=50ms,p99=120ms')).toEqual({ p95: 50, p99: 120 });
    expect(parseBudget(' p50 = 0.5s , max=800us, mean=250µs, p99=7')).toEqual({ p50: 500, max: 0.8, mean: 0.25, p99: 7 });
  });

  it.each([
    ['', /must be like p95=50ms/],
    ['p90=10ms', /"p90=10ms" is not metric=value/],
    ['p95=fast', /"p95=fast"/],
    ['p95=10min', /"p95=10min"/],
    ['p95=10ms,p95=20ms', /gives p95 twice/],
    ['p95=0ms', /must be above 0/],
    ['p95=-1ms', /"p95=-1ms"/],
  ])('refuses %j with a message naming the entry', (text, message) => {
    expect(() => parseBudget(text)).toThrow(message);
  });

  it('names where the budget came from', () => {
    expect(() => parseBudget('p95', 'bench.budget in ogsmith.config.json')).toThrow(/^bench\.budget in ogsmith\.config\.json entry "p95"/);
  });
});

describe('checkBudget', () => {
  const fast = { name: 'fast', summary: summarize([1, 2, 3, 4, 5]) };
  const slow = { name: 'slow', summary: summarize([10, 20, 30, 40, 200]) };

  it('lists every metric of every subject over its limit, with the limit and the actual value', () => {
    expect(checkBudget([fast, slow], { p50: 25, p99: 100 })).toEqual([
      { subject: 'slow', metric: 'p50', limitMs: 25, actualMs: 30 },
      { subject: 'slow', metric: 'p99', limitMs: 100, actualMs: 200 },
    ]);
  });

  it('passes values equal to the limit and an empty budget', () => {
    expect(checkBudget([fast], { max: 5, p50: 3 })).toEqual([]);
    expect(checkBudget([slow], {})).toEqual([]);
  });
});
