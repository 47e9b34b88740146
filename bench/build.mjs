// Build benchmark: `ogsmith build` (the built CLI, as a subprocess) on a 1,000-page Markdown site — full build, no-change rebuild, one edit.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

const post = (i, title = `Post ${i}: notes on layout, fonts and caching`) =>
  `---\ntitle: "${title}"\ndescription: "Part ${i} of a long series about rendering Open Graph images at build time."\nauthor: Ada Lovelace\ndate: 2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}\ntags: [css, og]\n---\n\nBody ${i}.\n`;

function runBuild(root) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, 'build', '--json'], { cwd: root, env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const ms = performance.now() - started;
      if (error && !stdout) return reject(new Error(`ogsmith build failed: ${stderr}`));
      resolve({ ms, summary: JSON.parse(stdout) });
    });
  });
}

const root = await mkdtemp(join(tmpdir(), 'ogsmith-bench-build-'));
try {
  await mkdir(join(root, 'content', 'posts'), { recursive: true });
  await Promise.all(Array.from({ length: PAGES }, (_, i) => writeFile(join(root, 'content', 'posts', `post-${i + 1}.md`), post(i + 1))));
  await writeFile(join(root, 'ogsmith.config.json'), JSON.stringify({ content: { dir: 'content', params: { theme: 'dark' } }, outDir: 'out/og', meta: { baseUrl: 'https://example.com' } }));

  const rows = [];
  const row = (scenario, { ms, summary }) => {
    if (summary.failed.length > 0) throw new Error(`${scenario}: ${summary.failed.length} pages failed: ${summary.failed[0].message}`);
    rows.push({ scenario, 'wall time': `${(ms / 1000).toFixed(2)} s`, rendered: summary.rendered, skipped: summary.skipped, 'build CPU': `${(summary.cpuMs / 1000).toFixed(2)} s`, 'per rendered page': summary.rendered > 0 ? `${(ms / summary.rendered).toFixed(1)} ms wall, ${(summary.cpuMs / summary.rendered).toFixed(1)} ms CPU` : '–', 'files written': summary.filesChanged });
  };
  row(`first build, ${PAGES} pages`, await runBuild(root));
  row('no-change rebuild', await runBuild(root));
  await writeFile(join(root, 'content', 'posts', 'post-500.md'), post(500, 'An edited title'));
  row('one page edited', await runBuild(root));
  row('no-change rebuild again', await runBuild(root));

  console.log(`ogsmith build, ${PAGES} Markdown pages (blog template, 1200×630 PNG), ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
  console.log('wall time includes Node start-up; build CPU is the process (main thread and workers) from config read to summary.');
  console.table(rows);
  const noChange = rows[1];
  console.log(`no-change rebuild: ${noChange['wall time']} (target under 2 s)`);
} finally {
  await rm(root, { recursive: true, force: true });
}
