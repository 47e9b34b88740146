// A redis-server child process for tests: a free loopback port, no persistence, readiness by PING, signals and stop by its PID.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { freePort } from '../helpers/free-port.js';

export { freePort };

export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

/** True when a Redis on 127.0.0.1:port answers PING within 300 ms. */
export async function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(300, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  /** Sends a signal to this redis-server only (SIGKILL, SIGSTOP, SIGCONT). */
  signal(signal: NodeJS.Signals): void;
  /** Ends it (resuming it first if paused) and waits for its exit. */
  stop(): Promise<void>;
}

/** Starts redis-server on `port` (default: a free one) and waits until it answers, at most 10 s. */
export async function startRedis(port?: number): Promise<RedisProcess> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const pid = child.pid;
  if (pid === undefined) throw new Error('redis-server did not start');
  const exited = once(child, 'exit');
  const process: RedisProcess = {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) globalThis.process.kill(pid, signal);
    },
    async stop() {
      process.signal('SIGCONT');
      process.signal('SIGKILL');
      await exited;
    },
  };
  for (let i = 0; i < 200; i++) {
    if (await redisAnswers(chosen)) return process;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await process.stop();
  throw new Error(`redis-server did not answer on port ${chosen}`);
}
