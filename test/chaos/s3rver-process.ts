// s3rver (an S3-compatible server) in its own process, so a test can kill, pause (SIGSTOP) and restart it on the same port and directory.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface S3Process {
  readonly port: number;
  signal(signal: NodeJS.Signals): void;
  /** Ends it (resuming it first if paused) and waits for its exit. */
  stop(): Promise<void>;
}

const SCRIPT = `
import S3rver from 's3rver';
const server = new S3rver({ address: '127.0.0.1', port: Number(process.env.S3_PORT), silent: true, directory: process.env.S3_DIR, configureBuckets: [{ name: 'og' }] });
const { port } = await server.run();
console.log('listening ' + port);
`;

/** Starts s3rver with bucket `og` on `port` (0: any free one) over `directory`; waits at most 15 s for it to listen. */
export async function startS3(directory: string, port = 0): Promise<S3Process> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: process.cwd(), env: { ...process.env, S3_PORT: String(port), S3_DIR: directory }, stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error('s3rver did not start');
  const exited = once(child, 'exit');
  const s3: Omit<S3Process, 'port'> = {
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
    },
    async stop() {
      s3.signal('SIGCONT');
      s3.signal('SIGKILL');
      await exited;
    },
  };
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const started = Date.now();
  while (Date.now() - started < 15_000 && child.exitCode === null) {
    const listening = /listening (\d+)/.exec(out)?.[1];
    if (listening) return { ...s3, port: Number(listening) };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await s3.stop();
  throw new Error(`s3rver did not listen: ${out}`);
}
