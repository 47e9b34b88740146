// Test helper: the committed test font subsets (CJK, Arabic, Hebrew) with Inter, as font inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled.js';
import type { FontInput } from '../../src/layout/text/types.js';

const dir = new URL('../fixtures/fonts/', import.meta.url).pathname;
const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(dir, file)));

/** Inter (bundled) first, then Noto Sans JP, Noto Sans Arabic and Noto Sans Hebrew subsets. */
export function scriptFonts(): FontInput[] {
  return [
    ...bundledFonts(),
    { name: 'Noto Sans JP', data: read('NotoSansCJKjp-Regular-subset.otf') },
    { name: 'Noto Sans Arabic', data: read('NotoSansArabic-Regular-subset.ttf') },
    { name: 'Noto Sans Hebrew', data: read('NotoSansHebrew-Regular-subset.ttf') },
  ];
}
