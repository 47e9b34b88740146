// SVG output over the render golden suite: every case written as SVG, well-formed, rasterised by resvg and compared with the approved canvas PNG.
import { describe, expect, it } from 'vitest';
import { APPROVED_TOLERANCE, BROWSER_TOLERANCE, keepActual } from '../../golden/render/approved.js';
import { loadKnownGaps } from '../../helpers/oracle-cases.js';
import { approvedCases, rasterise, renderSvg, shareAgainstApproved, xmlError } from './svg-cases.js';
import { usesEffects } from '../../helpers/oracle-cases.js';

/**
 * Cases whose rasterised SVG is not within the approved-image tolerance (8/255 on 0.1% of pixels)
 * of the canvas's PNG, with the difference and why (`{ case: reason }`); they run with it.fails,
 * so a case that comes within it must leave the list. Every case must still be within the
 * tolerance the suite allows a different rasteriser (the browser's: 64/255 on 2.5% of pixels).
 */
const knownGaps = loadKnownGaps('test/raster/svg-output/known-gaps.json');
const cases = approvedCases();

describe('SVG output matches the canvas on the render golden suite', () => {
  it('has no stale known gaps', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const name of Object.keys(knownGaps)) expect(names.has(name), `SVG known gap ${name} has no case`).toBe(true);
  });

  for (const c of cases) {
    describe(c.name, () => {
      it.runIf(usesEffects(c))('is refused with EFFECT_UNSUPPORTED (paint effects are not written as SVG yet)', async () => {
        await expect(renderSvg(c)).rejects.toMatchObject({ code: 'EFFECT_UNSUPPORTED' });
      });
      if (usesEffects(c)) return;
      let svg: Buffer;
      let png: Buffer;
      it('is well-formed XML and rasterises', async () => {
        svg = await renderSvg(c);
        expect(xmlError(svg.toString('utf8'))).toBeNull();
        png = rasterise(svg);
      });

      it('is within the tolerance for another rasteriser (64/255 on 2.5% of pixels)', async () => {
        const share = await shareAgainstApproved(c.name, png, BROWSER_TOLERANCE.threshold);
        if (share > BROWSER_TOLERANCE.share) keepActual(`svg-${c.name}`, png);
        expect(share, `${(share * 100).toFixed(2)}% of pixels differ (resvg's image in test/golden/render/_actual/svg-${c.name}.png)`).toBeLessThanOrEqual(BROWSER_TOLERANCE.share);
      });

      (knownGaps[c.name] ? it.fails : it)('is within the approved-image tolerance (8/255 on 0.1% of pixels)', async () => {
        const share = await shareAgainstApproved(c.name, png, APPROVED_TOLERANCE.threshold);
        expect(share).toBeLessThanOrEqual(APPROVED_TOLERANCE.share);
      });
    });
  }
});
