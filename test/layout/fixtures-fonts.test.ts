// Browser fixtures of the fonts users bring (webfont-* cases): layout() on the first call with woff2 fonts never loaded in this process.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnownGaps, loadOracleCases, readFontsOf, repositoryRoot as root, WEBFONT_PREFIX } from '../helpers/oracle-cases.js';
import { fixtureProblems } from './fixture-problems.js';

const fixtureDir = join(root, 'test/golden/layout/fixtures');
const knownGaps = loadKnownGaps('test/golden/layout/known-gaps.json');
/** Issue 14's WOFF2 regression (two woff2 faces on the first call): it runs first, before any font is parsed here. */
const FIRST_CALL = `${WEBFONT_PREFIX}issue-woff2-first-call-lato`;
const webfontCases = loadOracleCases(fixtureDir).filter((c) => c.name.startsWith(WEBFONT_PREFIX));
const ordered = [...webfontCases.filter((c) => c.name === FIRST_CALL), ...webfontCases.filter((c) => c.name !== FIRST_CALL)];

// Nothing is warmed: no bundled font, no earlier layout. Each case reads its font files from disk again; the
// engine parses equal bytes once per process, so a family's first case in this order is its first call.
describe('layout() matches Chromium with @fontsource web fonts and script subsets', () => {
  for (const c of ordered) {
    const run = knownGaps[c.name] ? it.fails : it;
    run(c.name, async () => {
      const problems = await fixtureProblems(c, fixtureDir, readFontsOf(c));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('covers the fonts and scripts of issue 14, first call included', () => {
    expect(ordered[0]?.name).toBe(FIRST_CALL);
    expect(ordered.length).toBeGreaterThanOrEqual(30);
    const families = new Set(ordered.flatMap((c) => c.fonts.filter((f) => f.file.endsWith('.woff2')).map((f) => f.family)));
    expect(families.size).toBeGreaterThanOrEqual(12 + 6);
  });
});
