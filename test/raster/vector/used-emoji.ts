// Test helper: the Twemoji files that ogsmith's tests, samples, docs and benchmarks draw (every emoji grapheme in their text).
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { twemoji } from '../../../src/fonts/emoji-sets.js';

const SOURCES = ['test/**/*.{ts,tsx,mjs,json}', 'src/samples/**/*.ts', 'src/templates/**/*.{ts,tsx}', 'docs/**/*.{md,mjs,tsx}', 'bench/**/*.{mjs,ts,tsx}', 'playground/**/*.{ts,html}', 'examples/**/*.{ts,tsx,md}'];
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** Emoji sequences found in the repository's test, sample, doc and bench text that the Twemoji set has an image for. */
export function emojiUsedInRepo(root: string): string[] {
  const files = fg.sync(SOURCES, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] });
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const found = new Set<string>();
  const set = twemoji();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!PICTOGRAPHIC.test(text)) continue;
    for (const { segment } of segmenter.segment(text)) if (PICTOGRAPHIC.test(segment) && set.has(segment)) found.add(segment);
  }
  return [...found].sort();
}
