// findGradient() finds the gradient of a background layer where the pattern the painter used to match finds it, in one pass over a long data: URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGradient } from '../../src/raster/display-list/background.js';

const GRADIENT = /(?:repeating-)?(?:linear|radial|conic)-gradient\([\s\S]*\)/i;
function reference(layer: string): { start: number; end: number } | null {
  const match = GRADIENT.exec(layer);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const piece = fc.constantFrom('linear-gradient(', 'Radial-Gradient(', 'repeating-conic-gradient(', 'REPEATING-LINEAR-GRADIENT(', 'xrepeating-radial-gradient(', '-gradient(', 'gradient(', 'repeating-', 'linear', '(', ')', 'red', ', ', ' ', 'url(a.png)', 'rgba(0,0,0,.5)', '45deg');
const layer = fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join(''));

describe('findGradient', () => {
  it('finds what the gradient pattern matches, on random layers', () => {
    fc.assert(
      fc.property(layer, (text) => {
        expect(findGradient(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds none in a data: URL layer', () => {
    expect(findGradient(`url(data:image/jpeg;base64,${'QUJD'.repeat(100_000)}) center / cover no-repeat`)).toBeNull();
  });
});
