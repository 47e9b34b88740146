// The templates a build can use (built-ins plus a user folder) and a hash of each one's source for the page hashes.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { TemplateRegistry } from '../server/template-registry.js';
import { builtinTemplates } from '../templates/index.js';
import type { Template } from '../templates/define.js';

export interface TemplateSet {
  get(name: string): Template | undefined;
  names(): readonly string[];
  /** Changes whenever the template's code may have changed: its version and a hash of its folder's files. */
  sourceHash(name: string): string;
}

/** A hash of every file below `dir` (names and bytes, sorted), so edits to a helper module count too. */
export async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !/\.(map|d\.ts)$/.test(entry.name));
  const paths = entries.map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const path of paths) hash.update(`${path.slice(dir.length)}\0`).update(await readFile(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Loads the built-ins and, when given, every .js/.mjs module of `dir` (a later name replaces a built-in). */
export async function loadTemplateSet(dir: string | undefined): Promise<TemplateSet> {
  const registry = new TemplateRegistry(builtinTemplates);
  const builtinHash = await hashDirectory(fileURLToPath(new URL('../templates/', import.meta.url)));
  let userHash = '';
  const user = new Set<string>();
  if (dir !== undefined) {
    const before = new Map(registry.list().map((t) => [t.name, t] as const));
    try {
      await registry.loadDirectory(dir);
    } catch (error) {
      throw new OgsmithError('INVALID_CONFIG', `Templates folder ${quote(dir)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    for (const template of registry.list()) if (before.get(template.name) !== template) user.add(template.name);
    userHash = await hashDirectory(dir);
  }
  return {
    get: (name) => registry.get(name),
    names: () => registry.list().map((t) => t.name),
    sourceHash: (name) => `${registry.get(name)?.version ?? ''}:${user.has(name) ? `user:${userHash}` : `builtin:${builtinHash}`}`,
  };
}
