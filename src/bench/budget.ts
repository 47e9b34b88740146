// Latency budgets: `p95=50ms,p99=120ms` parsed, and checked against each template's end-to-end summary.
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { LatencySummary } from './stats.js';

export const BUDGET_METRICS = ['mean', 'p50', 'p95', 'p99', 'max'] as const;
export type BudgetMetric = (typeof BUDGET_METRICS)[number];
/** Limits in ms per metric. */
export type Budget = Readonly<Partial<Record<BudgetMetric, number>>>;

export interface BudgetViolation {
  readonly subject: string;
  readonly metric: BudgetMetric;
  readonly limitMs: number;
  readonly actualMs: number;
}

const UNIT_MS: Readonly<Record<string, number>> = { '': 1, ms: 1, s: 1000, us: 0.001, 'µs': 0.001 };
const ENTRY = /^(mean|p50|p95|p99|max)\s*=\s*(\d+(?:\.\d+)?)\s*(ms|s|us|µs)?$/;

/** Parses `metric=value[unit],…` (units ms, s, us or µs; ms when none); `source` names the flag or config key in errors. */
export function parseBudget(text: string, source = '--budget'): Budget {
  if (typeof text !== 'string' || text.trim() === '') throw new OgsmithError('INVALID_OPTIONS', `${source} must be like p95=50ms,p99=120ms, got ${quote(text)}`);
  const budget: Partial<Record<BudgetMetric, number>> = {};
  for (const part of text.split(',')) {
    const match = ENTRY.exec(part.trim());
    if (!match) throw new OgsmithError('INVALID_OPTIONS', `${source} entry ${quote(part.trim())} is not metric=value with a metric of ${BUDGET_METRICS.join(', ')} and a unit of ms, s or us`);
    const metric = match[1] as BudgetMetric;
    if (budget[metric] !== undefined) throw new OgsmithError('INVALID_OPTIONS', `${source} gives ${metric} twice`);
    const value = Number(match[2]) * UNIT_MS[match[3] ?? '']!;
    if (!(value > 0)) throw new OgsmithError('INVALID_OPTIONS', `${source} limit for ${metric} must be above 0, got ${quote(part.trim())}`);
    budget[metric] = value;
  }
  return budget;
}

/** Every metric of every subject that is over its limit. */
export function checkBudget(results: readonly { readonly name: string; readonly summary: LatencySummary }[], budget: Budget): readonly BudgetViolation[] {
  const violations: BudgetViolation[] = [];
  for (const { name, summary } of results) {
    for (const metric of BUDGET_METRICS) {
      const limitMs = budget[metric];
      if (limitMs !== undefined && summary[metric] > limitMs) violations.push({ subject: name, metric, limitMs, actualMs: summary[metric] });
    }
  }
  return violations;
}
