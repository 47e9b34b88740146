// Autofit search on prepared paragraphs: scaling without reshaping matches reshaping, ranges per mode, bounded trials.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { fitRange, FIT_STEP, MAX_FIT_ITERATIONS, searchFit } from '../../../src/layout/fit/fit-search.js';
import { scaleBase, scaleParagraph } from '../../../src/layout/fit/scale-paragraph.js';
import { scaleTextStyle } from '../../../src/layout/fit/scale-style.js';
import type { TextFitStyle } from '../../../src/layout/style/text-fit.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import type { InlineItem } from '../../../src/layout/text/types.js';
import { styleOf } from '../style/style-fixture.js';

const fonts = await defaultRegistry();
const fit = (overrides: Partial<TextFitStyle>): TextFitStyle => ({ mode: 'both', perLine: false, minSize: 'auto', maxSize: 'auto', maxLines: 'none', ...overrides });

function items(k = 1): InlineItem[] {
  const body = scaleTextStyle(styleOf({ fontSize: 20, letterSpacing: 1, lineHeight: 1.2 }), k);
  const span = scaleTextStyle(styleOf({ fontSize: 30, fontWeight: 700 }), k);
  return [
    { kind: 'text', textId: 1, text: 'Fitting text with ', style: body },
    { kind: 'open', boxId: 2, style: span, marginStart: 4, borderStart: 1, paddingStart: 6, marginEnd: 4, borderEnd: 1, paddingEnd: 6, borderTop: 0, paddingTop: 0, borderBottom: 0, paddingBottom: 0 },
    { kind: 'text', textId: 3, text: 'a bold span', style: span },
    { kind: 'close', boxId: 2 },
    { kind: 'text', textId: 4, text: ' and more words after it', style: body },
  ];
}

describe('scaled paragraphs', () => {
  it('lay out like the same paragraph shaped at the scaled sizes (edges kept)', () => {
    const block = styleOf({ fontSize: 20, lineHeight: 1.2 });
    const base = scaleBase(prepareParagraph(items(), block, fonts));
    for (const k of [0.5, 0.875, 1.5, 2.25]) {
      for (const width of [150, 260, 400]) {
        const scaled = layoutParagraph(scaleParagraph(base, k), width);
        const reshaped = layoutParagraph(prepareParagraph(items(k), scaleTextStyle(block, k), fonts), width);
        expect(scaled.lines.length).toBe(reshaped.lines.length);
        expect(scaled.height).toBeCloseTo(reshaped.height, 6);
        expect(scaled.width).toBeCloseTo(reshaped.width, 6);
        const texts = (layout: typeof scaled) => [...layout.texts.values()].flat().map((l) => [l.text, l.x.toFixed(4), l.width.toFixed(4)]);
        expect(texts(scaled)).toEqual(texts(reshaped));
      }
    }
  });
});

describe('fit ranges', () => {
  it('shrink never grows, grow never shrinks, both spans the limits', () => {
    expect(fitRange(fit({ mode: 'shrink' }), 40)).toEqual({ min: 8, max: 40 });
    expect(fitRange(fit({ mode: 'shrink', minSize: 20, maxSize: 30 }), 40)).toEqual({ min: 20, max: 30 });
    expect(fitRange(fit({ mode: 'grow' }), 40)).toEqual({ min: 40, max: 512 });
    expect(fitRange(fit({ mode: 'both', minSize: 12, maxSize: 96 }), 40)).toEqual({ min: 12, max: 96 });
    expect(fitRange(fit({ mode: 'both', maxSize: 5000 }), 40).max).toBe(2048);
  });
});

describe('searchFit', () => {
  const block = styleOf({ fontSize: 20, lineHeight: 1.2 });
  const paragraph = prepareParagraph(items(), block, fonts);
  const fitsAt = (size: number, box: { width: number; height: number; maxLines: number }): boolean => {
    const layout = layoutParagraph(scaleParagraph(scaleBase(paragraph), size / 20), box.width);
    return layout.lines.length <= box.maxLines && layout.width <= box.width + 1e-6 && layout.height <= box.height + 1e-6;
  };

  it('picks a size that fits while the next grid step does not, in bounded trials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 900 }), fc.integer({ min: 20, max: 400 }), fc.integer({ min: 1, max: 6 }), (width, height, maxLines) => {
        const box = { width, height, maxLines };
        const range = { min: 4, max: 300 };
        const outcome = searchFit(paragraph, box, range);
        expect(outcome.iterations).toBeLessThanOrEqual(MAX_FIT_ITERATIONS);
        if (!outcome.fits) {
          expect(outcome.fontSize).toBe(range.min);
          expect(fitsAt(range.min, box)).toBe(false);
          return;
        }
        expect(fitsAt(outcome.fontSize, box)).toBe(true);
        if (outcome.fontSize < range.max) expect(fitsAt(outcome.fontSize + FIT_STEP, box)).toBe(false);
      }),
      { numRuns: 60, seed: 4 },
    );
  });

  it('is monotone in the box size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 600 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 30, max: 300 }), fc.integer({ min: 0, max: 200 }), (width, extraWidth, height, extraHeight) => {
        const small = searchFit(paragraph, { width, height, maxLines: Infinity }, { min: 4, max: 300 });
        const large = searchFit(paragraph, { width: width + extraWidth, height: height + extraHeight, maxLines: Infinity }, { min: 4, max: 300 });
        expect(large.fontSize).toBeGreaterThanOrEqual(small.fontSize);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('keeps the lines that fit the height when even the minimum overflows', () => {
    const lines = layoutParagraph(paragraph, 120).lines;
    const height = lines[1]!.top + lines[1]!.height;
    expect(lines.length).toBeGreaterThan(2);
    const outcome = searchFit(paragraph, { width: 120, height, maxLines: Infinity }, { min: 20, max: 40 });
    expect(outcome).toMatchObject({ fits: false, keepLines: 2, fontSize: 20 });
    expect(searchFit(paragraph, { width: 120, height: height - 1, maxLines: Infinity }, { min: 20, max: 40 }).keepLines).toBe(1);
    expect(searchFit(paragraph, { width: 120, height: 1000, maxLines: 1 }, { min: 20, max: 40 }).keepLines).toBe(1);
  });
});
