// Radial gradients computed pixel by pixel: smooth (no dither noise), the stops where CSS puts them, clipped to the shape.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { fillRadialGradient } from '../../src/raster/canvas/gradient-radial.js';
import type { Paint } from '../../src/raster/display-list/types.js';
import { renderCanvas } from '../../src/render.js';

type Radial = Extract<Paint, { kind: 'radial' }>;
const radial = (rx: number, ry: number, repeating = false): Radial => ({ kind: 'radial', cx: 200, cy: 150, rx, ry, repeating, stops: [{ offset: 0, color: 'rgb(30, 58, 138)' }, { offset: 1, color: 'rgb(2, 6, 23)' }] });

function paint(paintSpec: Radial, radius = 0): Uint8ClampedArray {
  const canvas = createCanvas(400, 300);
  const ctx = canvas.getContext('2d');
  const drawn = fillRadialGradient(ctx, { rect: { x: 0, y: 0, width: 400, height: 300 }, radii: radius > 0 ? [[radius, radius], [radius, radius], [radius, radius], [radius, radius]] : null }, paintSpec);
  expect(drawn).toBe(true);
  return ctx.getImageData(0, 0, 400, 300).data;
}

const channel = (data: Uint8ClampedArray, x: number, y: number, c: number): number => data[(y * 400 + x) * 4 + c]!;

describe('fillRadialGradient', () => {
  it('falls monotonically from the centre outwards, with no dither noise', () => {
    const data = paint(radial(180, 180));
    for (const c of [0, 1, 2]) for (let x = 201; x < 399; x++) expect(channel(data, x, 150, c)).toBeLessThanOrEqual(channel(data, x - 1, 150, c));
  });

  it('puts the stops at the ellipse: first colour at the centre, halfway at half the radius, last colour beyond it', () => {
    const data = paint(radial(180, 90));
    expect(channel(data, 200, 150, 2)).toBeGreaterThanOrEqual(137);
    expect(Math.abs(channel(data, 290, 150, 2) - (138 + 23) / 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(channel(data, 200, 195, 2) - (138 + 23) / 2)).toBeLessThanOrEqual(2);
    expect(channel(data, 200, 245, 2)).toBe(23);
  });

  it('repeats the stops of a repeating gradient and clips to rounded corners', () => {
    const data = paint({ ...radial(40, 40, true), stops: [{ offset: 0, color: 'rgb(255, 0, 0)' }, { offset: 0.5, color: 'rgb(0, 0, 255)' }] }, 60);
    expect(channel(data, 200, 150, 0)).toBeGreaterThan(240);
    expect(channel(data, 219, 150, 2)).toBeGreaterThan(240);
    expect(channel(data, 240, 150, 0)).toBeGreaterThan(240);
    expect(channel(data, 1, 1, 3)).toBe(0);
  });

  it("is how a card's radial-gradient background is painted: smooth rows, so its PNG stays small", async () => {
    const card = { type: 'div', props: { style: { width: 600, height: 400, backgroundImage: 'radial-gradient(circle at 30% 20%, #1e3a8a 0%, #0f172a 45%, #020617 100%)' } } };
    const canvas = await renderCanvas(card, { width: 600, height: 400 });
    const data = canvas.getContext('2d').getImageData(0, 0, 600, 400).data;
    const at = (x: number, y: number): number => data[(y * 600 + x) * 4 + 2]!;
    // Along row 80 (the centre's row), blue only falls to the right of the centre: dithering would make it jitter.
    for (let x = 181; x < 600; x++) expect(at(x, 80)).toBeLessThanOrEqual(at(x - 1, 80));
  });
});
