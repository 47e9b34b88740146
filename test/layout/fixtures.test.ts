// Browser fixtures: layout() must match the geometry headless Chromium recorded for every case (webfont-* ones: fixtures-fonts.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontsOf, loadKnownGaps, loadOracleCases, repositoryRoot as root, WEBFONT_PREFIX } from '../helpers/oracle-cases.js';
import { fixtureProblems } from './fixture-problems.js';

const fixtureDir = join(root, 'test/golden/layout/fixtures');
const knownGaps = loadKnownGaps('test/golden/layout/known-gaps.json');
const allCases = loadOracleCases(fixtureDir);
const cases = allCases.filter((c) => !c.name.startsWith(WEBFONT_PREFIX));

describe('layout() matches Chromium', () => {
  it('has fixtures for every case and no stale known gaps', () => {
    expect(cases.length).toBeGreaterThanOrEqual(140);
    const names = new Set(allCases.map((c) => c.name));
    for (const name of Object.keys(knownGaps)) expect(names.has(name), `known gap ${name} has no case`).toBe(true);
  });

  for (const c of cases) {
    const run = knownGaps[c.name] ? it.fails : it;
    run(c.name, async () => {
      const problems = await fixtureProblems(c, fixtureDir, fontsOf(c));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
