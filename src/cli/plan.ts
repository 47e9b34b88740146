// Decides per page: skip (same hash, image present), render, or fail (unreadable page, unknown template, bad parameters).
import { join } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { CONTENT_TYPES } from '../raster/encode/encode.js';
import type { Template } from '../templates/define.js';
import type { BuildManifest, ManifestEntry } from './build-manifest.js';
import type { ResolvedConfig } from './config.js';
import { fileExists } from './out-files.js';
import type { PageRead } from './page.js';
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

export async function planBuild(input: PlanInput): Promise<BuildPlan> {
  const { config, templates, manifest } = input;
  const skipped = new Map<string, ManifestEntry>();
  const render: RenderJob[] = [];
  const failed: PageFailure[] = [];
  const seen = new Map<string, string>();
  const files = new Map<string, string>();
  const fail = (slug: string | undefined, source: string, error: unknown): void => {
    failed.push({ slug, source, error: error instanceof OgsmithError ? error : new OgsmithError('INVALID_PAGE', `${source}: ${String(error)}`) });
  };
  await Promise.all(input.reads.map(async (read) => {
    if (read.kind === 'invalid') {
      if (read.slug !== undefined && !seen.has(read.slug)) seen.set(read.slug, read.source);
      return fail(read.slug, read.source, read.error);
    }
    const { page } = read;
    const other = seen.get(page.slug);
    if (other !== undefined) return fail(undefined, page.source, new OgsmithError('INVALID_PAGE', `${page.source}: slug ${quote(page.slug)} is also the slug of ${other}`));
    seen.set(page.slug, page.source);
    const template = templates.get(page.template);
    if (!template) return fail(page.slug, page.source, new OgsmithError('UNKNOWN_TEMPLATE', `${page.source}: no template ${quote(page.template)}; known: ${templates.names().join(', ')}`));
    const file = config.fileName.replaceAll('[slug]', page.slug).replaceAll('[ext]', EXTENSIONS[config.format] ?? config.format);
    const clash = files.get(file.toLowerCase());
    if (clash !== undefined) return fail(page.slug, page.source, new OgsmithError('INVALID_PAGE', `${page.source}: image file ${quote(file)} is also the file of ${clash}`));
    files.set(file.toLowerCase(), page.source);
    let params: Readonly<Record<string, unknown>>;
    try {
      params = pageParams(template, page.params, page.source);
    } catch (error) {
      const coded = error instanceof OgsmithError && !error.message.startsWith(page.source) ? new OgsmithError(error.code, `${page.source}: ${error.message}`, { cause: error }) : error;
      return fail(page.slug, page.source, coded);
    }
    const width = page.width ?? template.width;
    const height = page.height ?? template.height;
    const hash = pageHash({ version: input.version, template: template.name, templateSource: templates.sourceHash(template.name), params, width, height, format: config.format, quality: config.quality, fonts: input.fontsHash });
    const title = typeof params.title === 'string' ? params.title : undefined;
    const snippet = config.meta.format === 'html' ? `${file.replace(/\.[^./]+$/, '')}.meta.html` : undefined;
    const entry: ManifestEntry = { hash, file, ...(snippet ? { snippet } : {}), width, height, type: CONTENT_TYPES[config.format], alt: page.alt ?? title ?? page.slug, source: page.source };
    const old = manifest.pages[page.slug];
    const present = old !== undefined && !input.force && old.hash === hash && old.file === file && (await fileExists(join(config.outDir, file)));
    if (present) skipped.set(page.slug, entry);
    else render.push({ slug: page.slug, source: page.source, template, params, entry });
  }));
  const removed = Object.keys(manifest.pages).filter((slug) => !seen.has(slug)).sort();
  render.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { skipped, render, failed, removed };
}
