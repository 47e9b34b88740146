// Test helpers: a sample site of Markdown pages in a temp folder, and the built CLI run as a subprocess.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/main.js ...args` in `cwd` (CI=1, so plain lines, no progress bar). */
export function runCli(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: '1', ...env }, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
    });
  });
}

export function postMarkdown(i: number, extra = ''): string {
  return `---\ntitle: "Post ${i}: shipping images at build time"\ndescription: "What changed in part ${i} of the series."\nauthor: Ada Lovelace\ndate: 2026-11-${String((i % 28) + 1).padStart(2, '0')}\ntags: [css, og]\n${extra}---\n\nBody of post ${i}.\n`;
}

/** A site of `count` posts under content/posts and an ogsmith.config.json writing to out/og. */
export async function makeSite(count: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ogsmith-site-'));
  await mkdir(join(root, 'content', 'posts'), { recursive: true });
  await Promise.all(Array.from({ length: count }, (_, i) => writeFile(join(root, 'content', 'posts', `post-${i + 1}.md`), postMarkdown(i + 1))));
  const config = { content: { dir: 'content', params: { theme: 'dark' } }, outDir: 'out/og', meta: { baseUrl: 'https://example.com' } };
  await writeFile(join(root, 'ogsmith.config.json'), JSON.stringify(config));
  return root;
}

/** Every file below `dir` with its modification time (ns) — to prove a build wrote nothing. */
export async function snapshot(dir: string): Promise<ReadonlyMap<string, bigint>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, bigint>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), (await stat(path, { bigint: true })).mtimeNs);
  }
  return files;
}

/** The summary a `build --json` printed. */
export interface JsonSummary {
  readonly mode: string;
  readonly pages: number;
  readonly rendered: number;
  readonly skipped: number;
  readonly failed: readonly { readonly slug: string | null; readonly source: string; readonly code: string; readonly message: string }[];
  readonly removed: readonly string[];
  readonly kept: readonly string[];
  readonly stale: readonly string[];
  readonly filesChanged: number;
}

export function summaryOf(run: CliRun): JsonSummary {
  return JSON.parse(run.stdout) as JsonSummary;
}
