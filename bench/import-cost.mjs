// Import cost per module: each specifier imported in fresh Node processes; median CPU (user + system, all threads) and wall of the import alone, less an empty import's.
// node bench/import-cost.mjs [--runs 5] [--node /path/to/node] [specifier ...]   (default: ogsmith's entries and its heaviest dependencies)
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' }, node: { type: 'string' } }, allowPositionals: true });
const DEFAULTS = ['./dist/index.js', './dist/bench/builtin-templates.js', './dist/server/index.js', '@napi-rs/canvas', 'harfbuzzjs', 'fastify', 'piscina', 'tinypool', '@sinclair/typebox', 'parse5', 'saxes', 'image-size', 'unicode-properties', 'culori/require'];
const specifiers = positionals.length > 0 ? positionals : DEFAULTS;
const node = values.node ?? process.execPath;
const runs = Number(values.runs);
const root = new URL('..', import.meta.url).pathname;

/** The child: time one import() with process.cpuUsage() (all threads) and performance.now(). */
const program = (specifier) => `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(specifier)}); const d = process.cpuUsage(c); console.log(JSON.stringify({ cpu: (d.user + d.system) / 1000, wall: performance.now() - t }));`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(specifier) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(node, ['--input-type=module', '-e', program(specifier)], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) return { error: run.stderr.trim().split('\n').slice(0, 2).join(' ') };
    samples.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  return { cpu: median(samples.map((s) => s.cpu)), wall: median(samples.map((s) => s.wall)) };
}

const base = measure('node:fs');
console.log(`import cost, median of ${runs} fresh processes, ${node === process.execPath ? process.version : node}, less an empty import (${base.cpu.toFixed(1)} ms CPU)`);
console.log('module'.padEnd(40), 'CPU ms'.padStart(8), 'wall ms'.padStart(8));
for (const specifier of specifiers) {
  const m = measure(specifier);
  console.log(specifier.padEnd(40), m.error ? `failed: ${m.error}` : `${(m.cpu - base.cpu).toFixed(1).padStart(8)} ${(m.wall - base.wall).toFixed(1).padStart(8)}`);
}
