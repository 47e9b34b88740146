// The build manifest kept in the output folder: per slug the content hash and the files and meta of its image.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_NAME = '.ogsmith-manifest.json';

export interface ManifestEntry {
  readonly hash: string;
  /** The image, relative to the output folder, with `/`. */
  readonly file: string;
  /** The HTML meta snippet beside it (meta format `html`). */
  readonly snippet?: string;
  readonly width: number;
  readonly height: number;
  readonly type: string;
  readonly alt: string;
  readonly source: string;
}

export interface BuildManifest {
  readonly pages: Readonly<Record<string, ManifestEntry>>;
}

/** The manifest as last written (and its exact text), or an empty one when missing or unreadable. */
export async function readBuildManifest(outDir: string): Promise<{ readonly manifest: BuildManifest; readonly text: string | undefined; readonly problem: string | undefined }> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_NAME), 'utf8');
  } catch {
    return { manifest: { pages: {} }, text: undefined, problem: undefined };
  }
  try {
    const parsed = JSON.parse(text) as { version?: unknown; pages?: unknown };
    if (parsed.version !== 1 || typeof parsed.pages !== 'object' || parsed.pages === null) throw new Error('not an ogsmith build manifest (version 1)');
    return { manifest: { pages: parsed.pages as Record<string, ManifestEntry> }, text, problem: undefined };
  } catch (error) {
    return { manifest: { pages: {} }, text, problem: `${MANIFEST_NAME} is unreadable (${(error as Error).message}); every page is rendered again` };
  }
}

/** The manifest's text: slugs sorted so an unchanged build writes the same bytes. */
export function manifestText(pages: ReadonlyMap<string, ManifestEntry>): string {
  const sorted = [...pages.keys()].sort();
  return `${JSON.stringify({ version: 1, generator: 'ogsmith build', pages: Object.fromEntries(sorted.map((slug) => [slug, pages.get(slug)])) }, null, 2)}\n`;
}
