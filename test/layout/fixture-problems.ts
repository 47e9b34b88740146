// Test helper: lays out an oracle case with the given fonts and lists every difference from the browser's fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layout } from '../../src/index.js';
import type { FontInput } from '../../src/layout/text/types.js';
import { compareLayout, markersOf, type FixtureBox, type OracleCase } from './compare-layout.js';
import { withoutSvgContent } from './svg-fixture.js';

/** The differences between layout() and `NAME.layout.json` in fixtureDir; empty when they match. */
export async function fixtureProblems(c: OracleCase, fixtureDir: string, fonts: FontInput[]): Promise<string[]> {
  const expected = JSON.parse(readFileSync(join(fixtureDir, `${c.name}.layout.json`), 'utf8')) as { root: FixtureBox };
  const result = await layout(c.element, { width: c.width, height: c.height, fonts });
  return compareLayout(result.root as FixtureBox, withoutSvgContent(expected.root, c.element), 'root', { markers: markersOf(c.element) });
}
