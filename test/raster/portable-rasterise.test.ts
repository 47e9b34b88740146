// The portable rasteriser's pieces: exact coverage, fill rules, clips, gradient ends, strokes, blur energy and compositing.
import { describe, expect, it } from 'vitest';
import { gaussianBlur } from '../../src/raster/portable/blur.js';
import { PortableContext } from '../../src/raster/portable/context.js';
import { Path } from '../../src/raster/portable/path.js';
import { rasterise } from '../../src/raster/portable/rasterise.js';
import { shaderFor, solidColor, solidShader } from '../../src/raster/portable/shader.js';
import { Surface, toStraightAlpha } from '../../src/raster/portable/surface.js';

const canvas = { x: 0, y: 0, width: 20, height: 20 };
const at = (coverage: { box: { x: number; y: number; width: number }; data: Float32Array }, x: number, y: number): number => coverage.data[(y - coverage.box.y) * coverage.box.width + (x - coverage.box.x)]!;
const triangle = (path: Path, x: number, y: number, size: number): Path => path.moveTo(x, y).lineTo(x + size, y + size).lineTo(x, y + size).close();

describe('coverage', () => {
  it('covers a pixel cut in half by a vertical edge by one half', () => {
    const coverage = rasterise(new Path().rect(2.5, 2, 5, 5), 'nonzero', canvas)!;
    expect(at(coverage, 2, 3)).toBeCloseTo(0.5, 5);
    expect(at(coverage, 4, 3)).toBeCloseTo(1, 5);
  });

  it('gives a pixel cut on its diagonal half coverage', () => {
    const coverage = rasterise(triangle(new Path(), 4, 4, 8), 'nonzero', canvas)!;
    // The edge runs from (4, 4) to (12, 12): pixel (8, 8) is cut on its diagonal.
    expect(at(coverage, 8, 8)).toBeCloseTo(0.5, 2);
    expect(at(coverage, 6, 8)).toBeCloseTo(1, 5);
    expect(at(coverage, 10, 8)).toBe(0);
  });

  it('snaps the edges of non-rectangular paths to quarter pixels vertically, as Skia does', () => {
    // A top edge at y = 10.3 covers 0.75 of row 10 (snapped to 10.25); a rect at the same y covers 0.7.
    const shape = rasterise(new Path().moveTo(2, 10.3).lineTo(18, 10.3).lineTo(19, 19).lineTo(1, 19).close(), 'nonzero', canvas)!;
    expect(at(shape, 10, 10)).toBeCloseTo(0.75, 5);
    const rect = rasterise(new Path().rect(2, 10.3, 10, 5), 'nonzero', canvas)!;
    expect(at(rect, 5, 10)).toBeCloseTo(0.7, 5);
  });

  it('fills overlapping contours by nonzero winding, and holes by even-odd', () => {
    const twice = new Path().rect(2, 2, 10, 10).rect(4, 4, 4, 4);
    expect(at(rasterise(twice, 'nonzero', canvas)!, 5, 5)).toBeCloseTo(1, 5);
    expect(at(rasterise(twice, 'evenodd', canvas)!, 5, 5)).toBeCloseTo(0, 5);
    expect(at(rasterise(twice, 'evenodd', canvas)!, 3, 3)).toBeCloseTo(1, 5);
  });

  it('keeps coverage right for paths that leave the box on the left and right', () => {
    const coverage = rasterise(new Path().rect(-5, 2, 40, 4), 'nonzero', canvas)!;
    expect(at(coverage, 0, 3)).toBeCloseTo(1, 5);
    expect(at(coverage, 19, 3)).toBeCloseTo(1, 5);
  });
});

describe('drawing', () => {
  it('clips a fill to a rounded rectangle with anti-aliased corners', () => {
    const surface = new Surface(20, 20);
    const ctx = new PortableContext(surface);
    ctx.clipTo(new Path().rrect({ rect: { x: 0, y: 0, width: 20, height: 20 }, radii: [[10, 10], [10, 10], [10, 10], [10, 10]] }));
    ctx.fill(new Path().rect(0, 0, 20, 20), solidShader(solidColor('black')));
    const alpha = (x: number, y: number): number => surface.data[(y * 20 + x) * 4 + 3]!;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(10, 10)).toBe(255);
    // Pixel (0, 6) straddles the corner's circle (its centre is 10.1 px from the circle's).
    expect(alpha(0, 6)).toBeGreaterThan(20);
    expect(alpha(0, 6)).toBeLessThan(235);
  });

  it('gives a linear gradient its first and last stop colours at the ends', () => {
    const shader = shaderFor({ kind: 'linear', x0: 0, y0: 0, x1: 100, y1: 0, stops: [{ offset: 0, color: 'red' }, { offset: 1, color: 'blue' }], repeating: false }, [1, 0, 0, 1, 0, 0])!;
    const words = new Uint32Array(100);
    shader.row(0, 0, 100, words);
    const out = new Uint8Array(words.buffer);
    expect([...out.subarray(0, 4)].map(Math.round)).toEqual([254, 0, 1, 255]);
    expect([...out.subarray(396, 400)].map(Math.round)).toEqual([1, 0, 254, 255]);
    expect(out[200]).toBeGreaterThan(100);
    expect(out[200]).toBeLessThan(155);
  });

  it('draws a hard stop (all stops at one offset) as the first colour before it and the last after', () => {
    const shader = shaderFor({ kind: 'linear', x0: 0, y0: 0, x1: 10, y1: 0, stops: [{ offset: 0.5, color: 'red' }, { offset: 0.5, color: 'blue' }], repeating: false }, [1, 0, 0, 1, 0, 0])!;
    const words = new Uint32Array(10);
    shader.row(0, 0, 10, words);
    const out = new Uint8Array(words.buffer);
    expect([...out.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...out.subarray(36, 40)]).toEqual([0, 0, 255, 255]);
  });

  it('composites a translucent colour over an opaque one and unpremultiplies for output', () => {
    const surface = new Surface(4, 4);
    const ctx = new PortableContext(surface);
    ctx.fill(new Path().rect(0, 0, 4, 4), solidShader(solidColor('white')));
    ctx.fill(new Path().rect(0, 0, 4, 4), solidShader(solidColor('rgba(0, 0, 255, 0.5)')));
    expect([...toStraightAlpha(surface).subarray(0, 4)]).toEqual([128, 128, 255, 255]);
    const translucent = new Surface(1, 1);
    new PortableContext(translucent).fill(new Path().rect(0, 0, 1, 1), solidShader(solidColor('rgba(255, 0, 0, 0.5)')));
    expect([...toStraightAlpha(translucent)]).toEqual([255, 0, 0, 128]);
  });

  it('strokes a dashed line into separate dashes with butt caps', () => {
    const surface = new Surface(40, 10);
    const ctx = new PortableContext(surface);
    ctx.stroke(new Path().moveTo(0, 5).lineTo(40, 5), { width: 2, cap: 'butt', join: 'miter', dash: [5, 5] }, solidShader(solidColor('black')));
    const alpha = (x: number): number => surface.data[(5 * 40 + x) * 4 + 3]!;
    expect([alpha(2), alpha(7), alpha(12), alpha(17)]).toEqual([255, 0, 255, 0]);
  });
});

describe('gaussianBlur', () => {
  it.each([1, 4, 12])('keeps the total coverage (σ = %d) and spreads a point symmetrically', (sigma) => {
    const size = 101;
    const data = new Float32Array(size * size);
    data[50 * size + 50] = 1;
    gaussianBlur(data, size, size, sigma);
    const total = data.reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 3);
    expect(data[50 * size + 50 - 3]).toBeCloseTo(data[50 * size + 50 + 3]!, 5);
    expect(data[50 * size + 50]).toBeLessThan(1);
  });
});
