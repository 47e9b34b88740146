// `ogsmith build`: reads the pages, renders the changed ones in the worker pool, removes the gone ones, writes manifest and meta.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { isOgsmithError, OgsmithError } from '../errors/catalogue.js';
import { OGSMITH_VERSION } from '../version.js';
import { callTemplate } from '../templates/define.js';
import { loadBuildFonts, type BuildFonts } from './build-fonts.js';
import { manifestText, MANIFEST_NAME, readBuildManifest, type ManifestEntry } from './build-manifest.js';
import { loadConfig, type ConfigOverrides, type ResolvedConfig } from './config.js';
import { metaJson, ogImageMeta } from './meta-tags.js';
import { removeOutput, writeAtomic, writeIfChanged } from './out-files.js';
import type { PageRead } from './page.js';
import { planBuild, type BuildPlan, type PageFailure, type RenderJob } from './plan.js';
import { loadTemplateSet, type TemplateSet } from './template-set.js';

export const META_NAME = 'og-meta.json';

export type PageEvent =
  | { readonly kind: 'rendered'; readonly slug: string; readonly file: string; readonly ms: number }
  | { readonly kind: 'failed'; readonly failure: PageFailure }
  | { readonly kind: 'removed'; readonly slug: string; readonly file: string };

/** Progress of a build: `start` once with the number of renders, `page` per rendered, failed or removed page. */
export interface BuildReporter {
  start(renders: number, skipped: number): void;
  page(event: PageEvent): void;
  stop(): void;
}

export interface BuildOptions extends ConfigOverrides {
  /** Folder the config is looked up in and flag paths are relative to; default process.cwd(). */
  readonly cwd?: string;
  /** Keep the images of removed pages (they stay in the manifest, out of the meta). */
  readonly keep?: boolean;
  /** Write nothing; report pages whose image is missing or out of date. */
  readonly check?: boolean;
  /** Render every page, whatever the manifest says. */
  readonly force?: boolean;
  /** Render threads; default the machine's available parallelism. */
  readonly threads?: number;
  readonly reporter?: BuildReporter;
}

export interface BuildSummary {
  readonly mode: 'build' | 'check';
  readonly outDir: string;
  readonly pages: number;
  readonly rendered: number;
  readonly skipped: number;
  readonly failed: readonly PageFailure[];
  readonly removed: readonly string[];
  readonly kept: readonly string[];
  /** With check: the slugs (and files) a build would change. */
  readonly stale: readonly string[];
  /** Files written or deleted in the output folder. */
  readonly filesChanged: number;
  readonly ms: number;
  /** CPU time of the whole process over the build (main thread and render workers), in ms. */
  readonly cpuMs: number;
  readonly warnings: readonly string[];
}

const SILENT: BuildReporter = { start: () => {}, page: () => {}, stop: () => {} };

async function readPages(config: ResolvedConfig, templates: TemplateSet, cwd: string): Promise<readonly PageRead[]> {
  // Each reader is loaded only when used (the YAML parser, or gray-matter and fast-glob): start-up counts in small builds.
  if (config.source.kind === 'manifest') return (await import('./manifest-pages.js')).readManifestPages(config.source.file);
  const names = (template: string): ReadonlySet<string> | undefined => {
    const found = templates.get(template);
    return found ? new Set(Object.keys(found.params.properties)) : undefined;
  };
  const { readContentPages } = await import('./content-pages.js');
  return readContentPages(config.source, names, cwd);
}

/** Renders the jobs with at most two per thread in flight; each result is written as soon as it arrives. */
async function renderJobs(jobs: readonly RenderJob[], config: ResolvedConfig, fonts: BuildFonts, threads: number, onDone: (job: RenderJob, outcome: { ms: number } | { error: OgsmithError }) => void): Promise<void> {
  if (jobs.length === 0) return;
  // Loaded only when something renders, so a no-change build starts fast.
  const [{ RenderPool }, { GuardedFetcher }, { RemoteImages }] = await Promise.all([import('../pool/render-pool.js'), import('../server/fetch/guarded-fetch.js'), import('../server/remote-images.js')]);
  const pool = new RenderPool({ threads: Math.max(1, Math.min(threads, jobs.length)), fonts: fonts.inputs });
  const fetcher = new GuardedFetcher();
  const images = new RemoteImages(fetcher);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
      const started = performance.now();
      try {
        const element = callTemplate(job.template, job.params);
        const resolveImage = await images.resolverFor(element, { maxDepth: 64, maxNodes: 10_000 });
        const bytes = await pool.render(element, { width: job.entry.width, height: job.entry.height, format: config.format, quality: config.quality, resolveImage });
        await writeAtomic(join(config.outDir, job.entry.file), bytes);
        onDone(job, { ms: performance.now() - started });
      } catch (error) {
        const coded = isOgsmithError(error) ? error : new OgsmithError('INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
        onDone(job, { error: new OgsmithError(coded.code, `${job.source}: ${coded.message}`, { cause: coded }) });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs.length, pool.threads * 2) }, lane));
  } finally {
    await Promise.all([pool.close(), fetcher.close()]);
  }
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function staleList(plan: BuildPlan, keep: boolean): string[] {
  return [...plan.render.map((job) => `${job.slug} (${job.entry.file})`), ...(keep ? [] : plan.removed.map((slug) => `${slug} (removed page)`))];
}

/** Builds (or with `check`, verifies) every page's image; one page failing does not stop the others. */
export async function build(options: BuildOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const cwd = options.cwd ?? process.cwd();
  const reporter = options.reporter ?? SILENT;
  const config = await loadConfig(cwd, options);
  const templates = await loadTemplateSet(config.templatesDir);
  const [reads, fonts, previous] = await Promise.all([readPages(config, templates, cwd), loadBuildFonts(config.fonts), readBuildManifest(config.outDir)]);
  const warnings = previous.problem ? [previous.problem] : [];
  const plan = await planBuild({ config, templates, reads, manifest: previous.manifest, version: OGSMITH_VERSION, fontsHash: fonts.hash, force: options.force ?? false });
  const keep = options.keep ?? false;
  const pages = plan.skipped.size + plan.render.length + plan.failed.length;
  const summary = (rest: Pick<BuildSummary, 'rendered' | 'failed' | 'stale' | 'filesChanged'>, mode: BuildSummary['mode']): BuildSummary => ({
    mode, outDir: config.outDir, pages, skipped: plan.skipped.size, removed: keep || mode === 'check' ? [] : plan.removed, kept: keep ? plan.removed : [], ms: performance.now() - started, cpuMs: cpuMs(cpuStart), warnings, ...rest,
  });
  if (options.check) {
    const expected = new Map<string, ManifestEntry>([...plan.skipped, ...plan.render.map((job) => [job.slug, job.entry] as const)]);
    const stale = [...staleList(plan, keep), ...((await metaStale(config, expected)) ? [META_NAME] : [])];
    return summary({ rendered: 0, failed: plan.failed, stale, filesChanged: 0 }, 'check');
  }

  // Failed pages keep their old entry (and image): their new hash is not recorded, so the next build tries again.
  const next = new Map<string, ManifestEntry>(plan.skipped);
  for (const failure of plan.failed) {
    const old = failure.slug === undefined ? undefined : previous.manifest.pages[failure.slug];
    if (old && failure.slug !== undefined) next.set(failure.slug, old);
  }
  const failed = [...plan.failed];
  for (const failure of plan.failed) reporter.page({ kind: 'failed', failure });
  reporter.start(plan.render.length, plan.skipped.size);
  let rendered = 0;
  let filesChanged = 0;
  for (const stray of plan.strays) await removeOutput(config.outDir, stray);
  try {
    await renderJobs(plan.render, config, fonts, options.threads ?? availableParallelism(), (job, outcome) => {
      if ('error' in outcome) {
        const failure = { slug: job.slug, source: job.source, error: outcome.error };
        failed.push(failure);
        const old = previous.manifest.pages[job.slug];
        if (old) next.set(job.slug, old);
        reporter.page({ kind: 'failed', failure });
        return;
      }
      rendered += 1;
      filesChanged += 1;
      next.set(job.slug, job.entry);
      reporter.page({ kind: 'rendered', slug: job.slug, file: job.entry.file, ms: outcome.ms });
    });
    filesChanged += await removeReplaced(config, previous.manifest.pages, next);
    for (const slug of plan.removed) {
      const old = previous.manifest.pages[slug]!;
      if (keep) {
        next.set(slug, old);
        continue;
      }
      await removeOutput(config.outDir, old.file);
      if (old.snippet) await removeOutput(config.outDir, old.snippet);
      filesChanged += 1;
      reporter.page({ kind: 'removed', slug, file: old.file });
    }
    filesChanged += await writeMeta(config, next, new Set(keep ? plan.removed : []));
    if (await writeIfChanged(join(config.outDir, MANIFEST_NAME), manifestText(next), previous.text)) filesChanged += 1;
  } finally {
    reporter.stop();
  }
  return summary({ rendered, failed, stale: [], filesChanged }, 'build');
}

/** Deletes files a page no longer has: its old image after a format or fileName change, its snippet after leaving `html` meta. */
async function removeReplaced(config: ResolvedConfig, before: Readonly<Record<string, ManifestEntry>>, after: ReadonlyMap<string, ManifestEntry>): Promise<number> {
  let removed = 0;
  for (const [slug, entry] of after) {
    const old = before[slug];
    if (!old || old === entry) continue;
    for (const file of [old.file, old.snippet]) {
      if (file === undefined || file === entry.file || file === entry.snippet) continue;
      await removeOutput(config.outDir, file);
      removed += 1;
    }
  }
  return removed;
}

/** With --check: whether og-meta.json would change (a new baseUrl, alt or page), failed pages left aside. */
async function metaStale(config: ResolvedConfig, expected: ReadonlyMap<string, ManifestEntry>): Promise<boolean> {
  if (config.meta.format === 'none') return false;
  const current = await readFile(join(config.outDir, META_NAME), 'utf8').catch(() => undefined);
  return current !== metaJson(expected, config.meta);
}

/** og-meta.json (json and html formats) and per-page snippets (html), each written only when its text changed. */
async function writeMeta(config: ResolvedConfig, entries: ReadonlyMap<string, ManifestEntry>, leaveOut: ReadonlySet<string>): Promise<number> {
  if (config.meta.format === 'none') return 0;
  const current = new Map([...entries].filter(([slug]) => !leaveOut.has(slug)));
  let changed = (await writeIfChanged(join(config.outDir, META_NAME), metaJson(current, config.meta))) ? 1 : 0;
  if (config.meta.format === 'html') {
    const writes = [...current.values()].map((entry) => (entry.snippet ? writeIfChanged(join(config.outDir, entry.snippet), `${ogImageMeta(entry, config.meta).html}\n`) : false));
    changed += (await Promise.all(writes)).filter(Boolean).length;
  }
  return changed;
}
