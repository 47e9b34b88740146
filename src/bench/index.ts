// `ogsmith bench`: measures templates (or a running server) and reports tables, JSON and a chart; budgets set the exit code.
import { writeFile } from 'node:fs/promises';
import { defaultRegistry } from '../fonts/bundled.js';
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';
import { layoutWithFonts } from '../layout/layout.js';
import { render } from '../render.js';
import { TemplateRegistry } from '../server/template-registry.js';
import { builtinTemplates } from '../templates/index.js';
import type { Template } from '../templates/define.js';
import { BENCH_HELP, parseBenchArgs, type BenchArgs } from './args.js';
import { checkBudget } from './budget.js';
import { benchChart } from './chart.js';
import { coldStart } from './cold-start.js';
import { benchHttp } from './http-bench.js';
import { poolThroughput } from './pool-throughput.js';
import { formatReport, machineInfo, type BenchReport, type PeerRow } from './report.js';
import { benchTemplate, type TemplateBenchResult } from './template-bench.js';

export interface BenchHooks {
  /** The peer comparison (the repository's benchmark passes takumi and satori + resvg in; users have no peers installed). */
  readonly peers?: () => Promise<readonly PeerRow[]>;
  /** Where report text goes; default stdout. Progress goes to stderr on a TTY. */
  readonly log?: (text: string) => void;
  /** Directory ogsmith.config.json is read from; default the working directory. */
  readonly cwd?: string;
}

/** Draws the report's chart at its natural height. */
export async function renderChart(report: BenchReport): Promise<Buffer> {
  const element = benchChart(report);
  const measured = layoutWithFonts(element, { width: 1200, height: 4000 }, await defaultRegistry());
  return render(element, { width: 1200, height: Math.ceil(measured.root.height) });
}

async function selectTemplates(args: BenchArgs): Promise<readonly Template[]> {
  const registry = new TemplateRegistry(builtinTemplates);
  if (args.templateDirectory) await registry.loadDirectory(args.templateDirectory);
  if (args.templates.length === 0) return registry.list();
  return args.templates.map((name) => {
    const template = registry.get(name);
    if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', `--template ${quote(name)} is not a template; known: ${registry.list().map((t) => t.name).join(', ')}`);
    return template;
  });
}

const progress = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
};

/** Fresh processes per cold-start measure (the median of 10, as issue 17 asks). */
const COLD_START_RUNS = 10;

async function measure(args: BenchArgs, templates: readonly Template[], hooks: BenchHooks): Promise<BenchReport> {
  const base = { date: new Date().toISOString().slice(0, 10), machine: machineInfo(), renders: args.renders, warmup: args.warmup };
  if (args.http) {
    const http = await benchHttp({ baseUrl: args.http, template: templates[0]!, seconds: args.seconds, connections: args.connections, ...(process.env.OGSMITH_SECRET ? { secret: process.env.OGSMITH_SECRET.split(',')[0]!.trim() } : {}) });
    return { ...base, templates: [], http, peakRssMiB: process.resourceUsage().maxRSS / 1024, violations: [] };
  }
  const results: TemplateBenchResult[] = [];
  for (const template of templates) {
    results.push(await benchTemplate(template, { renders: args.renders, warmup: args.warmup, onRender: (done) => progress(`${template.name}: ${done}/${args.renders}`) }));
  }
  progress('');
  const pool = args.pool ? await poolThroughput(templates, Math.max(40, args.renders)) : undefined;
  const cold = args.coldStart ? await coldStart(templates[0]!, COLD_START_RUNS, args.templateDirectory) : undefined;
  const peers = hooks.peers ? await hooks.peers() : undefined;
  const violations = args.budget ? checkBudget(results.map((r) => ({ name: r.name, summary: r.total })), args.budget) : [];
  return {
    ...base,
    templates: results,
    ...(pool ? { pool } : {}),
    ...(cold ? { coldStart: cold } : {}),
    ...(peers ? { peers } : {}),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    ...(args.budget ? { budget: args.budget } : {}),
    violations,
  };
}

/** Runs the benchmark for the command line; resolves to the exit code (0 fine, 1 over budget, 2 bad usage). */
export async function runBench(argv: readonly string[], hooks: BenchHooks = {}): Promise<number> {
  const log = hooks.log ?? ((text: string) => process.stdout.write(`${text}\n`));
  try {
    const args = parseBenchArgs(argv, hooks.cwd);
    if (args.help) {
      log(BENCH_HELP);
      return 0;
    }
    const report = await measure(args, await selectTemplates(args), hooks);
    log(formatReport(report));
    if (args.json) await writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
    if (args.chart) await writeFile(args.chart, await renderChart(report));
    return report.violations.length > 0 ? 1 : 0;
  } catch (error) {
    if (!isOgsmithError(error)) throw error;
    log(`ogsmith bench: ${error.message}`);
    return 2;
  }
}

export { parseBudget, checkBudget, type Budget, type BudgetViolation } from './budget.js';
export { summarize, percentile, type LatencySummary } from './stats.js';
export { variedParams, uniqueParams } from './params.js';
export type { BenchReport, PeerRow } from './report.js';
