// Style resolution: units, calc, shorthands, inheritance, custom properties, colours and coded errors.
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/errors.js';
import { context, styleOf } from './style-fixture.js';
import { resolveStyle } from '../../../src/layout/style/resolve.js';

const px = (value: number) => ({ px: value, pct: 0 });

describe('lengths and units', () => {
  it.each([
    [120, px(120)],
    ['120px', px(120)],
    ['50%', { px: 0, pct: 50 }],
    ['2em', px(40)],
    ['2rem', px(32)],
    ['10vw', px(40)],
    ['10vh', px(30)],
    ['12pt', px(16)],
    ['1in', px(96)],
    ['calc(100% - 40px)', { px: -40, pct: 100 }],
    ['calc(50% + 2em)', { px: 40, pct: 50 }],
    ['calc((10px + 5px) * 2)', px(30)],
    ['calc(100px / 4)', px(25)],
    ['min(10px, 2em)', px(10)],
    ['max(10px, 2em)', px(40)],
    ['clamp(10px, 5vw, 15px)', px(15)],
    ['0', px(0)],
  ])('width %j computes to %j (font-size 20px)', (value, expected) => {
    const width = styleOf({ fontSize: 20, width: value }).width;
    expect(width).not.toBe('auto');
    const w = width as { px: number; pct: number };
    expect(w.px).toBeCloseTo(expected.px, 6);
    expect(w.pct).toBeCloseTo(expected.pct, 6);
  });

  it('resolves em in font-size against the parent font size and % likewise', () => {
    const parent = styleOf({ fontSize: 20 });
    expect(styleOf({ fontSize: '1.5em' }, parent).fontSize).toBe(30);
    expect(styleOf({ fontSize: '50%' }, parent).fontSize).toBe(10);
    expect(styleOf({ fontSize: 'larger' }, parent).fontSize).toBeCloseTo(24);
  });

  it('refuses unitless lengths, unknown units and negative sizes', () => {
    expect(errorOf(() => styleOf({ width: '12' })).code).toBe('INVALID_STYLE_VALUE');
    expect(errorOf(() => styleOf({ width: '12 apples' })).message).toContain('"12 apples"');
    expect(errorOf(() => styleOf({ padding: -4 })).code).toBe('INVALID_STYLE_VALUE');
    expect(errorOf(() => styleOf({ width: 'calc(10px * 2px)' })).message).toContain('cannot multiply two lengths');
  });
});

describe('shorthands', () => {
  it.each([
    [10, [10, 10, 10, 10]],
    ['5px 15px', [5, 15, 5, 15]],
    ['4px 8px 12px', [4, 8, 12, 8]],
    ['1px 2px 3px 4px', [1, 2, 3, 4]],
  ])('padding %j', (value, [top, right, bottom, left]) => {
    const { padding } = styleOf({ padding: value });
    expect([padding.top.px, padding.right.px, padding.bottom.px, padding.left.px]).toEqual([top, right, bottom, left]);
  });

  it('margin accepts auto and inset sets all four sides', () => {
    const style = styleOf({ margin: '0 auto', inset: '10px 20%' });
    expect(style.margin.left).toBe('auto');
    expect(style.margin.top).toEqual(px(0));
    expect(style.inset.right).toEqual({ px: 0, pct: 20 });
  });

  it('border expands width, style and colour in any order; width is 0 without a style', () => {
    const style = styleOf({ border: 'dashed 3px #f00' });
    expect(style.border.top).toEqual({ width: 3, style: 'dashed', color: { r: 255, g: 0, b: 0, a: 1 } });
    expect(styleOf({ borderWidth: 4 }).border.left.width).toBe(0);
    expect(styleOf({ borderLeft: 'thick solid' }).border.left.width).toBe(5);
    expect(styleOf({ border: '2px solid', color: 'blue' }).border.bottom.color).toEqual({ r: 0, g: 0, b: 255, a: 1 });
  });

  it('borderRadius supports four values and elliptical radii', () => {
    const { borderRadius } = styleOf({ borderRadius: '10px 20px 30px 40px / 5px 6px' });
    expect(borderRadius.topLeft).toEqual({ x: px(10), y: px(5) });
    expect(borderRadius.topRight).toEqual({ x: px(20), y: px(6) });
    expect(borderRadius.bottomRight).toEqual({ x: px(30), y: px(5) });
    expect(borderRadius.bottomLeft).toEqual({ x: px(40), y: px(6) });
    expect(styleOf({ borderTopLeftRadius: '10px 20%' }).borderRadius.topLeft).toEqual({ x: px(10), y: { px: 0, pct: 20 } });
  });

  it.each([
    [1, 1, 1, { px: 0, pct: 0 }],
    ['1 1 0', 1, 1, px(0)],
    ['auto', 1, 1, 'auto'],
    ['none', 0, 0, 'auto'],
    ['2 1 100px', 2, 1, px(100)],
    ['100px', 1, 1, px(100)],
    ['3 2', 3, 2, { px: 0, pct: 0 }],
  ])('flex %j', (value, grow, shrink, basis) => {
    const style = styleOf({ flex: value });
    expect([style.flexGrow, style.flexShrink, style.flexBasis]).toEqual([grow, shrink, basis]);
  });

  it('flexFlow, gap and overflow', () => {
    const style = styleOf({ flexFlow: 'column wrap-reverse', gap: '10px 5%', overflow: 'hidden' });
    expect(style.flexDirection).toBe('column');
    expect(style.flexWrap).toBe('wrap-reverse');
    expect(style.rowGap).toEqual(px(10));
    expect(style.columnGap).toEqual({ px: 0, pct: 5 });
    expect(style.overflowY).toBe('hidden');
  });

  it.each([
    ['normal', 'normal'],
    ['italic', 'italic'],
    ['oblique', 'oblique'],
    ['oblique 14deg', 'oblique'],
    ['oblique 13.99deg', 'normal'],
    ['oblique 10deg', 'normal'],
    ['oblique 0.1turn', 'oblique'],
    ['oblique -30deg', 'normal'],
    ['OBLIQUE 90deg', 'oblique'],
  ])('font-style %j computes to %j (an oblique angle under 14deg is upright, as in Chromium)', (value, expected) => {
    expect(styleOf({ fontStyle: value }).fontStyle).toBe(expected);
  });

  it.each(['oblique banana', 'oblique 10px', 'oblique 91deg', 'italic 10deg', 'slanted', 'oblique 10deg 2deg'])('font-style %j is refused, naming the value', (value) => {
    const error = errorOf(() => styleOf({ fontStyle: value }));
    expect(error.code).toBe('INVALID_STYLE_VALUE');
    expect(error.message).toContain('font-style');
  });

  it('font shorthand takes an oblique angle', () => {
    expect(styleOf({ font: 'oblique 12deg 18px Inter' }).fontStyle).toBe('normal');
    expect(styleOf({ font: 'oblique 40deg 18px Inter' })).toMatchObject({ fontStyle: 'oblique', fontSize: 18, fontFamily: ['Inter'] });
  });

  it('font shorthand sets style, weight, size, line height and family', () => {
    const style = styleOf({ font: 'italic bold 24px/1.5 "Inter Display", Inter, sans-serif' });
    expect(style.fontStyle).toBe('italic');
    expect(style.fontWeight).toBe(700);
    expect(style.fontSize).toBe(24);
    expect(style.lineHeight).toEqual({ kind: 'number', value: 1.5 });
    expect(style.fontFamily).toEqual(['Inter Display', 'Inter', 'sans-serif']);
  });

  it('background keeps the colour and hands images to the painter', () => {
    const style = styleOf({ background: 'linear-gradient(red, blue) no-repeat, #123456' });
    expect(style.backgroundColor).toEqual({ r: 0x12, g: 0x34, b: 0x56, a: 1 });
    expect(style.paint.background).toBe('linear-gradient(red, blue) no-repeat');
    expect(styleOf({ background: 'rgb(0 0 0 / 50%)' }).backgroundColor.a).toBe(0.5);
  });
});

describe('inheritance', () => {
  it('inherits text properties and not box properties', () => {
    const parent = styleOf({ color: 'red', fontSize: 20, fontWeight: 'bold', lineHeight: 1.4, letterSpacing: '0.1em', textAlign: 'center', width: 100, padding: 4 });
    const child = styleOf({}, parent);
    expect(child.color).toEqual(parent.color);
    expect(child.fontSize).toBe(20);
    expect(child.fontWeight).toBe(700);
    expect(child.lineHeight).toEqual({ kind: 'number', value: 1.4 });
    expect(child.letterSpacing).toBe(2);
    expect(child.textAlign).toBe('center');
    expect(child.width).toBe('auto');
    expect(child.padding.top).toEqual(px(0));
  });

  it('inherits font-kerning, font-variant-* and font-optical-sizing, which a child may set again', () => {
    const parent = styleOf({ fontKerning: 'none', fontVariantNumeric: 'tabular-nums', fontVariantLigatures: 'no-common-ligatures', fontVariantCaps: 'small-caps', fontOpticalSizing: 'none' });
    const child = styleOf({ fontVariantNumeric: 'oldstyle-nums' }, parent);
    expect(child.paint).toMatchObject({ fontKerning: 'none', fontVariantNumeric: 'oldstyle-nums', fontVariantLigatures: 'no-common-ligatures', fontVariantCaps: 'small-caps', fontOpticalSizing: 'none' });
  });

  it('supports inherit, initial and unset', () => {
    const parent = styleOf({ width: 100, color: 'red', display: 'block' });
    expect(styleOf({ width: 'inherit' }, parent).width).toEqual(px(100));
    expect(styleOf({ color: 'initial' }, parent).color).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(styleOf({ color: 'unset' }, parent).color).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(styleOf({ width: 'unset' }, parent).width).toBe('auto');
  });

  it('bolder and lighter follow the CSS table', () => {
    expect(styleOf({ fontWeight: 'bolder' }, styleOf({ fontWeight: 400 })).fontWeight).toBe(700);
    expect(styleOf({ fontWeight: 'bolder' }, styleOf({ fontWeight: 700 })).fontWeight).toBe(900);
    expect(styleOf({ fontWeight: 'lighter' }, styleOf({ fontWeight: 700 })).fontWeight).toBe(400);
  });

  it('line-height lengths compute to px at the element and inherit as px', () => {
    const parent = styleOf({ fontSize: 20, lineHeight: '150%' });
    expect(parent.lineHeight).toEqual({ kind: 'px', value: 30 });
    expect(styleOf({ fontSize: 10 }, parent).lineHeight).toEqual({ kind: 'px', value: 30 });
  });

  it('uses the element type for the initial display', () => {
    expect(styleOf({}, null, { elementType: 'span' }).display).toBe('inline');
    expect(styleOf({}, null, { elementType: 'h1' }).display).toBe('block');
    expect(styleOf({}, null, { elementType: 'div' }).display).toBe('flex');
    expect(styleOf({}, null, { elementType: 'img' }).display).toBe('block');
  });
});

describe('custom properties and colours', () => {
  it('substitutes var() with inheritance, fallbacks and nesting', () => {
    const parent = styleOf({ '--brand': '#ff0000', '--gap': '12px' });
    const child = styleOf({ color: 'var(--brand)', padding: 'var(--gap) var(--missing, 4px)', margin: 'var(--nope, var(--gap))' }, parent);
    expect(child.color).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(child.padding.top).toEqual(px(12));
    expect(child.padding.right).toEqual(px(4));
    expect(child.margin.bottom).toEqual(px(12));
    expect(child.customProperties.get('--brand')).toBe('#ff0000');
  });

  it('an undefined var() without fallback is an error naming it', () => {
    const error = errorOf(() => styleOf({ color: 'var(--nowhere)' }));
    expect(error.code).toBe('INVALID_STYLE_VALUE');
    expect(error.message).toContain('--nowhere');
  });

  it.each([
    ['#0f0', { r: 0, g: 255, b: 0, a: 1 }],
    ['#00ff0080', { r: 0, g: 255, b: 0, a: 128 / 255 }],
    ['rgb(1 2 3 / 50%)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgba(255, 0, 0, .25)', { r: 255, g: 0, b: 0, a: 0.25 }],
    ['hsl(120deg 100% 50%)', { r: 0, g: 255, b: 0, a: 1 }],
    ['hwb(0 0% 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['oklch(62.8% 0.2577 29.23)', { r: 255, g: 0, b: 0, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['rebeccapurple', { r: 102, g: 51, b: 153, a: 1 }],
  ])('colour %s', (value, expected) => {
    const color = styleOf({ color: value }).color;
    expect(color.r).toBeCloseTo(expected.r, 0);
    expect(color.g).toBeCloseTo(expected.g, 0);
    expect(color.b).toBeCloseTo(expected.b, 0);
    expect(color.a).toBeCloseTo(expected.a, 2);
  });

  it('currentColor follows the element colour', () => {
    const style = styleOf({ color: 'teal', backgroundColor: 'currentColor', borderTop: '1px solid currentcolor' });
    expect(style.backgroundColor).toEqual(style.color);
    expect(style.border.top.color).toEqual(style.color);
  });
});

describe('errors and warnings', () => {
  it('an unsupported property names the property, the value and the element path', () => {
    const error = errorOf(() => styleOf({ float: 'left' }));
    expect(error.code).toBe('UNSUPPORTED_PROPERTY');
    expect(error.status).toBe(422);
    expect(error.message).toContain('float');
    expect(error.message).toContain('"left"');
    expect(error.message).toContain('root > div[1]');
  });

  it('an invalid keyword lists what is expected', () => {
    const error = errorOf(() => styleOf({ flexDirection: 'sideways' }));
    expect(error.message).toContain('flex-direction');
    expect(error.message).toContain('row, row-reverse, column, column-reverse');
  });

  it('with strict: false collects warnings and skips the declaration', () => {
    const ctx = context({ strict: false });
    const style = resolveStyle({ float: 'left', width: 'wide', height: 40 }, null, ctx);
    expect(style.width).toBe('auto');
    expect(style.height).toEqual(px(40));
    expect(ctx.warnings).toHaveLength(2);
    expect(ctx.warnings[0]).toContain('UNSUPPORTED_PROPERTY');
    expect(ctx.warnings[1]).toContain('"wide"');
  });

  it('accepts paint-only properties and aliases', () => {
    const style = styleOf({ boxShadow: '0 1px 2px red', transform: 'rotate(3deg)', WebkitLineClamp: 2, wordWrap: 'break-word' });
    expect(style.paint).toMatchObject({ boxShadow: '0 1px 2px red', transform: 'rotate(3deg)' });
    expect(style.lineClamp).toBe(2);
    expect(style.overflowWrap).toBe('break-word');
  });
});
