// The templates a build can use (built-ins plus a user folder) and a hash of each one's source for the page hashes.
import { fileURLToPath } from 'node:url';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { TemplateRegistry } from '../server/template-registry.js';
import { builtinTemplates } from '../templates/index.js';
import type { Template } from '../templates/define.js';
import { hashDirectory } from './hash-directory.js';

export interface TemplateSet {
  get(name: string): Template | undefined;
  names(): readonly string[];
  /** Changes whenever the template's code may have changed: its version and a hash of its folder's files. */
  sourceHash(name: string): string;
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
