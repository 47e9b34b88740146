// Property test: random paint styles written as SVG give well-formed XML that resvg draws, or a coded, non-internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/index.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { paintTree } from '../random-paint-trees.js';
import { rasterise, xmlError } from './svg-cases.js';

describe('SVG output on random paint styles', () => {
  it('is well-formed and drawable, or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(paintTree, fc.boolean(), async (element, strict) => {
        try {
          const svg = await render(element, { width: 200, height: 120, strict, format: 'svg' });
          expect(xmlError(svg.toString('utf8'))).toBeNull();
          expect(rasterise(svg).subarray(1, 4).toString()).toBe('PNG');
        } catch (error) {
          if (!(error instanceof OgsmithError)) throw error;
          expect(error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 150, seed: 424242 },
    );
  });
});
