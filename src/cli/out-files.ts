// Writes and removes files in the output folder: atomic writes, write-only-if-different, empty folders pruned.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { makeDirectory } from '../runtime/make-directory.js';

/** The temporary files of writeAtomic; ones left by an interrupted build are removed by the next. */
export const TEMPORARY_FILE = /\.[0-9a-f]{8}\.tmp$/;

/** Writes through a temporary file and a rename, so a reader never sees half an image. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await makeDirectory(dirname(path));
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes `text` unless the file already holds exactly it; true when it wrote. */
export async function writeIfChanged(path: string, text: string, current?: string): Promise<boolean> {
  const before = current ?? (await readFile(path, 'utf8').catch(() => undefined));
  if (before === text) return false;
  await writeAtomic(path, text);
  return true;
}

/** Every file below `root` as a `/`-separated relative path (one directory walk instead of a stat per page). */
export async function listFiles(root: string): Promise<ReadonlySet<string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')));
}

/** Removes a file of the output folder and the folders it leaves empty (never `root` itself). */
export async function removeOutput(root: string, file: string): Promise<void> {
  const path = join(root, file);
  await rm(path, { force: true });
  for (let dir = dirname(path); relative(root, dir) !== '' && !relative(root, dir).startsWith('..'); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
}
