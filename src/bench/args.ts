// Command-line options of `ogsmith bench` / `npm run bench`, with the budget also read from ogsmith.config.json.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { parseBudget, type Budget } from './budget.js';

export interface BenchArgs {
  readonly renders: number;
  readonly warmup: number;
  readonly templates: readonly string[];
  readonly templateDirectory: string | undefined;
  readonly budget: Budget | undefined;
  readonly json: string | undefined;
  readonly chart: string | undefined;
  readonly coldStart: boolean;
  readonly pool: boolean;
  readonly http: string | undefined;
  readonly seconds: number;
  readonly connections: number;
  readonly help: boolean;
}

export const BENCH_HELP = `Usage: ogsmith bench [options]

Measures every template (built in, and --templates DIR) end to end and per stage
(style, layout, paint, encode): p50, p95, p99, max, renders per second per core,
the worker pool's throughput, the cold start, and peak RSS.

  --renders N          measured renders per template, each with new parameters (default 200)
  --warmup N           renders before measuring (default 20)
  --template NAME      only this template (repeatable)
  --templates DIR      also load the templates of DIR (.js/.mjs, default export defineTemplate(...))
  --budget SPEC        e.g. p95=50ms,p99=120ms (metrics mean, p50, p95, p99, max; units ms, s, us);
                       exit code 1 and a table of what is over. Default: bench.budget in ogsmith.config.json
  --json FILE          write the report as JSON
  --chart FILE         draw the latency chart as a PNG (with ogsmith)
  --no-cold-start      skip the cold-start measurement
  --no-pool            skip the worker-pool throughput measurement
  --http URL           drive a running server at URL with autocannon instead (cache hits and misses)
  --seconds N          with --http: seconds per mode (default 10)
  --connections N      with --http: concurrent connections (default 10)
  --help               this text
`;

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new OgsmithError('INVALID_OPTIONS', `--${name} must be a whole number of at least ${min}, got ${quote(value)}`);
  return n;
}

/** The budget from ogsmith.config.json's bench.budget (a string like the flag), when the file has one. */
function configBudget(directory: string): Budget | undefined {
  const file = resolve(directory, 'ogsmith.config.json');
  if (!existsSync(file)) return undefined;
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new OgsmithError('INVALID_OPTIONS', `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bench = typeof config === 'object' && config !== null ? (config as { bench?: unknown }).bench : undefined;
  const budget = typeof bench === 'object' && bench !== null ? (bench as { budget?: unknown }).budget : undefined;
  if (budget === undefined) return undefined;
  if (typeof budget !== 'string') throw new OgsmithError('INVALID_OPTIONS', `bench.budget in ${file} must be a string like "p95=50ms,p99=120ms", got ${quote(budget)}`);
  return parseBudget(budget, `bench.budget in ${file}`);
}

export function parseBenchArgs(argv: readonly string[], cwd = process.cwd()): BenchArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowNegative: true,
      options: {
        renders: { type: 'string' },
        warmup: { type: 'string' },
        template: { type: 'string', multiple: true },
        templates: { type: 'string' },
        budget: { type: 'string' },
        json: { type: 'string' },
        chart: { type: 'string' },
        'cold-start': { type: 'boolean', default: true },
        pool: { type: 'boolean', default: true },
        http: { type: 'string' },
        seconds: { type: 'string' },
        connections: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new OgsmithError('INVALID_OPTIONS', `${error instanceof Error ? error.message : String(error)} (ogsmith bench --help lists the options)`);
  }
  const v = parsed.values;
  return {
    renders: count('renders', v.renders, 200, 1),
    warmup: count('warmup', v.warmup, 20, 0),
    templates: v.template ?? [],
    templateDirectory: v.templates,
    budget: v.budget !== undefined ? parseBudget(v.budget) : configBudget(cwd),
    json: v.json,
    chart: v.chart,
    coldStart: v['cold-start'],
    pool: v.pool,
    http: v.http,
    seconds: count('seconds', v.seconds, 10, 1),
    connections: count('connections', v.connections, 10, 1),
    help: v.help,
  };
}
