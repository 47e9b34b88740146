// Parsing of filter, clip-path and text-decoration-thickness values into display-list data.
import { describe, expect, it } from 'vitest';
import { parseClipPath, type ReferenceBoxes } from '../../../src/raster/css/clip-path.js';
import { decorationThickness, isThicknessToken } from '../../../src/raster/css/decoration-thickness.js';
import { EffectBoundError, MAX_FILTER_FUNCTIONS, parseFilter } from '../../../src/raster/css/filter.js';
import { PaintValueError } from '../../../src/raster/css/paint-error.js';

const black = { r: 0, g: 0, b: 0, a: 1 };
const box = (x: number, y: number, width: number, height: number) => ({ rect: { x, y, width, height }, radii: null });
const boxes: ReferenceBoxes = { 'margin-box': box(0, 0, 120, 120), 'border-box': box(10, 10, 100, 100), 'padding-box': box(15, 15, 90, 90), 'content-box': box(25, 25, 70, 70) };

describe('parseFilter', () => {
  it('reads every function with its used amount, in order', () => {
    expect(parseFilter('blur(4px) brightness(150%) contrast(2) grayscale(2) sepia() saturate(0.5) hue-rotate(0.5turn) invert(30%) opacity(.4)', black, 16)).toEqual([
      { kind: 'blur', stdDeviation: 4 },
      { kind: 'brightness', amount: 1.5 },
      { kind: 'contrast', amount: 2 },
      { kind: 'grayscale', amount: 1 },
      { kind: 'sepia', amount: 1 },
      { kind: 'saturate', amount: 0.5 },
      { kind: 'hue-rotate', degrees: 180 },
      { kind: 'invert', amount: 0.3 },
      { kind: 'opacity', amount: 0.4 },
    ]);
    expect(parseFilter('none', black, 16)).toEqual([]);
    expect(parseFilter('blur(1px)grayscale(1)', black, 16)).toEqual([{ kind: 'blur', stdDeviation: 1 }, { kind: 'grayscale', amount: 1 }]);
    expect(parseFilter('blur(0.5em)', black, 20)).toEqual([{ kind: 'blur', stdDeviation: 10 }]);
  });

  it('reads drop-shadow with the colour in either place, currentColor by default', () => {
    expect(parseFilter('drop-shadow(red 2px 3px 4px)', black, 16)).toEqual([{ kind: 'drop-shadow', offsetX: 2, offsetY: 3, stdDeviation: 4, color: 'rgba(255,0,0,1)' }]);
    expect(parseFilter('drop-shadow(1px 1px)', { r: 0, g: 0, b: 255, a: 1 }, 16)[0]).toMatchObject({ stdDeviation: 0, color: 'rgba(0,0,255,1)' });
  });

  it.each([
    ['blur(-2px)', 'must not be negative'],
    ['blur(10%)', 'not a percentage'],
    ['brightness(-1)', 'must not be negative'],
    ['contrast(lots)', 'number or a percentage'],
    ['hue-rotate(90)', 'angle'],
    ['drop-shadow(2px)', '2 to 3 lengths'],
    ['drop-shadow(1px 1px red, 2px 2px blue)', 'one shadow'],
    ['blur(1px', 'not a filter function'],
    ['grayscale', 'not a filter function'],
    ['url(#f)', 'url() filters'],
    ['sharpen(2)', 'unknown filter function'],
  ])('refuses %s', (value, reason) => {
    expect(() => parseFilter(value, black, 16)).toThrow(PaintValueError);
    expect(() => parseFilter(value, black, 16)).toThrow(reason);
  });

  it('bounds blur radii and chain length with EffectBoundError', () => {
    expect(() => parseFilter('blur(251px)', black, 16)).toThrow(EffectBoundError);
    expect(() => parseFilter('drop-shadow(0 0 300px red)', black, 16)).toThrow(EffectBoundError);
    expect(() => parseFilter(Array(MAX_FILTER_FUNCTIONS + 1).fill('invert(1)').join(' '), black, 16)).toThrow(EffectBoundError);
    expect(parseFilter(Array(MAX_FILTER_FUNCTIONS).fill('invert(1)').join(' '), black, 16)).toHaveLength(MAX_FILTER_FUNCTIONS);
  });
});

describe('parseClipPath', () => {
  it('resolves inset() with round against the border box, radii scaled when they overlap', () => {
    expect(parseClipPath('inset(10px 20% round 10px 5px / 4px)', boxes, 16)).toEqual({ kind: 'rrect', shape: { rect: { x: 30, y: 20, width: 60, height: 80 }, radii: [[10, 4], [5, 4], [10, 4], [5, 4]] } });
    expect(parseClipPath('inset(0 round 80px)', boxes, 16)).toMatchObject({ shape: { radii: [[50, 50], [50, 50], [50, 50], [50, 50]] } });
  });

  it('resolves circle() and ellipse() radii and positions', () => {
    expect(parseClipPath('circle(50%)', boxes, 16)).toEqual({ kind: 'ellipse', cx: 60, cy: 60, rx: 50, ry: 50 });
    expect(parseClipPath('circle(closest-side at 20% 50%)', boxes, 16)).toEqual({ kind: 'ellipse', cx: 30, cy: 60, rx: 20, ry: 20 });
    expect(parseClipPath('circle(farthest-side at left top)', boxes, 16)).toMatchObject({ cx: 10, cy: 10, rx: 100 });
    expect(parseClipPath('ellipse(40% 20px at bottom)', boxes, 16)).toEqual({ kind: 'ellipse', cx: 60, cy: 110, rx: 40, ry: 20 });
    expect(parseClipPath('ellipse()', boxes, 16)).toEqual({ kind: 'ellipse', cx: 60, cy: 60, rx: 50, ry: 50 });
  });

  it('resolves polygon() and path() with fill rules and reference boxes', () => {
    expect(parseClipPath('polygon(evenodd, 50% 0, 100% 100%, 0 100%) content-box', boxes, 16)).toEqual({ kind: 'polygon', fillRule: 'evenodd', points: [[60, 25], [95, 95], [25, 95]] });
    expect(parseClipPath("path('M0 0 L10 0 L5 8 Z')", boxes, 16)).toEqual({ kind: 'svg-path', d: 'M0 0 L10 0 L5 8 Z', x: 10, y: 10, fillRule: 'nonzero' });
    expect(parseClipPath('padding-box', boxes, 16)).toEqual({ kind: 'rrect', shape: boxes['padding-box'] });
    expect(parseClipPath('margin-box circle(10px)', boxes, 16)).toMatchObject({ cx: 60, cy: 60, rx: 10 });
  });

  it.each([
    ['circle(-5px)', 'negative'],
    ['circle(1px 2px)', 'one radius'],
    ['ellipse(10px)', 'two radii'],
    ['polygon(10px)', 'two lengths'],
    ["path('bogus')", 'SVG path data'],
    ['path(M0 0)', 'quoted'],
    ['url(#clip)', 'url() references'],
    ['star(5)', 'not a basic shape'],
    ['inset(1px 2px 3px 4px 5px)', 'one to four'],
  ])('refuses %s', (value, reason) => {
    expect(() => parseClipPath(value, boxes, 16)).toThrow(reason);
  });
});

describe('text-decoration-thickness', () => {
  it('reads lengths, percentages of 1em and React numbers; auto and from-font are the font’s', () => {
    expect(decorationThickness('3px', 20)).toBe(3);
    expect(decorationThickness('10%', 20)).toBe(2);
    expect(decorationThickness('0.2em', 20)).toBe(4);
    expect(decorationThickness('4', 20)).toBe(4);
    expect(decorationThickness('auto', 20)).toBeNull();
    expect(decorationThickness('from-font', 20)).toBeNull();
    expect(() => decorationThickness('-1px', 20)).toThrow(PaintValueError);
    expect(isThicknessToken('2px')).toBe(true);
    expect(isThicknessToken('red')).toBe(false);
  });
});
