// Browser fixtures: layout() must match the geometry headless Chromium recorded for every case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/index.js';
import { fontsOf, loadOracleCases, repositoryRoot as root } from '../helpers/oracle-cases.js';
import { compareLayout, markersOf, type FixtureBox } from './compare-layout.js';

const fixtureDir = join(root, 'test/golden/layout/fixtures');
const knownGaps = JSON.parse(readFileSync(join(root, 'test/golden/layout/known-gaps.json'), 'utf8')) as Record<string, string>;
const cases = loadOracleCases(fixtureDir);

describe('layout() matches Chromium', () => {
  it('has fixtures for every case and no stale known gaps', () => {
    expect(cases.length).toBeGreaterThanOrEqual(140);
    const names = new Set(cases.map((c) => c.name));
    for (const name of Object.keys(knownGaps)) expect(names.has(name), `known gap ${name} has no case`).toBe(true);
  });

  for (const c of cases) {
    const run = knownGaps[c.name] ? it.fails : it;
    run(c.name, async () => {
      const expected = JSON.parse(readFileSync(join(fixtureDir, `${c.name}.layout.json`), 'utf8')) as { root: FixtureBox };
      const result = await layout(c.element, { width: c.width, height: c.height, fonts: fontsOf(c) });
      const problems = compareLayout(result.root as FixtureBox, expected.root, 'root', { markers: markersOf(c.element) });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
