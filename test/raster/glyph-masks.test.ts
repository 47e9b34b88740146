// Glyph mask cache: blitted glyphs match path fills, the cache is used only where safe, stays bounded, and never changes the bytes.
import { harfbuzzFont } from '../../src/layout/fonts/harfbuzz.js';
import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { defaultRegistry } from '../../src/fonts/bundled.js';
import type { FontFace } from '../../src/layout/fonts/font-face.js';
import type { DisplayCommand, DrawnGlyph, Paint } from '../../src/raster/display-list/types.js';
import { clearGlyphMasks, glyphMaskStats, MAX_MASK_BYTES, MAX_MASKS } from '../../src/raster/canvas/glyph-masks.js';
import { glyphPath } from '../../src/raster/canvas/glyph-paths.js';
import { glyphs } from '../../src/raster/canvas/text.js';

type GlyphsCommand = Extract<DisplayCommand, { op: 'glyphs' }>;

const fonts = await defaultRegistry();
const face: FontFace = fonts.faces[0]!;
const black: Paint = { kind: 'color', color: 'rgb(20, 30, 40)' };
const gradient: Paint = { kind: 'linear', x0: 0, y0: 0, x1: 200, y1: 0, stops: [{ offset: 0, color: 'red' }, { offset: 1, color: 'blue' }], repeating: false };

const glyphId = (char: string): number => harfbuzzFont(face).nominalGlyph(char.codePointAt(0)!) ?? 0;

function run(text: string, x: number, y: number, size: number, paint: Paint = black): GlyphsCommand {
  const placed: DrawnGlyph[] = [...text].map((char, i) => ({ glyphId: glyphId(char), x: x + i * size * 0.7, y }));
  return { op: 'glyphs', fontKey: face.key, size, paint, glyphs: placed, shadow: null, stroke: null };
}

function draw(command: GlyphsCommand, prepare: (ctx: SKRSContext2D) => void = () => {}): Uint8ClampedArray {
  const canvas = createCanvas(240, 120);
  const ctx = canvas.getContext('2d');
  prepare(ctx);
  glyphs(ctx, command, fonts);
  return ctx.getImageData(0, 0, 240, 120).data;
}

/** The glyph filled as a path, as text.ts does without masks, at a device position. */
function pathFill(char: string, x: number, y: number, size: number): Uint8ClampedArray {
  const canvas = createCanvas(240, 120);
  const ctx = canvas.getContext('2d');
  const scale = size / face.unitsPerEm;
  const path = new Path2D();
  path.addPath(glyphPath(face, glyphId(char))!, { a: scale, b: 0, c: 0, d: scale, e: x, f: y });
  ctx.fillStyle = 'rgb(20, 30, 40)';
  ctx.fill(path);
  return ctx.getImageData(0, 0, 240, 120).data;
}

function largestDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

const inked = (data: Uint8ClampedArray): number => data.filter((_, i) => i % 4 === 3 && data[i]! > 0).length;

beforeEach(() => clearGlyphMasks());

describe('glyph masks', () => {
  it('blit a glyph like the path fill at its quantised position: x in quarter pixels, the baseline on a whole pixel', () => {
    const masked = draw(run('g', 40.25, 80, 64));
    expect(glyphMaskStats().masks).toBe(1);
    expect(inked(masked)).toBeGreaterThan(300);
    expect(largestDifference(masked, pathFill('g', 40.25, 80, 64))).toBeLessThanOrEqual(2);
    // 40.3 rounds to the 40.25 phase and 79.8 to the baseline 80: the very same pixels.
    expect(largestDifference(draw(run('g', 40.3, 79.8, 64)), masked)).toBe(0);
    // A quarter pixel further is another phase and other pixels, still the path's shape.
    const shifted = draw(run('g', 40.5, 80, 64));
    expect(largestDifference(shifted, masked)).toBeGreaterThan(20);
    expect(largestDifference(shifted, pathFill('g', 40.5, 80, 64))).toBeLessThanOrEqual(2);
  });

  it('place glyphs in device space under a fractional translation', () => {
    const translated = draw(run('Ag', 30, 60.5, 40), (ctx) => ctx.translate(10.25, 19.4));
    expect(largestDifference(translated, draw(run('Ag', 40.25, 79.9, 40)))).toBe(0);
  });

  it('place glyphs in device space under a whole-pixel translation (kept, not reset)', () => {
    const translated = draw(run('Ag', 30.25, 60, 40), (ctx) => ctx.translate(10, 20));
    expect(inked(translated)).toBeGreaterThan(300);
    expect(largestDifference(translated, draw(run('Ag', 40.25, 80, 40)))).toBe(0);
  });

  it('are used for solid text under a translation: the second render adds no mask and only hits', () => {
    const text = run('Hello', 10, 60, 30);
    draw(text, (ctx) => ctx.translate(5, 5));
    const cold = glyphMaskStats();
    expect(cold.masks).toBe(4); // H, e, l, o
    expect(cold.misses).toBe(4);
    draw(text, (ctx) => ctx.translate(5, 5));
    const warm = glyphMaskStats();
    expect(warm.masks).toBe(4);
    expect(warm.misses).toBe(4);
    expect(warm.hits).toBe(cold.hits + 5);
  });

  it('count no miss for empty glyphs (spaces), which have no mask', () => {
    draw(run('a a a', 10, 60, 30));
    const stats = glyphMaskStats();
    expect(stats.masks).toBe(1);
    expect(stats.misses).toBe(1);
    expect(stats.hits).toBe(2);
  });

  it('are not used for gradient paints, shadows, strokes or rotated and scaled transforms', () => {
    const plain = run('Hello', 10, 60, 30);
    draw(run('Hello', 10, 60, 30, gradient));
    draw({ ...plain, shadow: { color: 'black', offsetX: 2, offsetY: 2, blur: 3 } });
    draw({ ...plain, stroke: { width: 1, color: 'red' } });
    draw(plain, (ctx) => ctx.rotate(0.1));
    draw(plain, (ctx) => ctx.scale(1.5, 1.5));
    expect(glyphMaskStats()).toEqual({ masks: 0, bytes: 0, hits: 0, misses: 0 });
  });

  it('stay within the byte bound when big text comes in many sizes', () => {
    for (let size = 120; size <= 256; size += 0.5) draw(run('WM', 0, 100, size));
    const stats = glyphMaskStats();
    expect(stats.misses).toBe(2 * 273);
    expect(stats.bytes).toBeLessThanOrEqual(MAX_MASK_BYTES);
    expect(stats.bytes).toBeGreaterThan(MAX_MASK_BYTES * 0.8);
    expect(stats.masks).toBeLessThan(stats.misses);
  });

  it('stay within the count bound when autofit produces thousands of sizes', () => {
    for (let size = 6; glyphMaskStats().misses <= MAX_MASKS + 500; size += 0.01) draw(run('abcdefghij', 0, 60, size));
    expect(glyphMaskStats().masks).toBe(MAX_MASKS);
    expect(glyphMaskStats().bytes).toBeLessThanOrEqual(MAX_MASK_BYTES);
  });

  it('give the same bytes whether the cache is cold, warm, or warmed by the same text at other phases', async () => {
    const card = (padding: number) => ({ type: 'div', props: { style: { width: 400, height: 200, display: 'flex', flexDirection: 'column', padding, backgroundColor: '#fef3c7', color: '#7c2d12', fontSize: 27.7 }, children: ['Subpixel glyph masks', { type: 'span', props: { style: { fontSize: 13.4, color: 'rgba(30, 64, 175, 0.8)' }, children: 'cached per phase, size and colour' } }] } });
    const options = { width: 400, height: 200 } as const;
    const cold = await render(card(17.3), options);
    expect(glyphMaskStats().misses).toBeGreaterThan(10);
    const warm = await render(card(17.3), options);
    expect(glyphMaskStats().hits).toBeGreaterThan(10);
    expect(Buffer.compare(warm, cold)).toBe(0);
    clearGlyphMasks();
    for (const padding of [17.05, 17.55, 17.8]) await render(card(padding), options);
    expect(Buffer.compare(await render(card(17.3), options), cold)).toBe(0);
  });
});
