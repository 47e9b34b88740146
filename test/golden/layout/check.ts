// Dev tool: lays out oracle cases and prints each difference from the browser's fixture.
// Usage: npx tsx test/golden/layout/check.ts [name-substring] (reads test/golden/layout/fixtures)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layout } from '../../../src/index.js';
import { compareLayout, markersOf, type FixtureBox, type OracleCase } from '../../layout/compare-layout.js';
import { readFontsOf } from '../../helpers/oracle-cases.js';
import { withoutSvgContent } from '../../layout/svg-fixture.js';

const filter = process.argv[2];
const fixtureDir = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(fixtureDir).filter((f) => f.endsWith('.case.json')).sort().map((f) => JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as OracleCase);
let failing = 0;
for (const c of cases) {
  if (filter && !c.name.includes(filter)) continue;
  const fixture = JSON.parse(readFileSync(join(fixtureDir, `${c.name}.layout.json`), 'utf8')) as { root: FixtureBox };
  const fonts = readFontsOf(c);
  try {
    const result = await layout(c.element, { width: c.width, height: c.height, fonts });
    const problems = compareLayout(result.root as FixtureBox, withoutSvgContent(fixture.root, c.element), 'root', { markers: markersOf(c.element) });
    if (problems.length > 0) failing++;
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${c.name}${problems.map((p) => `\n      ${p}`).join('')}`);
  } catch (error) {
    failing++;
    console.log(`ERR  ${c.name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.log(`${failing} failing`);
