// Rounded dashed and dotted borders: Blink's closed-path dash gap and the centre line's length.
import { describe, expect, it } from 'vitest';
import { closedDashGap, perimeter } from '../../src/raster/canvas/rounded-dashes.js';

describe('closedDashGap', () => {
  it('keeps the wanted gap when whole dashes fit exactly', () => {
    expect(closedDashGap(120, 8, 4)).toBeCloseTo(4);
  });

  it('stretches or shrinks the gap to the nearer whole number of dashes', () => {
    // 125 / 12 = 10.4: 10 dashes with gaps of 4.5 beat 11 dashes with gaps of 3.36.
    expect(closedDashGap(125, 8, 4)).toBeCloseTo(4.5);
    // 130 / 12 = 10.8: 11 dashes (gap 3.82) beat 10 (gap 5).
    expect(closedDashGap(130, 8, 4)).toBeCloseTo((130 - 88) / 11);
  });

  it('always leaves a positive gap', () => {
    for (let length = 10; length < 200; length += 7) expect(closedDashGap(length, 6, 6)).toBeGreaterThan(0);
  });
});

describe('perimeter', () => {
  it('is the rectangle\'s without radii and the circle\'s for a full round', () => {
    expect(perimeter({ rect: { x: 0, y: 0, width: 30, height: 20 }, radii: null })).toBe(100);
    const r = 10;
    expect(perimeter({ rect: { x: 0, y: 0, width: 20, height: 20 }, radii: [[r, r], [r, r], [r, r], [r, r]] })).toBeCloseTo(2 * Math.PI * r, 6);
  });
});
