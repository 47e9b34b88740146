// Cold start before/after, interleaved: the library (import + first PNG of blog) and the server (node dist/main.js → first PNG response) of package roots built side by side.
// node bench/cold-start-ab.mjs ROUNDS lib|server|both ROOT...   (each ROOT a built checkout; NODE_BIN picks the node binary; OGSMITH_COMPILE_CACHE passes through)
// The server's CPU is its processes' at the response (/proc, 10 ms ticks), also split: the server process itself (`own`) and its render processes.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
const [runs, what, ...roots] = process.argv.slice(2);
const node = process.env.NODE_BIN ?? process.execPath;
const params = { title: 'Rendering open graph images fast', description: 'Layout engine text fits', author: 'Ada Lovelace', date: 'Dec 6, 2026', theme: 'dark' };
const prog = (root) => `import { existsSync } from 'node:fs';
const { render } = await import('${root}/dist/index.js');
const { builtinTemplates } = await import(existsSync('${root}/dist/bench/builtin-templates.js') ? '${root}/dist/bench/builtin-templates.js' : '${root}/dist/templates/index.js');
const t = builtinTemplates.find((x) => x.name === 'blog');
const bytes = await render(t.render(${JSON.stringify(params)}), { width: t.width, height: t.height });
const c = process.cpuUsage(); process.stdout.write(JSON.stringify({ bytes: bytes.length, cpu: (c.user + c.system) / 1000 }) + '\\n');`;
function lib(root) {
  return new Promise((resolve, reject) => {
    const start = performance.now(); let out = ''; let s;
    const child = spawn(node, ['--input-type=module', '-e', prog(root)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => { out += d; if (!s && out.includes('\n')) { const j = JSON.parse(out); s = { wall: performance.now() - start, cpu: j.cpu, bytes: j.bytes }; } });
    child.on('close', (code) => (s ? resolve(s) : reject(new Error('lib failed ' + code))));
  });
}
function tree(pid) { const t = [pid]; for (let i = 0; i < t.length; i++) { try { for (const task of readdirSync(`/proc/${t[i]}/task`)) for (const c of readFileSync(`/proc/${t[i]}/task/${task}/children`, 'utf8').split(/\s+/)) if (c) t.push(Number(c)); } catch {} } return t; }
function cpuOf(pid, pids = tree(pid)) { let ticks = 0; for (const p of pids) { try { const st = readFileSync(`/proc/${p}/stat`, 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); ticks += Number(f[11]) + Number(f[12]); } catch {} } return ticks * 10; }
async function server(root) {
  const start = performance.now();
  const child = spawn(node, [`${root}/dist/main.js`, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', ...(process.env.OGSMITH_COMPILE_CACHE ? { OGSMITH_COMPILE_CACHE: process.env.OGSMITH_COMPILE_CACHE } : {}) } });
  const origin = await new Promise((resolve) => { let out = ''; child.stdout.on('data', (d) => { out += d; const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out); if (m) resolve(m[1]); }); });
  const res = await fetch(`${origin}/og/blog.png?${new URLSearchParams(params)}`);
  const body = new Uint8Array(await res.arrayBuffer());
  const s = { wall: performance.now() - start, cpu: cpuOf(child.pid), own: cpuOf(child.pid, [child.pid]), bytes: body.length, status: res.status };
  await new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); });
  return s;
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const res = {};
for (let i = 0; i < Number(runs); i++) for (const root of roots) for (const kind of what === 'both' ? ['lib', 'server'] : [what]) {
  const r = await (kind === 'lib' ? lib(root) : server(root)); (res[`${kind} ${root}`] ??= []).push(r);
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(34), `wall p50 ${med(v.map((x) => x.wall)).toFixed(0)} min ${Math.min(...v.map((x) => x.wall)).toFixed(0)}`, ` cpu p50 ${med(v.map((x) => x.cpu)).toFixed(0)} min ${Math.min(...v.map((x) => x.cpu)).toFixed(0)}`, v[0].own === undefined ? '' : ` (own p50 ${med(v.map((x) => x.own)).toFixed(0)}, render processes ${med(v.map((x) => x.cpu - x.own)).toFixed(0)})`, ` bytes ${v[0].bytes}${v[0].status ? ' status ' + v[0].status : ''}`);
