// Directories made one level at a time (src/runtime/make-directory.ts): nested levels, existing ones, and refusals that end at once where Node's recursive mkdir never returns.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirectory, makeDirectorySync } from '../../src/runtime/make-directory.js';

const work = mkdtempSync(join(tmpdir(), 'ogsmith-mkdir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([
  ['makeDirectorySync', async (path: string, mode?: number) => makeDirectorySync(path, mode)],
  ['makeDirectory', makeDirectory],
] as const)('%s', (name, make) => {
  it('makes every missing level, with the mode, and accepts one that exists', async () => {
    const deep = join(work, name, 'a', 'b', 'c');
    await make(deep, 0o700);
    expect(statSync(deep).isDirectory()).toBe(true);
    if (process.platform !== 'win32') expect(statSync(join(work, name, 'a')).mode & 0o777).toBe(0o700);
    await expect(make(deep)).resolves.toBeUndefined();
  });

  it('fails on a file in the way', async () => {
    const file = join(work, `${name}-file`);
    writeFileSync(file, 'x');
    await expect(make(join(file, 'below'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(make(file)).rejects.toBeTruthy();
  });

  it.runIf(process.platform === 'linux')('fails at once under /proc, where recursive mkdir never returns', async () => {
    await expect(make('/proc/ogsmith-no-such/cache')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync('/proc/ogsmith-no-such')).toBe(false);
  });
});
