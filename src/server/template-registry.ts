// The templates a server knows: built-ins, ones passed in code, and a user directory (re-read on change in dev).
import { watch, type FSWatcher } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toTemplate, type Template } from '../templates/define.js';

const MODULE = /\.(mjs|js)$/;

export class TemplateRegistry {
  private templates = new Map<string, Template>();
  private watcher: FSWatcher | undefined;
  private readonly base: readonly Template[];

  constructor(base: readonly Template[]) {
    this.base = base;
    for (const template of base) this.templates.set(template.name, template);
  }

  get(name: string): Template | undefined {
    return this.templates.get(name);
  }

  list(): readonly Template[] {
    return [...this.templates.values()];
  }

  /** Loads every .js/.mjs module of `directory` (default export: a template definition); later names replace earlier ones. */
  async loadDirectory(directory: string, bust = false): Promise<readonly string[]> {
    const dir = resolve(directory);
    const files = (await readdir(dir)).filter((file) => MODULE.test(file)).sort();
    const next = new Map(this.base.map((t) => [t.name, t] as const));
    for (const file of files) {
      const url = `${pathToFileURL(join(dir, file)).href}${bust ? `?reload=${Date.now()}` : ''}`;
      const module = (await import(url)) as { default?: unknown };
      const template = toTemplate(module.default, join(dir, file));
      // The file's hash joins the version, so an edited template gets new ETags (and cache keys) at once.
      const hash = createHash('sha256').update(await readFile(join(dir, file))).digest('hex').slice(0, 12);
      next.set(template.name, { ...template, version: `${template.version}+${hash}` });
    }
    this.templates = next;
    return files;
  }

  /** Re-reads the directory whenever a file in it changes (development); errors go to `onError` and keep the old set. */
  watch(directory: string, onReload: (files: readonly string[]) => void, onError: (error: unknown) => void): void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(resolve(directory), () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.loadDirectory(directory, true).then(onReload, onError), 100);
    });
  }

  close(): void {
    this.watcher?.close();
  }
}
