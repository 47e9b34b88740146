// Finds and loads ogsmith.config.{json,mjs,js,ts}, applies command-line overrides and resolves every path.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { ImageFormat } from '../raster/encode/encode.js';
import { checkValue, ConfigSchema, type BuildConfig, type FontFileConfig } from './schema.js';

export const CONFIG_NAMES: readonly string[] = ['ogsmith.config.json', 'ogsmith.config.mjs', 'ogsmith.config.js', 'ogsmith.config.ts'];

export type PagesSource =
  | { readonly kind: 'manifest'; readonly file: string }
  | { readonly kind: 'content'; readonly dir: string; readonly template: string; readonly params: Readonly<Record<string, string | number | boolean>>; readonly fields: Readonly<Record<string, string>> };

export type MetaFormat = 'json' | 'html' | 'none';

export interface ResolvedConfig {
  /** The config file, when one was read. */
  readonly file: string | undefined;
  readonly source: PagesSource;
  readonly templatesDir: string | undefined;
  readonly fonts: readonly FontFileConfig[] | undefined;
  readonly outDir: string;
  readonly fileName: string;
  readonly format: ImageFormat;
  readonly quality: number | undefined;
  readonly meta: { readonly format: MetaFormat; readonly baseUrl: string | undefined; readonly publicPath: string };
}

/** Flags that replace config fields (paths relative to the working directory). */
export interface ConfigOverrides {
  readonly config?: string;
  readonly pages?: string;
  readonly content?: string;
  readonly templates?: string;
  readonly out?: string;
  readonly format?: string;
  readonly meta?: string;
}

const invalid = (message: string): OgsmithError => new OgsmithError('INVALID_CONFIG', message);

async function importConfig(file: string): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return module.default;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (extname(file) === '.ts' && code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      throw invalid(`${file}: this Node cannot import TypeScript; rename it to ogsmith.config.mjs, or run with a loader: NODE_OPTIONS="--import tsx" npx ogsmith build`);
    }
    throw invalid(`${file}: could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads the config file named by `--config`, else the first of CONFIG_NAMES in `cwd`; none is an empty config. */
export async function readConfigFile(cwd: string, explicit: string | undefined): Promise<{ file: string | undefined; config: BuildConfig }> {
  const file = explicit !== undefined ? resolve(cwd, explicit) : CONFIG_NAMES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (file === undefined) return { file: undefined, config: {} };
  if (!existsSync(file)) throw invalid(`--config ${quote(explicit)}: no such file`);
  let raw: unknown;
  if (extname(file) === '.json') {
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw invalid(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    raw = await importConfig(file);
  }
  return { file, config: checkValue(ConfigSchema, raw, file, 'INVALID_CONFIG') };
}

const FORMATS: Readonly<Record<string, ImageFormat>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', avif: 'avif' };
const META: ReadonlySet<string> = new Set(['json', 'html', 'none']);

/** The config with flags applied and paths made absolute (config paths from the config's folder, flags from `cwd`). */
export async function loadConfig(cwd: string, flags: ConfigOverrides = {}): Promise<ResolvedConfig> {
  const { file, config } = await readConfigFile(cwd, flags.config);
  const root = file ? dirname(file) : cwd;
  const at = (path: string | undefined, base: string): string | undefined => (path === undefined ? undefined : resolve(base, path));
  const content = typeof config.content === 'string' ? { dir: config.content } : config.content;
  const pagesFile = flags.pages !== undefined ? resolve(cwd, flags.pages) : flags.content !== undefined ? undefined : at(config.pages, root);
  const contentDir = flags.content !== undefined ? resolve(cwd, flags.content) : flags.pages !== undefined ? undefined : at(content?.dir, root);
  if (pagesFile !== undefined && contentDir !== undefined) throw invalid(`Give either pages (a manifest) or content (a folder), not both: ${quote(pagesFile)} and ${quote(contentDir)}`);
  let source: PagesSource;
  if (pagesFile !== undefined) source = { kind: 'manifest', file: pagesFile };
  else if (contentDir !== undefined) source = { kind: 'content', dir: contentDir, template: content?.template ?? 'blog', params: content?.params ?? {}, fields: content?.fields ?? {} };
  else throw invalid(`No pages to build: set "pages" (a manifest) or "content" (a Markdown folder) in ${CONFIG_NAMES[0]}, or pass --pages or --content`);

  const formatName = flags.format ?? config.format ?? 'png';
  const format = FORMATS[formatName.toLowerCase()];
  if (!format) throw invalid(`--format must be png, jpeg, webp or avif, got ${quote(formatName)}`);
  if (config.quality !== undefined && format === 'png') throw invalid('quality applies to jpeg, webp and avif, not png');
  const metaFormat = flags.meta ?? config.meta?.format ?? 'json';
  if (!META.has(metaFormat)) throw invalid(`--meta must be json, html or none, got ${quote(metaFormat)}`);
  const publicPath = config.meta?.publicPath ?? '/og/';
  return {
    file,
    source,
    templatesDir: flags.templates !== undefined ? resolve(cwd, flags.templates) : at(config.templates, root),
    fonts: config.fonts?.map((font) => ({ ...font, path: resolve(root, font.path) })),
    outDir: flags.out !== undefined ? resolve(cwd, flags.out) : resolve(root, config.outDir ?? 'out/og'),
    fileName: config.fileName ?? '[slug].[ext]',
    format,
    quality: config.quality,
    meta: { format: metaFormat as MetaFormat, baseUrl: config.meta?.baseUrl?.replace(/\/+$/, ''), publicPath: publicPath.endsWith('/') ? publicPath : `${publicPath}/` },
  };
}
