// `ogsmith serve` as a subprocess: listens on the port given, answers /healthz, and exits 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CLI } from './site.js';

describe('ogsmith serve', () => {
  it('starts the image server and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1'], { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let log = '';
      const address = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          log += chunk.toString('utf8');
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${log}`)));
      });
      const health = await fetch(`${address}/healthz`);
      expect(health.status).toBe(200);
      const image = await fetch(`${address}/og/blog.png?title=From%20ogsmith%20serve`);
      expect(image.headers.get('content-type')).toBe('image/png');
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
