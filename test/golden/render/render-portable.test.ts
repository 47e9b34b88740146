// Golden images on the portable backend: the same cases, approved images and tolerances as render.test.ts, rendered without the native canvas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/index.js';
import { fontsOf, loadKnownGaps, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import type { OracleCase } from '../../layout/compare-layout.js';
import { APPROVED_TOLERANCE, BROWSER_TOLERANCE, CJK_BROWSER_TOLERANCE, keepActual } from './approved.js';
import { decodePng, differingShare } from './image-diff.js';

function load(dir: string): { c: OracleCase; screenshot: string }[] {
  return loadOracleCases(dir).map((c) => ({ c, screenshot: join(dir, `${c.name}.png`) }));
}

const layoutCases = load(join(root, 'test/golden/layout/fixtures'));
const paintCases = load(join(root, 'test/golden/render/browser'));
const nativeGaps = loadKnownGaps('test/golden/render/known-gaps.json');
/** Cases the portable backend does not match yet, with the measured difference: `{ approved: { case: reason }, browser: { case: reason } }`. */
const portableGaps = JSON.parse(readFileSync(join(root, 'test/golden/render/known-gaps-portable.json'), 'utf8')) as { approved: Record<string, string>; browser: Record<string, string> };

async function renderCase(c: OracleCase): Promise<Buffer> {
  return render(c.element, { width: c.width, height: c.height, fonts: fontsOf(c), backend: 'portable' });
}

async function share(png: Buffer, reference: string, threshold: number): Promise<number> {
  return differingShare(await decodePng(png), await decodePng(readFileSync(reference)), threshold);
}

describe('portable renders match approved images', () => {
  const approved = [...paintCases, ...layoutCases.filter(({ c }) => c.name.startsWith('card-'))];
  it('has no stale known gaps', () => {
    const names = new Set(approved.map(({ c }) => c.name));
    for (const name of Object.keys(portableGaps.approved)) expect(names.has(name), `portable known gap ${name} has no approved case`).toBe(true);
  });
  for (const { c } of approved) {
    const run = portableGaps.approved[c.name] ? it.fails : it;
    run(c.name, async () => {
      const png = await renderCase(c);
      const differing = await share(png, join(root, 'test/golden/render/approved', `${c.name}.png`), APPROVED_TOLERANCE.threshold);
      if (differing > APPROVED_TOLERANCE.share) keepActual(`portable-${c.name}`, png);
      expect(differing, `${(differing * 100).toFixed(3)}% of pixels differ from the approved image (see test/golden/render/_actual/portable-${c.name}.png)`).toBeLessThanOrEqual(APPROVED_TOLERANCE.share);
    });
  }
});

describe('portable renders match Chromium screenshots', () => {
  it('has no stale known gaps', () => {
    const names = new Set([...paintCases, ...layoutCases].map(({ c }) => c.name));
    for (const name of Object.keys(portableGaps.browser)) expect(names.has(name), `portable known gap ${name} has no case`).toBe(true);
  });
  for (const { c, screenshot } of [...paintCases, ...layoutCases]) {
    const run = nativeGaps[c.name] || portableGaps.browser[c.name] ? it.fails : it;
    run(c.name, async () => {
      const png = await renderCase(c);
      const tolerance = c.name.startsWith('cjk-') ? CJK_BROWSER_TOLERANCE : BROWSER_TOLERANCE;
      const differing = await share(png, screenshot, tolerance.threshold);
      if (differing > tolerance.share) keepActual(`portable-${c.name}`, png);
      expect(differing, `${(differing * 100).toFixed(2)}% of pixels differ from the browser`).toBeLessThanOrEqual(tolerance.share);
    });
  }
});
