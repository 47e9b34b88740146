// Reads the pages of a Markdown/MDX folder: slug from the path (or `slug:`), template parameters from the front matter.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import fg from 'fast-glob';
import matter from 'gray-matter';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { checkSlug, pageError, type PageRead, type PageSpec, type ParamNames } from './page.js';
import type { PagesSource } from './config.js';
import { displayDate } from './display-date.js';

type ContentSource = Extract<PagesSource, { kind: 'content' }>;

/** Front matter fields passed to the template when it has a parameter of that name (after `fields` renames). */
export const STANDARD_FIELDS: readonly string[] = ['title', 'description', 'date', 'author', 'tags', 'image'];

/** The slug of a content file: its path under the folder without extension, `/index` dropped, `\` as `/`. */
export function slugFromPath(path: string): string {
  const plain = path.split(sep).join('/').replace(/\.(md|mdx|markdown)$/i, '');
  return plain === 'index' ? 'index' : plain.replace(/\/index$/, '');
}

function asRecord(value: unknown, field: string, where: string): Readonly<Record<string, unknown>> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new OgsmithError('INVALID_PAGE', `${where}: front matter ${field} must be a mapping, got ${quote(value)}`);
  return value as Record<string, unknown>;
}

function pageFromMatter(data: Readonly<Record<string, unknown>>, slug: string, where: string, source: ContentSource, paramNames: ParamNames): PageSpec | undefined {
  if (data.draft === true || data.og === false) return undefined;
  const og = asRecord(data.og, 'og', where);
  if (og.template !== undefined && typeof og.template !== 'string') throw new OgsmithError('INVALID_PAGE', `${where}: front matter og.template must be a template name, got ${quote(og.template)}`);
  if (og.alt !== undefined && typeof og.alt !== 'string') throw new OgsmithError('INVALID_PAGE', `${where}: front matter og.alt must be text, got ${quote(og.alt)}`);
  const template = og.template ?? source.template;
  const takes = paramNames(template);
  const params: Record<string, unknown> = {};
  const offer = (name: string, value: unknown): void => {
    if (value !== undefined && value !== null && (takes === undefined || takes.has(name))) params[name] = value;
  };
  for (const [name, value] of Object.entries(source.params)) offer(name, value);
  for (const field of STANDARD_FIELDS) offer(source.fields[field] ?? field, field === 'date' ? displayDate(data[field]) : data[field]);
  Object.assign(params, asRecord(og.params, 'og.params', where));
  const title = typeof data.title === 'string' ? data.title : undefined;
  return { slug, source: where, template, params, alt: og.alt ?? title, width: undefined, height: undefined };
}

/** Every Markdown/MDX file of the folder (sorted), drafts and `og: false` pages left out. */
export async function readContentPages(source: ContentSource, paramNames: ParamNames, cwd: string): Promise<readonly PageRead[]> {
  const files = (await fg('**/*.{md,mdx,markdown}', { cwd: source.dir, ignore: ['**/node_modules/**'], onlyFiles: true })).sort();
  if (files.length === 0) throw new OgsmithError('INVALID_CONFIG', `Content folder ${quote(source.dir)} has no .md, .mdx or .markdown files`);
  const reads = await Promise.all(files.map(async (file): Promise<PageRead | undefined> => {
    const path = `${source.dir}${sep}${file.split('/').join(sep)}`;
    const where = relative(cwd, path) || path;
    let slug: string | undefined = slugFromPath(file);
    try {
      const { data } = matter(await readFile(path, 'utf8'));
      if (data.slug !== undefined) slug = typeof data.slug === 'string' ? data.slug : String(data.slug);
      const page = pageFromMatter(data, checkSlug(slug, where), where, source, paramNames);
      return page ? { kind: 'page', page } : undefined;
    } catch (error) {
      return { kind: 'invalid', source: where, slug, error: pageError(error, where) };
    }
  }));
  return reads.filter((read): read is PageRead => read !== undefined);
}
