// Cold start: a new Node process from spawn to its first image, for the library (import, fonts, first render) and for the server (`node dist/main.js` to its first PNG response).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { OgsmithError } from '../errors/catalogue.js';
import type { Template } from '../templates/define.js';
import { packageRoot } from '../runtime/module-file.js';
import { processTree } from './process-stats.js';
import { variedParams } from './params.js';
import { summarize, type LatencySummary } from './stats.js';

const dist = join(packageRoot(import.meta.url), 'dist');
const url = (file: string): string => JSON.stringify(new URL(`file://${join(dist, file)}`).href);

/** Wall time from spawn to the first image, and the CPU the process tree spent until then (user + system, all threads). */
export interface ColdStartSummary {
  readonly wall: LatencySummary;
  readonly cpu: LatencySummary;
}

export interface ColdStartResult {
  readonly template: string;
  readonly library: ColdStartSummary;
  /** `node dist/main.js` to the first 200 PNG of /og/<template>.png (absent off Linux, where /proc does not give its CPU). */
  readonly server?: ColdStartSummary;
  /** The machine's 1-minute load average before and after the runs: other work on the cores inflates both measures. */
  readonly loadAverage: { readonly before: number; readonly after: number };
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * The child's program: load ogsmith's entries as a user's program does, render the template once,
 * print the byte count and the process's CPU (process.cpuUsage covers all its threads).
 */
const PROGRAM = `
const [template, directory] = process.argv.slice(1);
const { render } = await import(${url('index.js')});
const { builtinTemplates } = await import(${url('bench/builtin-templates.js')});
const { variedParams } = await import(${url('bench/params.js')});
let templates = builtinTemplates;
if (directory) {
  const { TemplateRegistry } = await import(${url('server/template-registry.js')});
  const registry = new TemplateRegistry(builtinTemplates);
  await registry.loadDirectory(directory);
  templates = registry.list();
}
const t = templates.find((candidate) => candidate.name === template);
if (!t) throw new Error('unknown template ' + template);
const bytes = await render(t.render(variedParams(t.name, t.params, 0)), { width: t.width, height: t.height });
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ bytes: bytes.length, cpuMs: (cpu.user + cpu.system) / 1000 }) + '\\n');
`;

function failure(what: string, code: number | null, err: string): OgsmithError {
  return new OgsmithError('INTERNAL', `Cold-start run of ${what} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`);
}

function libraryOnce(template: string, directory: string | undefined): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', PROGRAM, template, directory ?? ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let sample: Sample | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!sample && out.includes('\n')) {
        const line = JSON.parse(out.slice(0, out.indexOf('\n'))) as { bytes: number; cpuMs: number };
        if (line.bytes > 0) sample = { wallMs: performance.now() - start, cpuMs: line.cpuMs };
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && sample ? resolve(sample) : reject(failure(template, code, err))));
  });
}

/** CPU time (user + system, all threads) of a process and its descendants so far, from /proc (clock ticks of 10 ms). */
function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${member}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks * 10;
}

/** The query string of a template's first varied parameters. */
function queryFor(template: Template): string {
  const params = variedParams(template.name, template.params, 0);
  return new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
}

/** Ends the server we started (SIGTERM: it closes its render processes) and waits for it, SIGKILL after 10 s. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function serverOnce(template: Template, directory: string | undefined): Promise<Sample> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', HOME: process.env.HOME };
  const start = performance.now();
  const child = spawn(process.execPath, [join(dist, 'main.js'), '--port', '0', '--host', '127.0.0.1', ...(directory ? ['--templates', directory] : [])], { stdio: ['ignore', 'pipe', 'pipe'], env });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(failure('the server', null, `no "listening" line in 60 s. ${err}`)), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const at = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (at) {
          clearTimeout(timer);
          resolve(at[1]!);
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(failure('the server', code, err));
      });
    });
    const response = await fetch(`${origin}/og/${template.name}.png?${queryFor(template)}`, { signal: AbortSignal.timeout(30_000) });
    const body = new Uint8Array(await response.arrayBuffer());
    const wallMs = performance.now() - start;
    const cpuMs = treeCpuMs(child.pid!);
    if (response.status !== 200 || body.length === 0) throw new OgsmithError('INTERNAL', `Cold-start server answered ${response.status} for ${template.name}`);
    return { wallMs, cpuMs };
  } finally {
    await stop(child);
  }
}

function summarise(samples: readonly Sample[]): ColdStartSummary {
  return { wall: summarize(samples.map((s) => s.wallMs)), cpu: summarize(samples.map((s) => s.cpuMs)) };
}

/**
 * Spawns `runs` fresh processes one after another for the library, then `runs` servers, and
 * summarises the time to the first image (the measure: 10 runs, median).
 */
export async function coldStart(template: Template, runs: number, directory?: string): Promise<ColdStartResult> {
  const before = loadavg()[0]!;
  const library: Sample[] = [];
  for (let i = 0; i < runs; i++) library.push(await libraryOnce(template.name, directory));
  const server: Sample[] = [];
  if (process.platform === 'linux') for (let i = 0; i < runs; i++) server.push(await serverOnce(template, directory));
  return { template: template.name, library: summarise(library), ...(server.length > 0 ? { server: summarise(server) } : {}), loadAverage: { before, after: loadavg()[0]! } };
}
