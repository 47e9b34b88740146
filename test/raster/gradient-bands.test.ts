// Linear gradients drawn band by band on whole pixels: each pixel within a level of the exact colour at its centre, at any angle, clipped, with repeating stops; the colour table is colorAt()'s.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { drawLinearBands } from '../../src/raster/canvas/gradient-bands.js';
import { colourTable } from '../../src/raster/canvas/gradient-table.js';
import { colorAt, premultiplied } from '../../src/raster/display-list/gradient-stops.js';
import type { ColorStop, Paint, Rect } from '../../src/raster/display-list/types.js';

type Linear = Extract<Paint, { kind: 'linear' }>;

/** The CSS gradient line of `angle` degrees over a box, as the display list gives it. */
function linear(rect: Rect, angle: number, stops: readonly ColorStop[], repeating = false): Linear {
  const radians = (angle * Math.PI) / 180;
  const dx = Math.sin(radians);
  const dy = -Math.cos(radians);
  const half = (Math.abs(rect.width * dx) + Math.abs(rect.height * dy)) / 2;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { kind: 'linear', x0: cx - dx * half, y0: cy - dy * half, x1: cx + dx * half, y1: cy + dy * half, stops, repeating };
}

/** The exact straight-alpha colour at a point. */
function exact(paint: Linear, x: number, y: number): number[] {
  const dx = paint.x1 - paint.x0;
  const dy = paint.y1 - paint.y0;
  const t = ((x - paint.x0) * dx + (y - paint.y0) * dy) / (dx * dx + dy * dy);
  const [r, g, b, a] = colorAt(paint.stops.map((s) => ({ offset: s.offset, rgba: premultiplied(s.color) })), t, paint.repeating);
  return a > 0 ? [r / a, g / a, b / a, a * 255] : [0, 0, 0, 0];
}

const smooth: ColorStop[] = [{ offset: 0, color: 'rgb(15, 23, 42)' }, { offset: 0.55, color: 'rgb(49, 46, 129)' }, { offset: 1, color: 'rgb(124, 58, 237)' }];

function drawn(rect: Rect, paint: Linear, width = 700, height = 420): Uint8ClampedArray {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  drawLinearBands(ctx, rect, paint);
  return ctx.getImageData(0, 0, width, height).data;
}

/** Largest channel error against the exact colour over the rectangle's pixels, skipping `skip` pixels between samples. */
function largestError(data: Uint8ClampedArray, rect: Rect, paint: Linear, width = 700, skip = 7): number {
  let largest = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x + ((y * 3) % skip); x < rect.x + rect.width; x += skip) {
      const want = exact(paint, x + 0.5, y + 0.5);
      for (let c = 0; c < 3; c++) largest = Math.max(largest, Math.abs(data[(y * width + x) * 4 + c]! - want[c]!));
    }
  }
  return largest;
}

describe('drawLinearBands', () => {
  it('gives every pixel the colour at its centre, within a level, at any angle', () => {
    const rect = { x: 13, y: 7, width: 640, height: 390 };
    for (const angle of [0, 17.3, 30, 45, 90, 120, 135, 180, 200, 287]) {
      const paint = linear(rect, angle, smooth);
      expect(largestError(drawn(rect, paint), rect, paint), `${angle}deg`).toBeLessThanOrEqual(1);
    }
  });

  it('draws nothing outside the rectangle', () => {
    const rect = { x: 100, y: 50, width: 300, height: 200 };
    const data = drawn(rect, linear(rect, 30, smooth));
    for (const [x, y] of [[99, 100], [400, 100], [200, 49], [200, 250], [0, 0], [699, 419]] as const) expect(data[(y * 700 + x) * 4 + 3], `${x},${y}`).toBe(0);
    expect(data[(100 * 700 + 100) * 4 + 3]).toBe(255);
  });

  it('keeps hard stops of repeating stripes within a pixel of where they fall', () => {
    const rect = { x: 0, y: 0, width: 700, height: 420 };
    const stripes: ColorStop[] = [{ offset: 0, color: 'rgb(255, 0, 0)' }, { offset: 0.02, color: 'rgb(255, 0, 0)' }, { offset: 0.02, color: 'rgb(0, 0, 255)' }, { offset: 0.04, color: 'rgb(0, 0, 255)' }];
    const paint = linear(rect, 60, stripes, true);
    const data = drawn(rect, paint);
    // A pixel may be off only where the exact colour changes within half a pixel of its centre.
    let off = 0;
    for (let y = 0; y < 420; y += 3) {
      for (let x = 0; x < 700; x += 5) {
        const red = data[(y * 700 + x) * 4]! > 127;
        const near = [-0.5, 0.5].map((d) => exact(paint, x + 0.5 + d, y + 0.5)[0]! > 127);
        if (near[0] === near[1] && red !== near[0]) off++;
      }
    }
    expect(off).toBe(0);
  });

  it('keeps a steep gradient over a tall fill (bands moved 2,000 rows) within half a pixel of its colour', () => {
    const rect = { x: 0, y: 0, width: 60, height: 2000 };
    const paint = linear(rect, 89.3, smooth);
    const data = drawn(rect, paint, 60, 2000);
    // Blue changes 195 levels over the 60-pixel line: half a pixel's change is 1.6 levels, and the bands' whole-pixel moves may cost that much, plus rounding.
    const halfPixel = (0.5 * 195) / 60;
    expect(largestError(data, rect, paint, 60, 3)).toBeLessThanOrEqual(halfPixel + 0.5);
  });
});

describe('colourTable', () => {
  it("is colorAt()'s colour made straight, entry by entry, for plain, hard-stop, translucent and repeating stops", () => {
    const cases: [readonly ColorStop[], boolean, number, number][] = [
      [smooth, false, -0.2, 1.3],
      [[{ offset: 0.3, color: 'rgba(255, 0, 0, 0.5)' }, { offset: 0.3, color: 'rgba(0, 0, 255, 0)' }, { offset: 0.9, color: 'rgb(0, 200, 0)' }], false, 0, 1],
      [[{ offset: 0.1, color: 'rgb(255, 255, 0)' }, { offset: 0.35, color: 'rgb(0, 0, 0)' }], true, -1.7, 2.2],
    ];
    for (const [stops, repeating, from, to] of cases) {
      const table = colourTable(stops, repeating, from, to, 997);
      const prepared = stops.map((s) => ({ offset: s.offset, rgba: premultiplied(s.color) }));
      for (let k = 0; k < 997; k++) {
        const [r, g, b, a] = colorAt(prepared, from + (k * (to - from)) / 996, repeating);
        const straight = (v: number): number => (a > 0 ? Math.min(255, Math.round(v / a)) : 0);
        const want = (straight(r) | (straight(g) << 8) | (straight(b) << 16) | (Math.round(a * 255) << 24)) >>> 0;
        expect(table[k], `${k}`).toBe(a > 0 ? want : 0);
      }
    }
  });
});
