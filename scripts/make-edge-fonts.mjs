#!/usr/bin/env node
// Writes the edge build's default fonts: Inter Regular and Bold cut to the Latin subset (Google Fonts' "latin" range) with subset-font (HarfBuzz's subsetter), committed under fonts/edge/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const fonts = new URL('../fonts/', import.meta.url);
const out = new URL('edge/', fonts);

/** Google Fonts' latin subset: Basic Latin, Latin-1, common punctuation, currency and arrows (what a card's text needs). */
const RANGES = [
  [0x0020, 0x007e], [0x00a0, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc],
  [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193],
  [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];
const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

mkdirSync(out, { recursive: true });
for (const [source, target] of [['Inter_400Regular.ttf', 'Inter-Latin-400.ttf'], ['Inter_700Bold.ttf', 'Inter-Latin-700.ttf']]) {
  const input = readFileSync(new URL(source, fonts));
  const subset = await subsetFont(input, text, { targetFormat: 'truetype' });
  writeFileSync(new URL(target, out), subset);
  console.log(`${target}: ${input.length} → ${subset.length} bytes`);
}
