// The vector scene against Skia's own SVG rendering, pixel by pixel (tolerance in compare-skia.ts): Twemoji used by ogsmith and a sample of the set, the repo's SVG files, hand-written feature SVGs.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { twemoji } from '../../../src/fonts/emoji-sets.js';
import { parseSvgScene } from '../../../src/raster/vector/parse-svg.js';
import { compareWithSkia, MAX_DIFFERING_FRACTION, type Comparison } from './compare-skia.js';
import { FEATURE_SVGS } from './feature-svgs.js';
import { emojiUsedInRepo } from './used-emoji.js';

const ROOT = join(import.meta.dirname, '../../..');
const TWEMOJI = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
/** Where a failing comparison writes Skia's and the replay's PNGs for a look (ignored by git). */
const FAILURES = join(ROOT, 'test/raster/vector/__failures__');
const decoder = new TextDecoder();
/** Every 20th Twemoji file; SVG_FIDELITY_ALL=1 compares all of them (about 4 minutes on a busy 2-core machine). */
const SAMPLE_EVERY = process.env.SVG_FIDELITY_ALL === '1' ? 1 : 20;

const results: { group: string; name: string; matches: boolean }[] = [];

async function expectMatch(group: string, name: string, svg: string, size: number): Promise<void> {
  const comparison: Comparison = await compareWithSkia(svg, size, size);
  results.push({ group, name, matches: comparison.diff.matches });
  if (!comparison.diff.matches) {
    mkdirSync(FAILURES, { recursive: true });
    writeFileSync(join(FAILURES, `${name}-skia.png`), comparison.skia.toBuffer('image/png'));
    writeFileSync(join(FAILURES, `${name}-vector.png`), comparison.vector.toBuffer('image/png'));
  }
  expect(comparison.diff.fraction, `${name}: ${comparison.diff.differing} pixels differ`).toBeLessThanOrEqual(MAX_DIFFERING_FRACTION);
}

/** Repository SVGs that use a feature the scene cannot express: the parser must refuse them naming it. */
const EXPECTED_UNSUPPORTED: Readonly<Record<string, string>> = { 'playground/favicon.svg': '<text>' };

const usedEmoji = emojiUsedInRepo(ROOT).map((sequence) => ({ name: [...sequence].map((c) => c.codePointAt(0)!.toString(16)).join('-'), svg: decoder.decode(twemoji().load(sequence)!) }));
const sampledEmoji = readdirSync(TWEMOJI).filter((f) => f.endsWith('.svg')).sort().filter((_, i) => i % SAMPLE_EVERY === 0).map((file) => ({ name: file.slice(0, -4), svg: readFileSync(join(TWEMOJI, file), 'utf8') }));
const repoSvgs = fg.sync(['**/*.svg'], { cwd: ROOT, ignore: ['**/node_modules/**', 'dist/**', 'test/raster/vector/__failures__/**'] }).sort().map((file) => ({ file, name: file.replace(/[/.]/g, '_'), svg: readFileSync(join(ROOT, file), 'utf8') }));

describe('vector scenes match Skia', () => {
  it('finds the emoji ogsmith\'s tests and samples draw', () => {
    expect(usedEmoji.length).toBeGreaterThan(10);
    expect(usedEmoji.map((e) => e.name)).toContain('1f600');
  });

  it.each(usedEmoji)('Twemoji used by ogsmith: $name', async ({ name, svg }) => expectMatch('used emoji', `twemoji-${name}`, svg, 72));
  it.each(sampledEmoji)(`Twemoji sample (1 in ${SAMPLE_EVERY} files): $name`, async ({ name, svg }) => expectMatch('sampled emoji', `twemoji-${name}`, svg, 72));
  it.each(repoSvgs)('SVG file of the repository: $file', async ({ file, name, svg }) => {
    const refused = EXPECTED_UNSUPPORTED[file];
    if (refused === undefined) return expectMatch('repository SVG', name, svg, 120);
    expect(() => parseSvgScene(new TextEncoder().encode(svg))).toThrow(expect.objectContaining({ code: 'SVG_UNSUPPORTED', message: expect.stringContaining(refused) }));
  });
  it.each(Object.entries(FEATURE_SVGS))('feature: %s', async (name, svg) => expectMatch('feature', `feature-${name}`, svg, 200));

  afterAll(() => {
    const groups = new Map<string, { total: number; matching: number }>();
    for (const { group, matches } of results) {
      const entry = groups.get(group) ?? { total: 0, matching: 0 };
      groups.set(group, { total: entry.total + 1, matching: entry.matching + (matches ? 1 : 0) });
    }
    console.log(`vector scene vs Skia: ${[...groups].map(([group, { total, matching }]) => `${group} ${matching}/${total}`).join(', ')}`);
  });
});
