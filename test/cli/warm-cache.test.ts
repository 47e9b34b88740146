// `ogsmith warm-cache` (src/cli/warm-cache.ts, built package): the engine's and ogsmith/server's code caches, and the render processes', are written where asked, and the next process reads them; bad flags are coded errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { warmCache } from '../../src/cli/warm-cache.js';
import { codeCacheRuntime } from '../../src/runtime/code-cache-file.js';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ogsmith-warm-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh process loads ogsmith and ogsmith/server and prints what the loader did with each script. */
const PROGRAM = `await import(${JSON.stringify(`${root}dist/index.js`)});
await import(${JSON.stringify(`${root}dist/server/index.js`)});
const { engineCodeCache } = await import(${JSON.stringify(`${root}dist/chunks/engine-loader.js`)});
console.log(JSON.stringify([engineCodeCache('engine')?.cache, engineCodeCache('server')?.cache]));`;

function cacheStates(dir: string): unknown {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROGRAM], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, OGSMITH_CODE_CACHE: dir } });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

describe('ogsmith warm-cache', () => {
  it('writes the caches a later process then reads (library and ogsmith/server)', async () => {
    const dir = join(work, 'deploy', 'cache');
    expect(cacheStates(join(work, 'empty'))).toEqual(['miss', 'miss']);
    const result = await warmCache({ dir, template: 'quote', nodeOptions: [] });
    expect(result.directory).toBe(dir);
    expect(result.runtime).toBe(codeCacheRuntime([]));
    expect(result.files.map((file) => file.name.replace(/-[0-9a-f]{8}-[0-9a-z]+-/, '-*-'))).toEqual([`engine-*-${result.runtime}.v8cache`, `server-*-${result.runtime}.v8cache`]);
    for (const file of result.files) expect(file.bytes).toBeGreaterThan(100_000);
    expect(cacheStates(dir)).toEqual(['hit', 'hit']);
  }, 120_000);

  it('with --render-processes, also the cache of the render processes, whose heap flags give it another key', async () => {
    const dir = join(work, 'pool');
    const result = await warmCache({ dir, renderProcesses: true, nodeOptions: [] });
    const engine = result.files.filter((file) => file.name.startsWith('engine-'));
    expect(engine).toHaveLength(2);
    expect(engine.filter((file) => file.name.endsWith(`-${result.runtime}.v8cache`))).toHaveLength(1);
  }, 120_000);

  it('refuses an unknown template and a directory it cannot write, naming them', async () => {
    await expect(warmCache({ dir: join(work, 'x'), template: 'nope' })).rejects.toMatchObject({ code: 'INVALID_CONFIG', message: expect.stringContaining('--template "nope"') });
    if (process.platform === 'linux') await expect(warmCache({ dir: '/proc/ogsmith-no-such' })).rejects.toMatchObject({ code: 'INVALID_CONFIG', message: expect.stringContaining('--dir "/proc/ogsmith-no-such"') });
  });
});
