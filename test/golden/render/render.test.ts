// Golden images: ogsmith's renders against Chromium's screenshots (loose) and approved PNGs (tight).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/index.js';
import { fontsOf, loadKnownGaps, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import type { OracleCase } from '../../layout/compare-layout.js';
import { BROWSER_TOLERANCE, CJK_BROWSER_TOLERANCE, expectApproved, keepActual } from './approved.js';
import { decodePng, differingShare } from './image-diff.js';

function load(dir: string): { c: OracleCase; screenshot: string }[] {
  return loadOracleCases(dir).map((c) => ({ c, screenshot: join(dir, `${c.name}.png`) }));
}

const layoutCases = load(join(root, 'test/golden/layout/fixtures'));
const paintCases = load(join(root, 'test/golden/render/browser'));
/** Cases whose render does not match the browser's screenshot yet (`{ case: reason }`): they run with it.fails. */
const knownGaps = loadKnownGaps('test/golden/render/known-gaps.json');
async function renderCase(c: OracleCase): Promise<Buffer> {
  return render(c.element, { width: c.width, height: c.height, fonts: fontsOf(c) });
}

describe('renders match Chromium screenshots', () => {
  it('has no stale known gaps', () => {
    const names = new Set([...paintCases, ...layoutCases].map(({ c }) => c.name));
    for (const name of Object.keys(knownGaps)) expect(names.has(name), `render known gap ${name} has no case`).toBe(true);
  });

  for (const { c, screenshot } of [...paintCases, ...layoutCases]) {
    const run = knownGaps[c.name] ? it.fails : it;
    run(c.name, async () => {
      const png = await renderCase(c);
      const tolerance = c.name.startsWith('cjk-') ? CJK_BROWSER_TOLERANCE : BROWSER_TOLERANCE;
      const share = differingShare(await decodePng(png), await decodePng(readFileSync(screenshot)), tolerance.threshold);
      if (share > tolerance.share) keepActual(c.name, png);
      expect(share, `${(share * 100).toFixed(2)}% of pixels differ from the browser (see test/golden/render/_actual/${c.name}.png)`).toBeLessThanOrEqual(tolerance.share);
    });
  }
});

describe('renders match approved images', () => {
  const approved = [...paintCases, ...layoutCases.filter(({ c }) => c.name.startsWith('card-'))];
  for (const { c } of approved) {
    it(c.name, async () => {
      await expectApproved(c.name, await renderCase(c));
    });
  }
});
