// A real server process for chaos tests: started on loopback, asked over HTTP, watched through /proc, killed by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { processStats, type ProcessStats } from '../../src/bench/process-stats.js';

export interface ServerProcess {
  readonly base: string;
  readonly pid: number;
  stats(): Promise<ProcessStats>;
  /** POSTs a tree to /render; resolves with status, code (for errors) and wall time, never rejects on HTTP errors. */
  render(element: unknown, width: number, height: number, timeoutMs?: number): Promise<{ status: number; code: string | undefined; ms: number }>;
  stop(): void;
}

/** Starts test/chaos/fixtures/render-server.mjs (needs a build) and waits until it listens. */
export async function startServerProcess(env: Readonly<Record<string, string>> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [new URL('./fixtures/render-server.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const { port, pid } = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line) as { port: number; pid: number }));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
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
    stop: () => {
      if (child.exitCode === null) process.kill(pid, 'SIGKILL');
    },
  };
}
