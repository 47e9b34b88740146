// Fonts handed to render processes through a temporary file (a child process has no workerData; fonts are too big for env).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FontInput } from '../layout/text/types.js';

/** The environment variable naming the file a render process reads its fonts from. */
export const FONTS_FILE_ENV = 'OGSMITH_RENDER_FONTS_FILE';

/** Writes the fonts to a new private temporary file; `remove()` deletes it (when the pool closes). */
export function writeFontsFile(fonts: readonly FontInput[]): { readonly path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ogsmith-fonts-'));
  const path = join(dir, 'fonts.v8');
  writeFileSync(path, serialize([...fonts]), { mode: 0o600 });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The fonts of this render process, when its pool gave it a file. */
export function readFontsFile(env: NodeJS.ProcessEnv = process.env): FontInput[] | undefined {
  const path = env[FONTS_FILE_ENV];
  return path ? (deserialize(readFileSync(path)) as FontInput[]) : undefined;
}
