// The `<meta property="og:image…">` tags of a built image, as data and as an HTML snippet.
import type { ManifestEntry } from './build-manifest.js';
import type { ResolvedConfig } from './config.js';

export interface MetaTag {
  readonly property: string;
  readonly content: string;
}

export interface OgImageMeta {
  readonly image: string;
  readonly width: number;
  readonly height: number;
  readonly type: string;
  readonly alt: string;
  readonly tags: readonly MetaTag[];
  readonly html: string;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** og:image (absolute with a baseUrl, else the public path), its width, height, type and alt. */
export function ogImageMeta(entry: ManifestEntry, meta: ResolvedConfig['meta']): OgImageMeta {
  const path = `${meta.publicPath}${entry.file.split('/').map(encodeURIComponent).join('/')}`;
  const image = `${meta.baseUrl ?? ''}${path}`;
  const tags: MetaTag[] = [
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(entry.width) },
    { property: 'og:image:height', content: String(entry.height) },
    { property: 'og:image:type', content: entry.type },
    { property: 'og:image:alt', content: entry.alt },
  ];
  const html = tags.map((tag) => `<meta property="${tag.property}" content="${escapeAttribute(tag.content)}" />`).join('\n');
  return { image, width: entry.width, height: entry.height, type: entry.type, alt: entry.alt, tags, html };
}

/** The og-meta.json text for the current pages (slugs sorted). */
export function metaJson(pages: ReadonlyMap<string, ManifestEntry>, meta: ResolvedConfig['meta']): string {
  const sorted = [...pages.keys()].sort();
  return `${JSON.stringify(Object.fromEntries(sorted.map((slug) => [slug, ogImageMeta(pages.get(slug)!, meta)])), null, 2)}\n`;
}
