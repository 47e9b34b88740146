// The built image server (dist/main.js, as `npm start` runs it) as a child process on loopback, with its log and /metrics at hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  /** e.g. http://127.0.0.1:41234 */
  readonly base: string;
  /** Everything it has logged (pino JSON lines). */
  log(): string;
  /** The sum of a metric's samples that carry these labels (0 when none), e.g. `ogsmith_shared_cache_state`, `{ tier: 'redis' }`. */
  metric(name: string, labels: Readonly<Record<string, string>>): Promise<number>;
  /** SIGTERM, then SIGKILL after 10 s; waits for the exit. */
  stop(): Promise<void>;
}

const MAIN = new URL('../../dist/main.js', import.meta.url).pathname;

/** Starts the server with these extra environment variables and waits (at most `withinMs`) until it listens. */
export async function startServerProcess(env: Readonly<Record<string, string>>, withinMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN, '--host', '127.0.0.1', '--port', '0'], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server did not start');
  const exited = once(child, 'exit');
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const started = Date.now();
  let base: string | undefined;
  while (!base && Date.now() - started < withinMs && child.exitCode === null) {
    base = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1];
    if (!base) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!base) {
    await stop();
    throw new Error(`the server did not listen within ${withinMs} ms; its log:\n${log}`);
  }
  const address = base;
  return {
    base: address,
    log: () => log,
    async metric(name, labels) {
      const text = await (await fetch(`${address}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
      const pairs = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
      const samples = text.split('\n').filter((line) => line.startsWith(`${name}{`) && pairs.every((pair) => line.includes(pair)));
      return samples.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    },
    stop,
  };
}
