// `ogsmith/build`: build-time generation from code (what `ogsmith build` runs), for build scripts and site generators.
export { build, META_NAME, type BuildOptions, type BuildReporter, type BuildSummary, type PageEvent } from './build.js';
export { MANIFEST_NAME, type ManifestEntry } from './build-manifest.js';
export { CONFIG_NAMES, loadConfig, type ConfigOverrides, type ResolvedConfig } from './config.js';
export { ogImageMeta, type MetaTag, type OgImageMeta } from './meta-tags.js';
export type { PageFailure } from './plan.js';
export type { BuildConfig, ContentConfig, FontFileConfig, PageEntry } from './schema.js';
export { signUrl } from './commands/sign-command.js';

import type { BuildConfig } from './schema.js';

/** Types an `ogsmith.config.mjs` default export (identity at run time). */
export function defineConfig(config: BuildConfig): BuildConfig {
  return config;
}
