// The SVG path grammar: commands, relative forms, implicit repeats, compact numbers, arcs to cubics, and where errors end a path.
import { describe, expect, it } from 'vitest';
import { forEachSegment, PathVerb } from '../../../src/layout/fonts/glyph-outline.js';
import { parsePathData } from '../../../src/raster/vector/path-data.js';
import type { VectorPath } from '../../../src/raster/vector/scene.js';

/** The path as [verb, ...points] rows, points rounded to 1e-4. */
function rows(path: VectorPath): number[][] {
  const out: number[][] = [];
  forEachSegment(path, (verb, p, at) => {
    const n = verb === PathVerb.Close ? 0 : verb === PathVerb.Cubic ? 6 : verb === PathVerb.Quad ? 4 : 2;
    out.push([verb, ...Array.from(p.subarray(at, at + n), (v) => Math.round(v * 1e4) / 1e4)]);
  });
  return out;
}

const { Move: M, Line: L, Quad: Q, Cubic: C, Close: Z } = PathVerb;

describe('parsePathData', () => {
  it('reads absolute and relative commands to the same geometry', () => {
    const absolute = rows(parsePathData('M10 10 L40 10 H60 V30 C70 30 80 40 80 50 Q30 80 20 60 Z'));
    const relative = rows(parsePathData('m10 10 l30 0 h20 v20 c10 0 20 10 20 20 q-50 30-60 10 z'));
    expect(relative).toEqual(absolute);
    expect(absolute.map((r) => r[0])).toEqual([M, L, L, L, C, Q, Z]);
  });

  it('repeats a command over extra argument sets; a moveto repeats as lineto (relative for m)', () => {
    expect(rows(parsePathData('M0 0 1 1 2 2'))).toEqual([[M, 0, 0], [L, 1, 1], [L, 2, 2]]);
    expect(rows(parsePathData('m1 1 2 2 1 0'))).toEqual([[M, 1, 1], [L, 3, 3], [L, 4, 3]]);
    expect(rows(parsePathData('M0 0H1 2V3,4'))).toEqual([[M, 0, 0], [L, 1, 0], [L, 2, 0], [L, 2, 3], [L, 2, 4]]);
    expect(rows(parsePathData('M0 0h1 2v3,4'))).toEqual([[M, 0, 0], [L, 1, 0], [L, 3, 0], [L, 3, 3], [L, 3, 7]]);
  });

  it('reads numbers without separators: signs, second dots and exponents', () => {
    expect(rows(parsePathData('M.5.5-1-1'))).toEqual([[M, 0.5, 0.5], [L, -1, -1]]);
    expect(rows(parsePathData('M1e1-1e-1L2E+1,3'))).toEqual([[M, 10, -0.1], [L, 20, 3]]);
  });

  it('reflects the previous control point for S and T, and uses the current point after another command', () => {
    expect(rows(parsePathData('M0 0C1 2 3 4 5 5S9 8 10 10'))[2]).toEqual([C, 7, 6, 9, 8, 10, 10]);
    expect(rows(parsePathData('M0 0Q5 5 10 0T20 0'))[2]).toEqual([Q, 15, -5, 20, 0]);
    expect(rows(parsePathData('M0 0L5 5T10 0'))[2]).toEqual([Q, 5, 5, 10, 0]);
    expect(rows(parsePathData('M0 0L5 5S8 8 10 10'))[2]).toEqual([C, 5, 5, 8, 8, 10, 10]);
  });

  it('starts a drawing command after a close at the subpath start', () => {
    expect(rows(parsePathData('M10 10h5z l1 1'))).toEqual([[M, 10, 10], [L, 15, 10], [Z], [M, 10, 10], [L, 11, 11]]);
  });

  it('draws up to the first error, as SVG 2 says, and nothing when the path does not start with a moveto', () => {
    expect(rows(parsePathData('M0 0L10 10L20'))).toEqual([[M, 0, 0], [L, 10, 10]]);
    expect(rows(parsePathData('M0 0L10 10X5 5'))).toEqual([[M, 0, 0], [L, 10, 10]]);
    expect(rows(parsePathData('M0 0L10 10,,20 20'))).toEqual([[M, 0, 0], [L, 10, 10]]);
    expect(rows(parsePathData('L10 10'))).toEqual([]);
    expect(rows(parsePathData('M0 0z5 5'))).toEqual([[M, 0, 0], [Z]]);
    expect(rows(parsePathData(''))).toEqual([]);
  });

  describe('arcs', () => {
    /** Every on-curve point of the path's cubics and their midpoints (t = 0.5) lie at `radius` from the centre. */
    function expectOnCircle(path: VectorPath, cx: number, cy: number, radius: number): void {
      let x0 = 0;
      let y0 = 0;
      let cubics = 0;
      forEachSegment(path, (verb, p, at) => {
        if (verb === PathVerb.Cubic) {
          cubics++;
          const mx = 0.125 * x0 + 0.375 * p[at]! + 0.375 * p[at + 2]! + 0.125 * p[at + 4]!;
          const my = 0.125 * y0 + 0.375 * p[at + 1]! + 0.375 * p[at + 3]! + 0.125 * p[at + 5]!;
          expect(Math.hypot(mx - cx, my - cy)).toBeCloseTo(radius, 3);
          expect(Math.hypot(p[at + 4]! - cx, p[at + 5]! - cy)).toBeCloseTo(radius, 3);
        }
        if (verb !== PathVerb.Close) {
          const n = verb === PathVerb.Cubic ? 4 : verb === PathVerb.Quad ? 2 : 0;
          x0 = p[at + n]!;
          y0 = p[at + n + 1]!;
        }
      });
      expect(cubics).toBeGreaterThan(0);
    }

    it('converts an arc to cubics of at most 90° on the right circle, flags written without separators', () => {
      const path = parsePathData('M0 0a5 5 0 1010 0');
      expect(rows(path).filter((r) => r[0] === C)).toHaveLength(2);
      expect(rows(path).at(-1)!.slice(-2)).toEqual([10, 0]);
      expectOnCircle(path, 5, 0, 5);
    });

    it('picks the centre from the large-arc and sweep flags', () => {
      // From (0,0) to (10,10) with r=10: the centre is (10,0) or (0,10).
      const small = parsePathData('M0 0A10 10 0 0 0 10 10');
      expectOnCircle(small, 10, 0, 10);
      expect(rows(small).filter((r) => r[0] === C)).toHaveLength(1);
      const large = parsePathData('M0 0A10 10 0 1 0 10 10');
      expectOnCircle(large, 0, 10, 10);
      expect(rows(large).filter((r) => r[0] === C)).toHaveLength(3);
      expectOnCircle(parsePathData('M0 0A10 10 0 0 1 10 10'), 0, 10, 10);
    });

    it('scales radii up when they cannot reach the end point', () => {
      expectOnCircle(parsePathData('M0 0A1 1 0 0 1 10 0'), 5, 0, 5);
    });

    it('draws a line for a zero radius and nothing for an arc to its own start', () => {
      expect(rows(parsePathData('M0 0A0 5 0 0 1 10 0'))).toEqual([[M, 0, 0], [L, 10, 0]]);
      expect(rows(parsePathData('M3 3A5 5 0 0 1 3 3'))).toEqual([[M, 3, 3]]);
    });

    it('rotates the ellipse by the x-axis-rotation', () => {
      // A 90°-rotated ellipse with rx 10, ry 5 is an ellipse with rx 5, ry 10: a half of it from (0,-10) to (0,10) passes through (5,0).
      const path = parsePathData('M0 -10A10 5 90 0 1 0 10');
      const ends = rows(path).filter((r) => r[0] === C).map((r) => r.slice(-2));
      expect(ends[0]![0]).toBeCloseTo(5, 3);
      expect(ends[0]![1]).toBeCloseTo(0, 3);
    });
  });
});

describe('path numbers', () => {
  it('reads every number exactly as Number() does (short, long, signed, exponent forms)', () => {
    const samples = ['0', '-0.5', '+.25', '12.345678901234', '0.1', '0.3', '1234567890.12345', '123456789012345678', '3.14159265358979323846', '1e-7', '-2.5E+3', '0.000001', '99.99'];
    for (const text of samples) {
      const [, , x] = Array.from(parsePathData(`M0 0L${text} 0`).points);
      expect(x).toBe(Math.fround(Number(text)));
    }
  });
});
