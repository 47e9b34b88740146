// CPU per render of the built-in cards (their samples) at 1200x630 as is, scaled to 400x210 and 2400x1260, and laid out square: `node bench/template-sizes.mjs [dist]` after npm run build.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = pathToFileURL(resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)))).href;
const { render } = await import(dist + '/index.js');
const { builtinTemplates } = await import(dist + '/templates/index.js');
const { callTemplate } = await import(dist + '/templates/define.js');
const { templateSizing } = await import(dist + '/templates/frame-size.js');
const { samples } = await import(dist + '/templates/samples.js');
const N = 20;
for (const [w, h] of [[1200, 630], [400, 210], [2400, 1260], [1200, 1200]]) {
  const row = [];
  for (const t of builtinTemplates.filter((t) => t.name !== 'url')) {
    const sizing = templateSizing(t, { width: w, height: h });
    const el = callTemplate(t, samples[t.name], sizing);
    for (let i = 0; i < 3; i++) await render(el, { width: w, height: h });
    const cpus = [];
    for (let i = 0; i < N; i++) { const c = process.cpuUsage(); await render(el, { width: w, height: h }); const d = process.cpuUsage(c); cpus.push((d.user + d.system) / 1000); }
    cpus.sort((a, b) => a - b);
    row.push(`${t.name} ${cpus[N >> 1].toFixed(1)}`);
  }
  console.log(`${w}x${h}: ${row.join(', ')} ms CPU (median of ${N})`);
}
