// The bundled Inter family (SIL OFL, in fonts/), read once per process: the default when no fonts are given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FontRegistry } from '../layout/fonts/font-registry.js';
import type { FontInput } from '../layout/text/types.js';

const FILES: readonly { file: string; weight: number; style: 'normal' | 'italic' }[] = [
  { file: 'Inter_400Regular.ttf', weight: 400, style: 'normal' },
  { file: 'Inter_400Regular_Italic.ttf', weight: 400, style: 'italic' },
  { file: 'Inter_500Medium.ttf', weight: 500, style: 'normal' },
  { file: 'Inter_600SemiBold.ttf', weight: 600, style: 'normal' },
  { file: 'Inter_700Bold.ttf', weight: 700, style: 'normal' },
  { file: 'Inter_700Bold_Italic.ttf', weight: 700, style: 'italic' },
];

/** The package's fonts/ folder, found by walking up from this module (works from src/ and dist/). */
export function fontsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'fonts', FILES[0]!.file);
    if (existsSync(candidate)) return join(dir, 'fonts');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ogsmith: the bundled fonts/ folder was not found next to the package');
    dir = parent;
  }
}

let fonts: readonly FontInput[] | null = null;

/** The bundled Inter faces as font inputs (name "Inter"). */
export function bundledFonts(): readonly FontInput[] {
  if (!fonts) {
    const dir = fontsDirectory();
    fonts = FILES.map(({ file, weight, style }) => ({ name: 'Inter', weight, style, data: new Uint8Array(readFileSync(join(dir, file))) }));
  }
  return fonts;
}

/** The registry of the bundled fonts, parsed once per process. */
export function defaultRegistry(): Promise<FontRegistry> {
  return FontRegistry.create(bundledFonts());
}
