// Gradient stops for SVG: repeating gradients unrolled with the right colour at each end, ends cut with the colour there, premultiplied alpha kept.
import { describe, expect, it } from 'vitest';
import { unitStops } from '../../../src/raster/svg-output/gradient-stops.js';

const DARK = 'rgb(17, 24, 39)';
const AMBER = 'rgb(251, 191, 36)';

describe('unitStops', () => {
  it('starts a repeating gradient with its first stop and ends it with the last stop of the last period (hard stops at 0 and 1)', () => {
    const stops = unitStops([{ offset: 0, color: DARK }, { offset: 0.0625, color: DARK }, { offset: 0.0625, color: AMBER }, { offset: 0.125, color: AMBER }], true);
    expect(stops[0]).toMatchObject({ offset: 0, color: { r: 17, g: 24, b: 39 } });
    expect(stops[stops.length - 1]).toMatchObject({ offset: 1, color: { r: 251, g: 191, b: 36 } });
    expect(stops.filter((s) => s.offset > 0 && s.offset < 1)).toHaveLength(4 * 8 - 2);
  });

  it('cuts stops outside 0–1 with the colour where the line crosses the end', () => {
    const stops = unitStops([{ offset: -1, color: 'rgb(0, 0, 0)' }, { offset: 1, color: 'rgb(200, 100, 0)' }], false);
    expect(stops).toEqual([{ offset: 0, color: { r: 100, g: 50, b: 0, a: 1 } }, { offset: 1, color: { r: 200, g: 100, b: 0, a: 1 } }]);
  });

  it('adds stops where alpha changes, interpolated premultiplied (transparent to red stays red, not grey)', () => {
    const stops = unitStops([{ offset: 0, color: 'rgba(255, 255, 255, 0)' }, { offset: 1, color: 'rgb(255, 0, 0)' }], false);
    expect(stops).toHaveLength(9);
    for (const stop of stops.slice(1)) expect(stop.color).toMatchObject({ r: 255, g: 0, b: 0 });
  });
});
