// Path coverage kept between portable renders, and glyph masks' covered spans: the same pixels whether kept or not, never one path's coverage for another.
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { clearKeptCoverage, keptCoverageStats, pathCoverage } from '../../src/raster/portable/coverage-cache.js';
import { Path } from '../../src/raster/portable/path.js';
import { coverageSpans, rasteriseInto } from '../../src/raster/portable/rasterise.js';
import { clearShaderRows } from '../../src/raster/portable/shader-rows.js';

const pill = (width: number) => ({ type: 'div', props: { style: { display: 'flex', padding: '10px 24px', borderRadius: 999, backgroundColor: '#a7f3d0', width, height: 48 } } });
const card = (...widths: number[]) => ({ type: 'div', props: { style: { width: 400, height: 200, display: 'flex', gap: 12, padding: 20, backgroundColor: '#ecfdf5' }, children: widths.map(pill) } });
const avatarCard = (radius: number) => ({ type: 'div', props: { style: { width: 300, height: 160, display: 'flex', backgroundColor: 'white' }, children: { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#f472b6"/></svg>').toString('base64')}`, width: 140, height: 140, style: { borderRadius: radius } } } } });
const options = { width: 400, height: 200, backend: 'portable' } as const;
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

beforeEach(() => {
  clearKeptCoverage();
  clearShaderRows();
});

describe('kept path coverage', () => {
  it('keeps rounded boxes from their second render on, with the same PNG every time', async () => {
    const first = await render(card(90, 120), options);
    expect(keptCoverageStats().paths).toBe(0);
    const second = await render(card(90, 120), options);
    expect(keptCoverageStats().paths).toBeGreaterThanOrEqual(2);
    const third = await render(card(90, 120), options);
    expect(same(second, first)).toBe(true);
    expect(same(third, first)).toBe(true);
  });

  it('never gives one shape the coverage of another over the same box', async () => {
    await render(card(90, 120), options);
    await render(card(90, 120), options);
    // Same boxes, other radii: a different path, so a different key.
    const squarer = { type: 'div', props: { style: { width: 400, height: 200, display: 'flex', gap: 12, padding: 20, backgroundColor: '#ecfdf5' }, children: [90, 120].map((width) => ({ type: 'div', props: { style: { display: 'flex', padding: '10px 24px', borderRadius: 8, backgroundColor: '#a7f3d0', width, height: 48 } } })) } };
    const kept = await render(squarer, options);
    clearKeptCoverage();
    expect(same(kept, await render(squarer, options))).toBe(true);
  });

  it('keeps an image clip and draws the same pixels through it', async () => {
    const clipOptions = { width: 300, height: 160, backend: 'portable' } as const;
    const first = await render(avatarCard(70), clipOptions);
    await render(avatarCard(70), clipOptions);
    const kept = await render(avatarCard(70), clipOptions);
    expect(keptCoverageStats().paths).toBeGreaterThanOrEqual(1);
    expect(same(kept, first)).toBe(true);
    const other = await render(avatarCard(20), clipOptions);
    clearKeptCoverage();
    expect(same(other, await render(avatarCard(20), clipOptions))).toBe(true);
  });

  it('returns rasteriseInto\'s values, kept or not, and keeps a copy rather than the caller\'s scratch array', () => {
    const path = new Path().moveTo(3.2, 1.5).lineTo(60.7, 4.1).lineTo(40.3, 50.9).lineTo(2.1, 30.4);
    const box = { x: 0, y: 0, width: 64, height: 56 };
    const expected = new Float32Array(64 * 56);
    rasteriseInto(path, 'nonzero', box, expected);
    const scratch = new Float32Array(64 * 56);
    expect(pathCoverage(path, 'nonzero', box, () => scratch)).toEqual(expected);
    expect(pathCoverage(path, 'nonzero', box, () => scratch)).toEqual(expected);
    scratch.fill(0.5);
    const kept = pathCoverage(path, 'nonzero', box, () => scratch);
    expect(kept).not.toBe(scratch);
    expect(kept).toEqual(expected);
    expect(pathCoverage(path, 'evenodd', box, () => new Float32Array(64 * 56))).toEqual(expected);
    expect(keptCoverageStats().paths).toBe(1);
  });
});

describe('coverageSpans', () => {
  it('gives each row its first covered column and the column after its last, 0 and 0 for an empty row', () => {
    const data = Float32Array.from([0, 0.2, 1, 0, 0.5, 0, /* row 2 */ 0, 0, 0, 0, 0, 0, /* row 3 */ 1, 0, 0, 0, 0, 0.01]);
    expect([...coverageSpans(data, 6, 3)]).toEqual([1, 5, 0, 0, 0, 6]);
  });
});
