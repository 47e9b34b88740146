// Interleaved A/B of two builds' render(): `node bench/dist-ab.mjs <dist A> <dist B> [rounds=3] [renders=30]` runs bench/dist-ab-child.mjs for each build in a fresh process, alternating, and prints per card the median over rounds of wall and CPU per render, and B/A ratios.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./dist-ab-child.mjs', import.meta.url));
const [a, b, roundsArg, rendersArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/dist-ab.mjs <dist A> <dist B> [rounds] [renders]');
const ROUNDS = Number(roundsArg ?? 3);
const RENDERS = rendersArg ?? '30';
const runs = { a: [], b: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const which of round % 2 ? ['b', 'a'] : ['a', 'b']) {
    runs[which].push(JSON.parse(execFileSync(process.execPath, [child, which === 'a' ? a : b, RENDERS], { timeout: 600_000, maxBuffer: 1e7 }).toString()));
  }
}
const median = (values) => values.sort((p, q) => p - q)[values.length >> 1];
const rows = {};
for (const card of Object.keys(runs.a[0])) {
  const [wallA, wallB] = [median(runs.a.map((r) => r[card].wall)), median(runs.b.map((r) => r[card].wall))];
  const [cpuA, cpuB] = [median(runs.a.map((r) => r[card].cpu)), median(runs.b.map((r) => r[card].cpu))];
  rows[card] = { 'A wall': +wallA.toFixed(2), 'B wall': +wallB.toFixed(2), 'B/A wall': +(wallB / wallA).toFixed(2), 'A cpu': +cpuA.toFixed(2), 'B cpu': +cpuB.toFixed(2), 'B/A cpu': +(cpuB / cpuA).toFixed(2) };
}
console.log(`A=${a} B=${b}, ${ROUNDS} rounds × ${RENDERS} renders, one process per round, node ${process.version}`);
console.table(rows);
