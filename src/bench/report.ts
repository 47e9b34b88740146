// The benchmark's report: what ran where, as data (JSON) and as aligned terminal tables.
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import type { Budget, BudgetViolation } from './budget.js';
import type { HttpRun } from './http-bench.js';
import type { ColdStartResult, ColdStartSummary } from './cold-start.js';
import type { PoolThroughput } from './pool-throughput.js';
import type { TemplateBenchResult } from './template-bench.js';
import { RENDER_STAGES } from '../layout/stage-clock.js';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
}

/** One engine on one reference card, from the peer comparison (interleaved in one process). */
export interface PeerRow {
  readonly card: string;
  readonly engine: string;
  readonly p50: number;
  readonly p95: number;
  readonly bytes: number;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly renders: number;
  readonly warmup: number;
  readonly templates: readonly TemplateBenchResult[];
  readonly pool?: PoolThroughput;
  readonly coldStart?: ColdStartResult;
  readonly peers?: readonly PeerRow[];
  readonly http?: readonly HttpRun[];
  readonly peakRssMiB: number;
  readonly budget?: Budget;
  readonly violations: readonly BudgetViolation[];
}

export function machineInfo(): MachineInfo {
  return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, os: `${platform()} ${release()}` };
}

export const describeMachine = (m: MachineInfo): string => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node.replace(/^v/, '')}`;

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** Columns padded to their widest cell; numeric body cells right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const body = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? ms(cell) : cell)));
  const widths = headers.map((header, c) => Math.max(header.length, ...body.map((row) => (row[c] ?? '').length)));
  const numeric = (cell: string) => /^-?[\d.]+(×| ms)?$/.test(cell);
  const line = (row: readonly string[], align: boolean) => row.map((cell, c) => (align && numeric(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(headers, false), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map((row) => line(row, true))].join('\n');
}

/** Everything in the report as terminal text. */
export function formatReport(report: BenchReport): string {
  const parts: string[] = [`ogsmith benchmark, ${report.date}: ${describeMachine(report.machine)}`];
  if (report.templates.length > 0) parts.push(`${report.renders} renders per template with varied parameters after ${report.warmup} warm-up renders; times in ms`, '', formatTable(['template', 'p50', 'p95', 'p99', 'max', ...RENDER_STAGES.map((s) => `${s} p50`), 'renders/s/core', 'PNG KB'],
    report.templates.map((t) => [t.name, t.total.p50, t.total.p95, t.total.p99, t.total.max, ...RENDER_STAGES.map((s) => t.stages[s].p50), t.rendersPerSecondPerCore.toFixed(0), (t.medianBytes / 1024).toFixed(1)])));
  if (report.pool) parts.push('', `Worker pool: ${report.pool.threads} threads, ${report.pool.renders} renders in ${report.pool.seconds.toFixed(1)} s: ${report.pool.rendersPerSecond.toFixed(0)} renders/s, ${report.pool.rendersPerSecondPerCore.toFixed(0)} per core`);
  if (report.coldStart) {
    const { template, library, server, loadAverage } = report.coldStart;
    const row = (name: string, s: ColdStartSummary) => [name, s.wall.p50, s.wall.max, s.cpu.p50, s.cpu.max, String(s.wall.count)];
    const load = `load average ${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)} on ${report.machine.cores} cores`;
    parts.push('', `Cold start: a fresh process to the first ${template} PNG (wall from spawn; CPU user + system over all threads and processes; ${load}):`,
      formatTable(['process', 'wall p50', 'wall max', 'CPU p50', 'CPU max', 'runs'], [row('library (import, render)', library), ...(server ? [row('server (node dist/main.js, GET)', server)] : [])]));
  }
  if (report.peers) {
    const takumi = new Map(report.peers.filter((p) => p.engine === 'takumi').map((p) => [p.card, p.p50]));
    parts.push('', 'Against the peers (interleaved in one process; PNG):', formatTable(['card', 'engine', 'p50', 'p95', 'vs takumi', 'PNG KB'],
      report.peers.map((p) => [p.card, p.engine, p.p50, p.p95, takumi.has(p.card) ? `${(p.p50 / takumi.get(p.card)!).toFixed(2)}×` : '', (p.bytes / 1024).toFixed(1)])));
  }
  if (report.http) parts.push('', 'HTTP (autocannon):', formatTable(['mode', 'req/s', 'p50', 'p99', 'max', '2xx', 'non-2xx', 'errors'], report.http.map((r) => [r.mode, r.requestsPerSecond.toFixed(0), r.latencyP50Ms, r.latencyP99Ms, r.latencyMaxMs, String(r.ok), String(r.non2xx), String(r.errors)])));
  parts.push('', `Peak RSS ${report.peakRssMiB.toFixed(0)} MiB`);
  if (report.budget) {
    const limits = Object.entries(report.budget).map(([metric, limit]) => `${metric} ≤ ${ms(limit)} ms`).join(', ');
    parts.push(report.violations.length === 0 ? `Budget (${limits}): every template within it` : `Budget (${limits}): OVER\n${formatTable(['template', 'metric', 'limit', 'actual'], report.violations.map((v) => [v.subject, v.metric, v.limitMs, v.actualMs]))}`);
  }
  return parts.join('\n');
}
