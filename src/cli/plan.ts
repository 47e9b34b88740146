// Decides per page: skip (same hash, image present), render, or fail (unreadable page, unknown template, bad parameters).
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';
import { CONTENT_TYPES } from '../raster/encode/encode.js';
import type { Template } from '../templates/define.js';
import type { BuildManifest, ManifestEntry } from './build-manifest.js';
import type { ResolvedConfig } from './config.js';
import { listFiles, TEMPORARY_FILE } from './out-files.js';
import type { PageRead, PageSpec } from './page.js';
import { pageHash, pageParams } from './page-params.js';
import type { TemplateSet } from './template-set.js';

export interface RenderJob {
  readonly slug: string;
  readonly source: string;
  readonly template: Template;
  readonly params: Readonly<Record<string, unknown>>;
  readonly entry: ManifestEntry;
}

export interface PageFailure {
  readonly slug: string | undefined;
  readonly source: string;
  readonly error: OgsmithError;
}

export interface BuildPlan {
  /** Up to date: the manifest entry to keep (alt and source refreshed). */
  readonly skipped: ReadonlyMap<string, ManifestEntry>;
  readonly render: readonly RenderJob[];
  readonly failed: readonly PageFailure[];
  /** Slugs in the old manifest that no page has any more. */
  readonly removed: readonly string[];
  /** Temporary files an interrupted build left in the output folder. */
  readonly strays: readonly string[];
}

const EXTENSIONS: Readonly<Record<string, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp', avif: 'avif' };

export interface PlanInput {
  readonly config: ResolvedConfig;
  readonly templates: TemplateSet;
  readonly reads: readonly PageRead[];
  readonly manifest: BuildManifest;
  readonly version: string;
  readonly fontsHash: string;
  readonly force: boolean;
}

/** What one readable page needs, or the error that fails it (duplicate slugs and files checked by the caller's maps). */
function planPage(page: PageSpec, input: PlanInput, files: Map<string, string>, existing: ReadonlySet<string>): { readonly entry: ManifestEntry; readonly job: RenderJob | undefined } | OgsmithError {
  const { config, templates } = input;
  const template = templates.get(page.template);
  if (!template) return new OgsmithError('UNKNOWN_TEMPLATE', `${page.source}: no template ${quote(page.template)}; known: ${templates.names().join(', ')}`);
  const file = config.fileName.replaceAll('[slug]', page.slug).replaceAll('[ext]', EXTENSIONS[config.format] ?? config.format);
  const clash = files.get(file.toLowerCase());
  if (clash !== undefined) return new OgsmithError('INVALID_PAGE', `${page.source}: image file ${quote(file)} is also the file of ${clash}`);
  files.set(file.toLowerCase(), page.source);
  let params: Readonly<Record<string, unknown>>;
  try {
    params = pageParams(template, page.params, page.source);
  } catch (error) {
    if (!isOgsmithError(error)) throw error;
    return error.message.startsWith(page.source) ? error : new OgsmithError(error.code, `${page.source}: ${error.message}`, { cause: error });
  }
  const width = page.width ?? template.width;
  const height = page.height ?? template.height;
  const hash = pageHash({ version: input.version, template: template.name, templateSource: templates.sourceHash(template.name), params, width, height, format: config.format, quality: config.quality, fonts: input.fontsHash });
  const title = typeof params.title === 'string' ? params.title : undefined;
  const snippet = config.meta.format === 'html' ? `${file.replace(/\.[^./]+$/, '')}.meta.html` : undefined;
  const entry: ManifestEntry = { hash, file, ...(snippet ? { snippet } : {}), width, height, type: CONTENT_TYPES[config.format], alt: page.alt ?? title ?? page.slug, source: page.source };
  const old = input.manifest.pages[page.slug];
  const upToDate = old !== undefined && !input.force && old.hash === hash && old.file === file && existing.has(file);
  return { entry, job: upToDate ? undefined : { slug: page.slug, source: page.source, template, params, entry } };
}

export async function planBuild(input: PlanInput): Promise<BuildPlan> {
  const skipped = new Map<string, ManifestEntry>();
  const render: RenderJob[] = [];
  const failed: PageFailure[] = [];
  const seen = new Map<string, string>();
  const files = new Map<string, string>();
  const existing = await listFiles(input.config.outDir);
  for (const read of input.reads) {
    if (read.kind === 'invalid') {
      if (read.slug !== undefined && !seen.has(read.slug)) seen.set(read.slug, read.source);
      failed.push({ slug: read.slug, source: read.source, error: read.error });
      continue;
    }
    const { page } = read;
    const other = seen.get(page.slug);
    if (other !== undefined) {
      failed.push({ slug: undefined, source: page.source, error: new OgsmithError('INVALID_PAGE', `${page.source}: slug ${quote(page.slug)} is also the slug of ${other}`) });
      continue;
    }
    seen.set(page.slug, page.source);
    const planned = planPage(page, input, files, existing);
    if (isOgsmithError(planned)) failed.push({ slug: page.slug, source: page.source, error: planned });
    else if (planned.job) render.push(planned.job);
    else skipped.set(page.slug, planned.entry);
  }
  const removed = Object.keys(input.manifest.pages).filter((slug) => !seen.has(slug)).sort();
  render.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { skipped, render, failed, removed, strays: [...existing].filter((file) => TEMPORARY_FILE.test(file)) };
}
