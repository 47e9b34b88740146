// Where a cold library PNG's CPU goes: process.cpuUsage() after Node's start, import('ogsmith'), the blog template, the first and a second render, in fresh processes; medians per node binary.
// node bench/cold-split.mjs [RUNS=8] [ROOT=.]   NODE_BINS=comma-separated node binaries (default: this node)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const params = { title: 'Rendering open graph images fast', description: 'Layout engine text fits', author: 'Ada Lovelace', date: 'Dec 6, 2026', theme: 'dark' };

/** Child: the CPU ms of each step, as one JSON line. */
async function child(root) {
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  const boot = cpu();
  const { render } = await import(`${root}/dist/index.js`);
  const imported = cpu();
  const { builtinTemplates } = await import(`${root}/dist/bench/builtin-templates.js`);
  const blog = builtinTemplates.find((t) => t.name === 'blog');
  const card = blog.render(params);
  const templated = cpu();
  await render(card, { width: blog.width, height: blog.height });
  const first = cpu();
  await render(card, { width: blog.width, height: blog.height });
  const second = cpu();
  console.log(JSON.stringify({ node: boot, import: imported - boot, template: templated - imported, 'first render': first - templated, 'second render': second - first, 'to first PNG': first }));
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else {
  const runs = Number(process.argv[2] ?? 8);
  const root = resolve(process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url)));
  const bins = (process.env.NODE_BINS ?? process.execPath).split(',');
  const rows = new Map(bins.map((bin) => [bin, []]));
  for (let i = 0; i < runs; i++) for (const bin of bins) {
    const run = spawnSync(bin, [self, '--child', root], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${bin}: ${run.stderr}`);
    rows.get(bin).push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`CPU ms, medians of ${runs} fresh processes (${root})`);
  console.table(Object.fromEntries([...rows].map(([bin, samples]) => [spawnSync(bin, ['-v'], { encoding: 'utf8' }).stdout.trim(), Object.fromEntries(Object.keys(samples[0]).map((k) => [k, Math.round(median(samples.map((s) => s[k])))]))])));
}
