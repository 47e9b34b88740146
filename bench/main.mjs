// npm run bench: templates per stage, pool, cold start, peers (takumi, satori + resvg) and the memory soak; --http, --build, --memory, --layout, --edge pick one part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench } from '../dist/bench/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);

/** Runs another benchmark script of this folder with the remaining arguments, passing its exit code on (TypeScript ones through tsx). */
function script(name, args) {
  const file = join(here, name);
  if (!existsSync(file)) {
    console.error(`npm run bench: ${name} is missing`);
    process.exit(2);
  }
  const loader = name.endsWith('.ts') ? ['--import', 'tsx'] : [];
  process.exit(spawnSync(process.execPath, [...loader, file, ...args], { stdio: 'inherit' }).status ?? 1);
}

const without = (flag) => argv.filter((a) => a !== flag);
const httpAt = argv.indexOf('--http');
// --http alone: the self-contained server benchmark (starts a server, compares with a plain route);
// --http URL: drive a running server (ogsmith bench --http URL).
if (httpAt >= 0 && !/^https?:/.test(argv[httpAt + 1] ?? '')) script('http.mjs', without('--http'));
if (argv.includes('--build')) script('build.mjs', without('--build'));
if (argv.includes('--memory')) script('memory.mjs', without('--memory'));
if (argv.includes('--layout')) script('run.mjs', without('--layout'));
if (argv.includes('--edge')) script('edge.ts', without('--edge'));

const latest = join(here, '..', 'docs', 'bench');
mkdirSync(latest, { recursive: true });
const defaults = httpAt >= 0 ? [] : [...(argv.includes('--chart') ? [] : ['--chart', join(latest, 'latest.png')]), ...(argv.includes('--json') ? [] : ['--json', join(latest, 'latest.json')])];
const peers = httpAt >= 0 || argv.includes('--no-peers') ? undefined : async () => (await import('./peers.mjs')).runPeers();
const own = argv.filter((a) => a !== '--no-peers' && a !== '--no-memory');
const code = await runBench([...own, ...defaults], peers ? { peers } : {});
if (code !== 0 || httpAt >= 0 || argv.includes('--no-memory')) process.exit(code);
script('memory.mjs', []);
