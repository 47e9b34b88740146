// Chaos-test helpers: the built app in its own process on loopback, its memory and threads from /proc, and timed requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { processStats, processStatsSync, type ProcessStats } from '../../src/bench/process-stats.js';

const LAUNCHER = fileURLToPath(new URL('./fixtures/chaos-server.mjs', import.meta.url));

export interface ServerProcess {
  readonly base: string;
  readonly pid: number;
  /** RSS and threads of it and its render processes now (Linux /proc). */
  stats(): Promise<ProcessStats>;
  /** POSTs a tree to /render (open with `renderRoute: 'open'`); resolves with status, code (for errors) and wall time, never rejects on HTTP errors. */
  render(element: unknown, width: number, height: number, timeoutMs?: number): Promise<{ status: number; code: string | undefined; ms: number }>;
  stop(): Promise<void>;
}

/** Starts the built server in a child process with these buildApp options (JSON only) and waits until it listens. */
export async function startServerProcess(options: Readonly<Record<string, unknown>>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [LAUNCHER], { env: { ...process.env, OGSMITH_CHAOS: JSON.stringify(options) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the chaos server did not start within 60 s')), 60_000);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /\{"port":(\d+)\}/.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve(Number(line[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the chaos server exited with ${code}`));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  return {
    base,
    pid,
    stats: () => processStats(pid),
    async render(element, width, height, timeoutMs = 30_000) {
      const started = performance.now();
      const response = await fetch(`${base}/render`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ element, width, height }), signal: AbortSignal.timeout(timeoutMs) });
      const body = await response.text();
      const code = response.ok ? undefined : (JSON.parse(body) as { error: { code: string } }).error.code;
      return { status: response.status, code, ms: performance.now() - started };
    },
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}

/** Resident memory of a process and its render processes, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  return processStatsSync(pid).rssBytes / (1024 * 1024);
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak in MB. */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // the process ended
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

export interface TimedResponse {
  readonly status: number;
  readonly ms: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One client for all chaos requests: no connection limit, so a thousand requests are really concurrent. */
export const client = new Agent({ connections: null, pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 });

/** A request with its status, time and body (text; images are read and dropped). */
export async function timed(url: string, init: { method?: 'GET' | 'POST'; json?: unknown } = {}): Promise<TimedResponse> {
  const started = performance.now();
  const response = await request(url, {
    dispatcher: client,
    method: init.method ?? 'GET',
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json), headers: { 'content-type': 'application/json' } }),
  });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const type = String(response.headers['content-type'] ?? '');
  return { status: response.statusCode, ms: performance.now() - started, headers: response.headers, body: type.startsWith('application/json') ? bytes.toString() : `<${bytes.length} bytes>` };
}

/** The error code of a JSON error body. */
export function codeOf(response: TimedResponse): string | undefined {
  try {
    return (JSON.parse(response.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

/** A fresh miss of a small built-in card: what "other requests" look like. */
export function normalMiss(base: string, label: string): Promise<TimedResponse> {
  return timed(`${base}/og/quote.png?quote=${encodeURIComponent(`${label} ${Math.random().toString(36).slice(2)}`)}`);
}

/** Counts a loopback server's open sockets and requests in progress, now and at peak. */
export interface TrafficProbe {
  readonly sockets: number;
  readonly peakSockets: number;
  readonly requests: number;
  readonly peakRequests: number;
}

/** Attaches socket and request counters to an HTTP server (requests end when their response closes). */
export function probeTraffic(server: import('node:http').Server, shared?: { requests: number; peakRequests: number }): TrafficProbe {
  const state = { sockets: 0, peakSockets: 0, requests: 0, peakRequests: 0 };
  server.on('connection', (socket) => {
    state.peakSockets = Math.max(state.peakSockets, ++state.sockets);
    socket.on('close', () => state.sockets--);
  });
  server.on('request', (_req, res) => {
    state.peakRequests = Math.max(state.peakRequests, ++state.requests);
    if (shared) shared.peakRequests = Math.max(shared.peakRequests, ++shared.requests);
    res.on('close', () => {
      state.requests--;
      if (shared) shared.requests--;
    });
  });
  return state;
}

let cardSerial = 0;
/** A fresh 1200×630 card each time, so every request is a real render (POST /render has no cache). */
export function freshCard(label = 'Normal card'): { type: string; props: Record<string, unknown> } {
  return { type: 'div', props: { style: { width: 1200, height: 630, fontSize: 64, backgroundColor: '#123', color: 'white', padding: 40 }, children: `${label} ${cardSerial++}` } };
}

/** Renders `count` fresh cards one after another; each must answer 200. Returns their times in ms. */
export async function renderLatencies(server: ServerProcess, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await server.render(freshCard(), 1200, 630);
    if (answer.status !== 200) throw new Error(`a normal render answered ${answer.status} ${answer.code ?? ''}`);
    times.push(answer.ms);
  }
  return times;
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
