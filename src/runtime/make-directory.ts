// Directories made one level at a time: Node's recursive mkdir never returns on some pseudo file systems (under /proc, a missing child answers ENOENT and libuv retries its parent for ever).
import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The missing directories on the way to `path`, outermost first (stops at the first that exists). */
function missingFrom(path: string, exists: (at: string) => boolean): string[] {
  const missing: string[] = [];
  for (let at = resolve(path); !exists(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  return missing;
}

const alreadyThere = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EEXIST';

/** The error mkdir gives for a path that is there but not a directory. */
function notDirectory(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', path, syscall: 'mkdir' });
}

/** mkdir -p without `recursive`: each missing level made on its own, so a level the file system refuses fails at once (ENOENT, EACCES, ENOTDIR…). */
export function makeDirectorySync(path: string, mode?: number): void {
  for (const level of missingFrom(path, (at) => statSync(at, { throwIfNoEntry: false }) !== undefined)) {
    try {
      mkdirSync(level, mode === undefined ? undefined : { mode });
    } catch (error) {
      if (!alreadyThere(error)) throw error;
    }
  }
  if (!statSync(path).isDirectory()) throw notDirectory(path);
}

/** makeDirectorySync's asynchronous twin. */
export async function makeDirectory(path: string, mode?: number): Promise<void> {
  const present = new Set<string>();
  for (let at = resolve(path); ; at = dirname(at)) {
    if (await stat(at).then(() => true, () => false)) {
      present.add(at);
      break;
    }
    if (dirname(at) === at) break;
  }
  for (const level of missingFrom(path, (at) => present.has(at))) {
    try {
      await mkdir(level, mode === undefined ? undefined : { mode });
    } catch (error) {
      if (!alreadyThere(error)) throw error;
    }
  }
  if (!(await stat(path)).isDirectory()) throw notDirectory(path);
}
