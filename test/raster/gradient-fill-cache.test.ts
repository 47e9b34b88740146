// Linear gradient fills: a fill cached from its second use is placed, clipped and coloured like the first one drawn from its band, wherever it is reused.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { fillLinearGradient } from '../../src/raster/canvas/gradient-linear.js';
import type { Paint, RRect } from '../../src/raster/display-list/types.js';

type Linear = Extract<Paint, { kind: 'linear' }>;
const stops = [{ offset: 0, color: 'rgb(255, 0, 0)' }, { offset: 1, color: 'rgb(0, 0, 255)' }];

function paintAt(x: number, y: number, radius: number): Uint8ClampedArray {
  const canvas = createCanvas(700, 500);
  const ctx = canvas.getContext('2d');
  const shape: RRect = { rect: { x, y, width: 400, height: 300 }, radii: radius > 0 ? [[radius, radius], [radius, radius], [radius, radius], [radius, radius]] : null };
  const paint: Linear = { kind: 'linear', x0: x, y0: y, x1: x + 400, y1: y, stops, repeating: false };
  fillLinearGradient(ctx, shape, paint);
  return ctx.getImageData(0, 0, 700, 500).data;
}

const pixel = (data: Uint8ClampedArray, x: number, y: number) => [...data.subarray((y * 700 + x) * 4, (y * 700 + x) * 4 + 4)];

describe('fillLinearGradient', () => {
  it('fills the rectangle left to right from red to blue, nothing outside, corners clipped', () => {
    const data = paintAt(100, 50, 40);
    expect(pixel(data, 101, 200)[0]).toBeGreaterThan(240);
    expect(pixel(data, 498, 200)[2]).toBeGreaterThan(240);
    expect(pixel(data, 300, 200)[0]).toBeGreaterThan(110);
    expect(pixel(data, 300, 200)[0]).toBeLessThan(145);
    expect(pixel(data, 99, 200)[3]).toBe(0);
    expect(pixel(data, 300, 351)[3]).toBe(0);
    expect(pixel(data, 101, 51)[3]).toBe(0); // inside the rounded corner's cut
  });

  it('gives the same pixels from the cache, shifted, at another integer position', () => {
    const first = paintAt(100, 50, 0);
    const again = paintAt(100, 50, 0);
    // Rounded corners clip the band copies and the cached fill alike.
    const roundedFirst = paintAt(60, 40, 40);
    expect(Buffer.compare(Buffer.from(paintAt(60, 40, 40)), Buffer.from(roundedFirst))).toBe(0);
    expect(Buffer.compare(Buffer.from(paintAt(60, 40, 40)), Buffer.from(roundedFirst))).toBe(0);
    const moved = paintAt(237, 149, 0);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
    for (const [x, y] of [[100, 50], [250, 120], [499, 349]] as const) expect(pixel(moved, x + 137, y + 99)).toEqual(pixel(first, x, y));
  });
});
