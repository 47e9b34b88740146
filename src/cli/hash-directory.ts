// A short hash of every file below a folder (relative names and bytes, in sorted order).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Source maps and declaration files are left out: they do not change what runs. */
export async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !/\.(map|d\.ts)$/.test(entry.name));
  const paths = entries.map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const path of paths) hash.update(`${path.slice(dir.length)}\0`).update(await readFile(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

