// The fonts of a build: the configured files (or the bundled family) as font inputs, and one hash of their bytes.
import { readFile } from 'node:fs/promises';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { fileURLToPath } from 'node:url';
import { fontsHash } from '../fonts/fonts-hash.js';
import type { FontInput } from '../layout/text/types.js';
import type { FontFileConfig } from './schema.js';
import { hashDirectory } from './hash-directory.js';

export interface BuildFonts {
  /** Undefined means the bundled family (the pool's default). */
  readonly inputs: readonly FontInput[] | undefined;
  readonly hash: string;
}

export async function loadBuildFonts(files: readonly FontFileConfig[] | undefined): Promise<BuildFonts> {
  // The bundled family: hash the package's fonts/ folder rather than load the font modules (a no-change build stays fast).
  if (!files) return { inputs: undefined, hash: `bundled:${await hashDirectory(fileURLToPath(new URL('../../fonts/', import.meta.url)))}` };
  const inputs = await Promise.all(files.map(async (font): Promise<FontInput> => {
    try {
      return { name: font.name, weight: font.weight, style: font.style, data: new Uint8Array(await readFile(font.path)) };
    } catch (error) {
      throw new OgsmithError('INVALID_CONFIG', `Font ${quote(font.name)}: file ${quote(font.path)} could not be read: ${(error as Error).message}`);
    }
  }));
  return { inputs, hash: fontsHash(inputs) };
}
