// Reads the pages of a manifest file: a JSON or YAML list (or `{ pages: [...] }`) of `{ slug, template, params, alt? }`.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { checkSlug, pageError, type PageRead } from './page.js';
import { checkValue, PageSchema } from './schema.js';

function parseManifest(file: string, text: string): unknown {
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new OgsmithError('INVALID_CONFIG', `${file}: not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every entry of the manifest; a wrong entry is an `invalid` read, a wrong file throws INVALID_CONFIG. */
export async function readManifestPages(file: string): Promise<readonly PageRead[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new OgsmithError('INVALID_CONFIG', `Pages manifest ${quote(file)} could not be read: ${(error as Error).message}`);
  }
  const raw = parseManifest(file, text);
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null && Array.isArray((raw as { pages?: unknown }).pages) ? (raw as { pages: unknown[] }).pages : undefined;
  if (!list) throw new OgsmithError('INVALID_CONFIG', `${file}: must be a list of pages (or { "pages": [...] }), got ${quote(raw)}`);
  const name = basename(file);
  return list.map((item: unknown, index): PageRead => {
    const where = `${name} entry ${index + 1}`;
    const slug = typeof item === 'object' && item !== null && typeof (item as { slug?: unknown }).slug === 'string' ? (item as { slug: string }).slug : undefined;
    try {
      const entry = checkValue(PageSchema, item, where, 'INVALID_PAGE');
      checkSlug(entry.slug, where);
      return { kind: 'page', page: { slug: entry.slug, source: `${where} (${entry.slug})`, template: entry.template, params: entry.params ?? {}, alt: entry.alt, width: entry.width, height: entry.height } };
    } catch (error) {
      return { kind: 'invalid', source: where, slug, error: pageError(error, where) };
    }
  });
}
