// One-off renders for `ogsmith render`: a template with parameters, or an element tree read from a JSON file.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { render } from '../render.js';
import { GuardedFetcher } from '../server/fetch/guarded-fetch.js';
import { RemoteImages } from '../server/remote-images.js';
import { callTemplate } from '../templates/define.js';
import { writeAtomic } from './out-files.js';
import { pageParams } from './page-params.js';
import { loadTemplateSet } from './template-set.js';

export interface RenderFlags {
  readonly param?: Readonly<Record<string, string>>;
  readonly out?: string;
  readonly width?: number;
  readonly height?: number;
  readonly format?: string;
  readonly quality?: number;
  readonly templates?: string;
}

const FORMATS: Readonly<Record<string, 'png' | 'jpeg' | 'webp' | 'avif'>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', avif: 'avif' };

async function readTree(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new OgsmithError('INVALID_ELEMENT', `${file}: not a readable JSON element tree: ${(error as Error).message}`);
  }
}

async function elementFor(input: string, flags: RenderFlags): Promise<{ element: unknown; name: string; width: number; height: number }> {
  if (input.endsWith('.json') || existsSync(input)) {
    if (flags.param) throw new OgsmithError('INVALID_PARAMETER', '--param applies to templates, not to an element tree file');
    return { element: await readTree(resolve(input)), name: basename(input, extname(input)), width: 1200, height: 630 };
  }
  const templates = await loadTemplateSet(flags.templates === undefined ? undefined : resolve(flags.templates));
  const template = templates.get(input);
  if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', `No template ${quote(input)} (and no such file); templates: ${templates.names().join(', ')}`);
  const params = pageParams(template, flags.param ?? {}, `template ${quote(input)}`);
  return { element: callTemplate(template, params), name: template.name, width: template.width, height: template.height };
}

/** Renders `input` (template name or tree file) and writes the image to --out (or stdout with `-`). */
export async function renderOne(input: string, flags: RenderFlags): Promise<void> {
  const { element, name, width, height } = await elementFor(input, flags);
  const fromOut = flags.out && flags.out !== '-' ? FORMATS[extname(flags.out).slice(1).toLowerCase()] : undefined;
  const format = flags.format === undefined ? fromOut ?? 'png' : FORMATS[flags.format.toLowerCase()];
  if (!format) throw new OgsmithError('INVALID_PARAMETER', `--format must be png, jpeg, webp or avif, got ${quote(flags.format)}`);
  const fetcher = new GuardedFetcher();
  try {
    const resolveImage = await new RemoteImages(fetcher).resolverFor(element, { maxDepth: 64, maxNodes: 10_000 });
    const bytes = await render(element, { width: flags.width ?? width, height: flags.height ?? height, format, quality: flags.quality, resolveImage });
    if (flags.out === '-') {
      process.stdout.write(bytes);
      return;
    }
    const out = resolve(flags.out ?? `${name}.${format === 'jpeg' ? 'jpg' : format}`);
    await writeAtomic(out, bytes);
    process.stderr.write(`wrote ${out} (${flags.width ?? width}×${flags.height ?? height} ${format}, ${(bytes.length / 1024).toFixed(1)} KB)\n`);
  } finally {
    await fetcher.close();
  }
}
