// Property test: random paint styles never make render() throw anything but a coded, non-internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { paintTree as tree } from './random-paint-trees.js';

describe('render() on random paint styles', () => {
  it('returns an image or throws a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.boolean(), async (element, strict) => {
        try {
          const png = await render(element, { width: 200, height: 120, strict });
          expect(png.subarray(1, 4).toString()).toBe('PNG');
        } catch (error) {
          if (!(error instanceof OgsmithError)) throw error;
          expect(error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 150, seed: 424242 },
    );
  });
});
