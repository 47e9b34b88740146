// Variable fonts and features in shaping: wght instances from fontWeight ranges and settings, tnum and kern.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { shapeText } from '../../../src/layout/text/shape.js';

const data = new Uint8Array(readFileSync(new URL('../../fixtures/fonts/InterVariable-wght-ascii.ttf', import.meta.url)));
const fonts = await FontRegistry.create([{ name: 'Var', data, weight: [100, 900] }]);
const width = (weight: number, variations: { tag: string; value: number }[] = []) => shapeText('Hamburgefonstiv', fonts.chain(['Var'], weight, 'normal', variations), 20, 0, 0).width;

describe('variable fonts', () => {
  it('follows fontWeight inside the declared range: heavier is wider, 400 is the default instance', () => {
    expect(width(100)).toBeLessThan(width(400));
    expect(width(400)).toBeLessThan(width(700));
    expect(width(700)).toBeLessThan(width(900));
    expect(fonts.chain(['Var'], 400, 'normal')[0]!.variation).toBeNull();
  });

  it('clamps to the axis and lets fontVariationSettings override the weight', () => {
    expect(width(1000)).toBeCloseTo(width(900), 6);
    expect(width(400, [{ tag: 'wght', value: 900 }])).toBeCloseTo(width(900), 6);
    // Chromium measured "Weight 900 Hamburgefonstiv" at 22px as 329.23 px wide (font-variation-wght fixture).
    const chain = fonts.chain(['Var'], 400, 'normal', [{ tag: 'wght', value: 900 }]);
    expect(shapeText('Weight 900 Hamburgefonstiv', chain, 22, 0, 0).width).toBeCloseTo(329.23, 0);
  });

  it('refuses a weight range that is not increasing', async () => {
    await expect(FontRegistry.create([{ name: 'Bad', data, weight: [900, 100] }])).rejects.toMatchObject({ code: 'INVALID_FONT' });
  });
});

const flexData = new Uint8Array(readFileSync(new URL('../../../node_modules/@fontsource-variable/roboto-flex/files/roboto-flex-latin-opsz-normal.woff2', import.meta.url)));
const flex = await FontRegistry.create([{ name: 'Flex', data: flexData, weight: [100, 1000] }]);

describe('font-optical-sizing', () => {
  const style = (fontSize: number, paint: Record<string, string> = {}, variations: { tag: string; value: number }[] = [], family = 'Flex') => ({ fontFamily: [family], fontWeight: 400, fontStyle: 'normal' as const, fontSize, fontVariationSettings: variations, paint });

  it('auto (the initial value) puts the opsz axis at the font size in px, clamped to the axis', () => {
    expect(flex.chainFor(style(48))[0]!.variation).toEqual({ opsz: 48, wght: 400 });
    expect(flex.chainFor(style(300))[0]!.variation).toEqual({ opsz: 144, wght: 400 });
    expect(flex.chainFor(style(48, { fontOpticalSizing: 'auto' }))[0]!.variation).toEqual({ opsz: 48, wght: 400 });
  });

  it('none keeps the default instance, and font-variation-settings naming opsz wins over auto', () => {
    expect(flex.chainFor(style(48, { fontOpticalSizing: 'none' }))[0]!.variation).toBeNull();
    expect(flex.chainFor(style(48, {}, [{ tag: 'opsz', value: 20 }]))[0]!.variation).toEqual({ opsz: 20, wght: 400 });
  });

  it('a font without an opsz axis keeps one chain whatever the size', () => {
    expect(fonts.chainFor(style(12, {}, [], 'Var'))).toBe(fonts.chainFor(style(64, {}, [], 'Var')));
  });

  it('refuses an unknown keyword with INVALID_STYLE_VALUE naming the value', () => {
    expect(() => flex.chainFor(style(20, { fontOpticalSizing: 'big' }))).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining('"big"') }));
  });
});

const inter = (await defaultRegistry()).chain(['Inter'], 400, 'normal');

describe('font features', () => {
  it('tnum makes every digit as wide as the others', () => {
    const one = shapeText('1', inter, 20, 0, 0, [{ tag: 'tnum', value: 1 }]).width;
    const eight = shapeText('8', inter, 20, 0, 0, [{ tag: 'tnum', value: 1 }]).width;
    expect(one).toBeCloseTo(eight, 6);
    expect(shapeText('1', inter, 20, 0, 0).width).toBeLessThan(shapeText('8', inter, 20, 0, 0).width - 1);
  });

  it('"kern" 0 turns pair kerning off', () => {
    expect(shapeText('AV', inter, 100, 0, 0, [{ tag: 'kern', value: 0 }]).width).toBeCloseTo(shapeText('A', inter, 100, 0, 0).width + shapeText('V', inter, 100, 0, 0).width, 6);
  });
});
