// Browser fixtures: layout() must match the geometry headless Chromium recorded for every case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/index.js';
import type { FontInput } from '../../src/layout/text/types.js';
import { compareLayout, type FixtureBox, type OracleCase } from './compare-layout.js';

const root = new URL('../../', import.meta.url).pathname;
const fixtureDir = join(root, 'test/golden/layout/fixtures');
const knownGaps = JSON.parse(readFileSync(join(root, 'test/golden/layout/known-gaps.json'), 'utf8')) as Record<string, string>;
const cases = readdirSync(fixtureDir).filter((f) => f.endsWith('.case.json')).sort().map((f) => JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as OracleCase);

const fontCache = new Map<string, FontInput[]>();
function fontsOf(c: OracleCase): FontInput[] {
  const key = JSON.stringify(c.fonts);
  let fonts = fontCache.get(key);
  if (!fonts) {
    fonts = c.fonts.map((f) => ({ name: f.family, weight: f.weight ?? 400, style: f.style ?? 'normal', data: new Uint8Array(readFileSync(join(root, f.file))) }));
    fontCache.set(key, fonts);
  }
  return fonts;
}

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
      const problems = compareLayout(result.root as FixtureBox, expected.root);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
