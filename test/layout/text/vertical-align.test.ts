// vertical-align in a line box: shifted extents set the line's height; top/bottom groups align with its edges.
import { describe, expect, it } from 'vitest';
import { lineVertical, type ItemAlign } from '../../../src/layout/text/vertical-align.js';

const font = { ascent: 16, descent: 4, lineGap: 0, lineSpacing: 20 };
const strut = { extent: { above: 16, below: 4, font }, item: -1 };
const base: ItemAlign = { shift: 0, group: null, edge: null };

describe('lineVertical', () => {
  it('moves the line box by the shifted extents of raised and lowered boxes', () => {
    const aligns: ItemAlign[] = [{ ...base, shift: -10 }, { ...base, shift: 6 }];
    const line = lineVertical([strut], [{ index: 0, baseline: 20, height: 20 }, { index: 1, baseline: 10, height: 10 }], aligns);
    expect([line.above, line.below]).toEqual([30, 6]);
    expect(line.shiftOf(0)).toBe(-10);
  });

  it('grows the line away from a top box and fits a shorter bottom box inside it (Blink)', () => {
    const aligns: ItemAlign[] = [{ shift: 0, group: 0, edge: 'top' }, { shift: 0, group: 1, edge: 'bottom' }];
    const line = lineVertical([strut], [{ index: 0, baseline: 60, height: 60 }, { index: 1, baseline: 50, height: 50 }], aligns);
    expect(line.above + line.below).toBe(60);
    // The top box's top is the line top, the bottom box's bottom the line bottom.
    expect(line.shiftOf(0) - 60).toBe(-line.above);
    expect(line.shiftOf(1)).toBe(line.below);
  });
});
