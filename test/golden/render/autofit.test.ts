// Golden images of autofit: one card with short, long and unbreakable titles, per-line headlines and a clamped title.
import { layout, render, type LayoutBox, type LayoutText } from '../../../src/index.js';
import { expectApproved } from './approved.js';
import { AUTOFIT_CASES, TITLES } from './autofit-cases.js';
import { describe, expect, it } from 'vitest';

describe('autofit renders match approved images', () => {
  for (const { name, element } of AUTOFIT_CASES) {
    it(name, async () => {
      await expectApproved(name, await render(element, { width: 1200, height: 630 }));
    });
  }

  it('has titles of the advertised word counts', () => {
    expect(TITLES['3-words'].split(' ')).toHaveLength(3);
    expect(TITLES['12-words'].split(' ')).toHaveLength(12);
    expect(TITLES['40-words'].split(' ')).toHaveLength(40);
  });

  it('keeps every title inside its box and warns only for the clamped one', async () => {
    for (const { name, element } of AUTOFIT_CASES) {
      const result = await layout(element, { width: 1200, height: 630 });
      expect(result.warnings.length, name).toBe(name === 'autofit-clamped' ? 1 : 0);
      const title = result.root.children[1] as LayoutBox;
      const texts = title.children.flatMap((c) => ('lines' in c ? [c] : (c.children as LayoutText[])));
      for (const line of texts.flatMap((t) => t.lines)) {
        expect(line.x, name).toBeGreaterThanOrEqual(title.x - 1e-6);
        expect(line.x + line.width, name).toBeLessThanOrEqual(title.x + title.width + 1e-6);
        // Line boxes fit (lineHeight 1.1 is less than the font's ascent + descent, so the glyph area reaches a little past them).
        expect(line.baseline, name).toBeLessThanOrEqual(title.y + title.height + 1e-6);
      }
    }
  });
});
