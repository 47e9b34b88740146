// Grid auto-placement: sparse and dense cursors, implicit tracks before the grid, and clamped huge spans.
import { describe, expect, it } from 'vitest';
import { MAX_LINE, placeItems } from '../../../src/layout/grid/place-items.js';
import type { AxisPlacement } from '../../../src/layout/grid/resolve-lines.js';

const auto = (span = 1): AxisPlacement => ({ kind: 'auto', span });
const at = (start: number, end: number): AxisPlacement => ({ kind: 'definite', start, end });

describe('placeItems', () => {
  it('fills rows left to right, skipping cells taken by definite items, and leaves holes when sparse', () => {
    const items = [{ row: auto(), column: auto() }, { row: auto(), column: auto(3) }, { row: auto(), column: auto(2) }, { row: auto(), column: auto() }];
    const sparse = placeItems(items, 0, 3, { column: false, dense: false });
    expect(sparse.areas.map((a) => [a.rowStart, a.columnStart])).toEqual([[0, 0], [1, 0], [2, 0], [2, 2]]);
    const dense = placeItems(items, 0, 3, { column: false, dense: true });
    expect(dense.areas.map((a) => [a.rowStart, a.columnStart])).toEqual([[0, 0], [1, 0], [0, 1], [2, 0]]);
  });

  it('adds implicit tracks before the explicit grid for lines left of it', () => {
    const placement = placeItems([{ row: auto(), column: at(-2, -1) }, { row: auto(), column: auto() }], 0, 2, { column: false, dense: false });
    expect(placement.columnOffset).toBe(2);
    expect(placement.columns).toBe(4);
    expect(placement.areas[0]).toMatchObject({ columnStart: 0, columnEnd: 1 });
  });

  it('places column-flow items down the rows first', () => {
    const placement = placeItems([{ row: auto(), column: auto() }, { row: auto(), column: auto() }, { row: auto(), column: auto() }], 2, 0, { column: true, dense: false });
    expect(placement.areas.map((a) => [a.rowStart, a.columnStart])).toEqual([[0, 0], [1, 0], [0, 1]]);
  });

  it('clamps spans and lines to the line limit, so a huge span cannot make a huge grid', () => {
    const placement = placeItems([{ row: auto(), column: auto(10_000_000) }, { row: at(5_000_000, 5_000_001), column: auto() }], 0, 1, { column: false, dense: false });
    expect(placement.columns).toBeLessThanOrEqual(MAX_LINE);
    expect(placement.rows).toBeLessThanOrEqual(MAX_LINE + 1);
  });
});
