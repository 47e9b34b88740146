// `npm run bench`: layout, peers and memory benches in turn; `npm run bench -- --http` runs the HTTP server bench instead.
import { spawnSync } from 'node:child_process';

const scripts = process.argv.includes('--http') ? ['http.mjs'] : ['run.mjs', 'peers.mjs', 'memory.mjs'];
for (const script of scripts) {
  const { status } = spawnSync(process.execPath, [new URL(`./${script}`, import.meta.url).pathname, ...process.argv.slice(2).filter((a) => a !== '--http')], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
