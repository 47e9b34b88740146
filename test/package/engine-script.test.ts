// The engine script and its V8 code cache (dist/chunks/engine.cjs, src/runtime/engine-script.ts): a miss writes the cache after the first render, a hit uses it, corrupt, stale and refused files and unwritable directories still render the same bytes.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheDirectories, codeCacheName, codeCacheRuntime, readCodeCache, writeCodeCache } from '../../src/runtime/code-cache-file.js';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ogsmith-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh process renders the blog template and prints the PNG's hash, the loader's state at exit (after the cache is written) and whether the engine came from the script. */
const PROGRAM = `import { createHash } from 'node:crypto';
const { render } = await import(${JSON.stringify(`${root}dist/index.js`)});
const { builtinTemplates } = await import(${JSON.stringify(`${root}dist/bench/builtin-templates.js`)});
const { engineCodeCache } = await import(${JSON.stringify(`${root}dist/chunks/engine-loader.js`)});
const blog = builtinTemplates.find((t) => t.name === 'blog');
const png = await render(blog.render({ title: 'Code cache', description: 'After the first render', author: 'Ada Lovelace', date: 'Dec 7, 2026', theme: 'dark' }), { width: blog.width, height: blog.height });
const hash = createHash('sha256').update(png).digest('hex');
process.on('exit', () => console.log(JSON.stringify({ hash, status: engineCodeCache() ?? null })));`;

interface Run {
  readonly hash: string;
  readonly status: { readonly cache: string; readonly written?: string } | null;
}

function run(env: Record<string, string>): Run {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROGRAM], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Run;
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

describe('the engine script with its code cache (built package)', () => {
  const dir = join(work, 'cache');
  const miss = run({ OGSMITH_CODE_CACHE: dir });
  const hit = run({ OGSMITH_CODE_CACHE: dir });
  const reference = run({ OGSMITH_ENGINE_SCRIPT: '0' });

  it('misses in an empty directory and writes the cache once the first render is done', () => {
    expect(miss.status?.cache).toBe('miss');
    expect(miss.status?.written).toBe(join(dir, cacheFiles(dir)[0]!));
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it('uses the cache in the next process, without writing it again, and renders the same bytes as the ES module build', () => {
    expect(hit.status).toEqual({ script: join(root, 'dist/chunks/engine.cjs'), cache: 'hit' });
    expect(reference.status).toBeNull();
    expect(hit.hash).toBe(miss.hash);
    expect(reference.hash).toBe(miss.hash);
  });

  it('runs ogsmith/server from its own script on the engine script\'s modules (one copy of each), and caches both scripts', () => {
    const program = `const lib = await import(${JSON.stringify(`${root}dist/index.js`)});
const server = await import(${JSON.stringify(`${root}dist/server/index.js`)});
const { engineCodeCache } = await import(${JSON.stringify(`${root}dist/chunks/engine-loader.js`)});
process.on('exit', () => console.log(JSON.stringify({ shared: lib.defineTemplate === server.defineTemplate && lib.canonicalQuery === server.canonicalQuery, caches: [engineCodeCache('engine')?.cache, engineCodeCache('server')?.cache] })));`;
    const serverDir = join(work, 'server');
    const once = () => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, OGSMITH_CODE_CACHE: serverDir } });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as unknown;
    };
    expect(once()).toEqual({ shared: true, caches: ['miss', 'miss'] });
    expect(once()).toEqual({ shared: true, caches: ['hit', 'hit'] });
    expect(readdirSync(serverDir).map((name) => name.split('-')[0]).sort()).toEqual(['engine', 'server']);
  });

  it('ignores a corrupt cache file (its CRC-32 fails), renders, and writes a sound one', () => {
    const file = join(dir, cacheFiles(dir)[0]!);
    const bytes = readFileSync(file);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(file, bytes);
    const corrupt = run({ OGSMITH_CODE_CACHE: dir });
    expect(corrupt).toEqual({ hash: miss.hash, status: expect.objectContaining({ cache: 'miss', written: file }) });
    expect(run({ OGSMITH_CODE_CACHE: dir }).status?.cache).toBe('hit');
  });

  it('renders when V8 refuses a sound file made for other code (its cache kept under this script\'s name), and replaces it', () => {
    const file = join(dir, cacheFiles(dir)[0]!);
    writeCodeCache([dir], cacheFiles(dir)[0]!, Buffer.from('not a V8 code cache, but the right length and CRC-32'));
    const refused = run({ OGSMITH_CODE_CACHE: dir });
    expect(refused).toEqual({ hash: miss.hash, status: expect.objectContaining({ cache: 'rejected', written: file }) });
    expect(run({ OGSMITH_CODE_CACHE: dir }).status?.cache).toBe('hit');
  });

  it('keeps one whole cache when two processes miss and write at the same time, and the next process uses it', async () => {
    const shared = join(work, 'together');
    const both = await Promise.all([0, 1].map(() => promisify(execFile)(process.execPath, ['--input-type=module', '-e', PROGRAM], { cwd: root, env: { ...process.env, OGSMITH_CODE_CACHE: shared } })));
    const runs = both.map(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop()!) as Run);
    // Both start before either has written (a process writes at its end), so both normally miss; a slow start may already hit.
    for (const r of runs) expect([r.hash, ['miss', 'hit'].includes(r.status?.cache ?? '')]).toEqual([miss.hash, true]);
    expect(readdirSync(shared)).toEqual(cacheFiles(shared));
    expect(cacheFiles(shared)).toHaveLength(1);
    expect(run({ OGSMITH_CODE_CACHE: shared }).status?.cache).toBe('hit');
  });

  it('renders where no directory can be written (a read-only file system), and with the cache off', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    const unwritable = run({ OGSMITH_CODE_CACHE: join(blocker, 'cache') });
    expect(unwritable).toEqual({ hash: miss.hash, status: { script: join(root, 'dist/chunks/engine.cjs'), cache: 'miss' } });
    expect(run({ OGSMITH_CODE_CACHE: '0' })).toEqual({ hash: miss.hash, status: { script: join(root, 'dist/chunks/engine.cjs'), cache: 'off' } });
  });
});

describe('the engine scripts for bundlers (Next.js webpack and Turbopack)', () => {
  it('import packages from the loader at run time, with the bundlers\' ignore comments, and keep their own import() of packages out of sight', () => {
    const loader = readFileSync(join(root, 'dist/chunks/engine-loader.js'), 'utf8');
    const imports = [...loader.matchAll(/import\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const call of imports) expect(call).toMatch(/webpackIgnore: true \*\/\s*\/\* turbopackIgnore: true/);
    for (const script of ['engine.cjs', 'server.cjs']) expect(readFileSync(join(root, 'dist/chunks', script), 'utf8')).not.toMatch(/(?<![\w$.])import\(\s*["'`]/);
  });
});

describe('code cache files', () => {
  const script = Buffer.from('(function () { return 1; })');
  const name = codeCacheName(script);

  it('are named by the script\'s content (not only its length, which is all V8 checks), Node\'s version, the architecture and V8\'s flags', () => {
    const same = Buffer.from(script);
    const edited = Buffer.from(script.toString().replace('1', '2'));
    expect(codeCacheName(same)).toBe(name);
    expect(codeCacheName(edited)).not.toBe(name);
    expect(name).toContain(process.version);
    expect(name).toContain(process.arch);
    expect(codeCacheRuntime([], '')).toBe(`0-${process.version}-${process.arch}`);
    expect(codeCacheRuntime(['--input-type=module', '--enable-source-maps'], '--require x')).toBe(`0-${process.version}-${process.arch}`);
    const heapLimited = codeCacheRuntime(['--max-old-space-size=512', '--max-semi-space-size=1'], '');
    expect(heapLimited).not.toBe(`0-${process.version}-${process.arch}`);
    expect(codeCacheRuntime([], '--max-old-space-size=512 --max-semi-space-size=1')).toBe(heapLimited);
  });

  it('read back what was written, and nothing from a truncated, altered or missing file', () => {
    const dir = join(work, 'files');
    const payload = Buffer.from('v8 bytes '.repeat(100));
    expect(writeCodeCache([dir], name, payload)).toBe(join(dir, name));
    expect(readCodeCache([dir], name)).toEqual(payload);
    const whole = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), whole.subarray(0, whole.length - 1));
    expect(readCodeCache([dir], name)).toBeUndefined();
    const altered = Buffer.from(whole);
    altered[20] = altered[20]! ^ 1;
    writeFileSync(join(dir, name), altered);
    expect(readCodeCache([dir], name)).toBeUndefined();
    expect(readCodeCache([dir], 'engine-missing.v8cache')).toBeUndefined();
  });

  it('go to the next directory when one cannot be written, and leave no temporary file behind', () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, '');
    const second = join(work, 'second');
    expect(writeCodeCache([join(blocker, 'sub'), second], name, Buffer.from('x'))).toBe(join(second, name));
    expect(writeCodeCache([join(blocker, 'sub')], name, Buffer.from('x'))).toBeUndefined();
    expect(readdirSync(second)).toEqual([name]);
    expect(readCodeCache([join(blocker, 'sub'), second], name)).toEqual(Buffer.from('x'));
  });

  it('replace the same script\'s caches of earlier contents for this runtime, and keep other scripts\', other Node versions\' and other files', () => {
    const dir = join(work, 'stale');
    const older = codeCacheName(Buffer.from('(function () { return 0; })'));
    const otherNode = older.replace(process.version, 'v0.0.0');
    writeCodeCache([dir], older, Buffer.from('old'));
    writeCodeCache([dir], otherNode, Buffer.from('other node'));
    const otherScript = codeCacheName(Buffer.from('(function () { return 0; })'), 'server');
    writeCodeCache([dir], otherScript, Buffer.from('another script'));
    writeFileSync(join(dir, 'notes.txt'), '');
    writeCodeCache([dir], name, Buffer.from('new'));
    expect(readdirSync(dir).sort()).toEqual([name, otherNode, otherScript, 'notes.txt'].sort());
  });

  it('live in OGSMITH_CODE_CACHE, else the node_modules/.cache of the app that installed ogsmith and the OS temp directory; 0 is off', () => {
    expect(codeCacheDirectories('/app/node_modules/ogsmith/dist/chunks/engine.cjs', { OGSMITH_CODE_CACHE: '/c' })).toEqual(['/c']);
    expect(codeCacheDirectories('/app/node_modules/ogsmith/dist/chunks/engine.cjs', { OGSMITH_CODE_CACHE: '0' })).toEqual([]);
    const [own, temp] = codeCacheDirectories('/app/node_modules/ogsmith/dist/chunks/engine.cjs', {});
    expect(own).toBe('/app/node_modules/.cache/ogsmith');
    expect(temp).toMatch(new RegExp(`^${tmpdir()}/ogsmith-code-cache`));
    expect(codeCacheDirectories('/src/ogsmith/dist/chunks/engine.cjs', {})[0]).toBe('/src/ogsmith/node_modules/.cache/ogsmith');
  });
});
