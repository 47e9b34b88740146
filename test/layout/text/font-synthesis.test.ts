// Synthetic bold and oblique: which runs Chromium fakes, font-synthesis parsing and errors, and what each backend draws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayList, render } from '../../../src/index.js';
import type { FontInput } from '../../../src/layout/text/types.js';
import { fakeBoldWidth, FAKE_ITALIC_SKEW, synthesisAllowed } from '../../../src/layout/text/font-synthesis.js';
import type { DisplayCommand } from '../../../src/raster/display-list/types.js';
import { decodePng, differingShare } from '../../golden/render/image-diff.js';
import { errorOf } from '../../helpers/errors.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const fontFile = (file: string) => new Uint8Array(readFileSync(join(repositoryRoot, 'node_modules/@fontsource/roboto/files', file)));
/** Roboto with only its regular face (and, for some tests, its real italic). */
const REGULAR: readonly FontInput[] = [{ name: 'Roboto', weight: 400, style: 'normal', data: fontFile('roboto-latin-400-normal.woff2') }];
const WITH_ITALIC: readonly FontInput[] = [...REGULAR, { name: 'Roboto', weight: 400, style: 'italic', data: fontFile('roboto-latin-400-italic.woff2') }];

type Glyphs = Extract<DisplayCommand, { op: 'glyphs' }>;
async function glyphRuns(style: Record<string, unknown>, fonts = REGULAR): Promise<Glyphs[]> {
  const list = await displayList(h('div', { fontFamily: 'Roboto', fontSize: 20, ...style }, 'Hamburg'), { width: 300, height: 60, fonts });
  return list.commands.filter((c): c is Glyphs => c.op === 'glyphs');
}

describe('font-synthesis values', () => {
  const allowed = (paint: Record<string, string>) => synthesisAllowed({ paint });
  it('allows both by default and reads the shorthand and longhands', () => {
    expect(allowed({})).toEqual({ weight: true, style: true });
    expect(allowed({ fontSynthesis: 'none' })).toEqual({ weight: false, style: false });
    expect(allowed({ fontSynthesis: 'weight' })).toEqual({ weight: true, style: false });
    expect(allowed({ fontSynthesis: 'Style small-caps' })).toEqual({ weight: false, style: true });
    expect(allowed({ fontSynthesis: 'small-caps position' })).toEqual({ weight: false, style: false });
    expect(allowed({ fontSynthesisWeight: 'none' })).toEqual({ weight: false, style: true });
    expect(allowed({ fontSynthesis: 'none', fontSynthesisStyle: 'auto' })).toEqual({ weight: false, style: true });
  });

  it('refuses bad values with INVALID_STYLE_VALUE naming the property and the value', () => {
    for (const [property, value] of [['fontSynthesis', 'bold'], ['fontSynthesis', 'weight weight'], ['fontSynthesis', 'none weight'], ['fontSynthesisWeight', 'yes'], ['fontSynthesisStyle', 'oblique']] as const) {
      const error = errorOf(() => allowed({ [property]: value }));
      expect(error.code).toBe('INVALID_STYLE_VALUE');
      expect(error.message).toContain(property);
      expect(error.message).toContain(value);
    }
  });

  it('refuses a bad value in a render even when no face needs synthesis', async () => {
    await expect(render(h('div', { fontFamily: 'Roboto', fontSynthesis: 'bolder' }, 'Text'), { width: 100, height: 40, fonts: REGULAR })).rejects.toMatchObject({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining('fontSynthesis') });
  });
});

describe('which runs are faked', () => {
  it('emboldens from weight 600 when the family has no face that heavy, with Skia\'s size-dependent stroke', async () => {
    expect((await glyphRuns({ fontWeight: 500 }))[0]?.synthetic).toBeUndefined();
    expect((await glyphRuns({ fontWeight: 600 }))[0]?.synthetic).toEqual({ embolden: fakeBoldWidth(20), skewX: 0 });
    expect(fakeBoldWidth(9)).toBeCloseTo(9 / 24, 9);
    expect(fakeBoldWidth(36)).toBeCloseTo(36 / 32, 9);
    expect(fakeBoldWidth(72)).toBeCloseTo(72 / 32, 9);
  });

  it('slants italic and oblique text with Skia\'s -1/4 skew only when the family has no italic face', async () => {
    expect((await glyphRuns({ fontStyle: 'italic' }))[0]?.synthetic).toEqual({ embolden: 0, skewX: FAKE_ITALIC_SKEW });
    expect((await glyphRuns({ fontStyle: 'oblique' }))[0]?.synthetic).toEqual({ embolden: 0, skewX: FAKE_ITALIC_SKEW });
    expect((await glyphRuns({ fontStyle: 'italic' }, WITH_ITALIC))[0]?.synthetic).toBeUndefined();
    expect((await glyphRuns({ fontStyle: 'italic', fontWeight: 700 }, WITH_ITALIC))[0]?.synthetic).toEqual({ embolden: fakeBoldWidth(20), skewX: 0 });
  });

  it('follows font-synthesis, inherited', async () => {
    const list = await displayList(h('div', { fontFamily: 'Roboto', fontSize: 20, fontWeight: 700, fontStyle: 'italic', fontSynthesis: 'style' }, h('span', {}, 'Hamburg')), { width: 300, height: 60, fonts: REGULAR });
    const runs = list.commands.filter((c): c is Glyphs => c.op === 'glyphs');
    expect(runs[0]?.synthetic).toEqual({ embolden: 0, skewX: FAKE_ITALIC_SKEW });
    expect((await glyphRuns({ fontWeight: 700, fontSynthesisWeight: 'none' }))[0]?.synthetic).toBeUndefined();
  });

  it('leaves advances alone (Chromium\'s line widths are the same at 400 and faked 700)', async () => {
    const [regular] = await glyphRuns({});
    const [bold] = await glyphRuns({ fontWeight: 700 });
    expect(bold?.glyphs.map((g) => g.x)).toEqual(regular?.glyphs.map((g) => g.x));
  });
});

describe('drawing', () => {
  const ink = (data: Uint8ClampedArray): number => {
    let sum = 0;
    for (let i = 3; i < data.length; i += 4) sum += data[i]!;
    return sum / 255;
  };
  const draw = async (style: Record<string, unknown>, backend: 'native' | 'portable') =>
    decodePng(await render(h('div', { fontFamily: 'Roboto', fontSize: 40, padding: 10 }, h('span', style, 'Hamburg')), { width: 260, height: 70, fonts: REGULAR, backend }));

  for (const backend of ['native', 'portable'] as const) {
    it(`draws fake bold heavier and fake italic slanted on the ${backend} backend`, async () => {
      const regular = await draw({}, backend);
      const bold = await draw({ fontWeight: 700 }, backend);
      const italic = await draw({ fontStyle: 'italic' }, backend);
      // A stroke 40/32 px wide around every outline: much more ink, holes kept (not filled in).
      expect(ink(bold.data) / ink(regular.data)).toBeGreaterThan(1.2);
      expect(ink(bold.data) / ink(regular.data)).toBeLessThan(1.6);
      // A skew moves ink, it adds none.
      expect(ink(italic.data) / ink(regular.data)).toBeCloseTo(1, 1);
      expect(differingShare(italic, regular, 64)).toBeGreaterThan(0.02);
      expect(differingShare(await draw({ fontWeight: 700, fontSynthesis: 'none' }, backend), regular, 8)).toBe(0);
    });
  }

  it('draws the same on both backends', async () => {
    for (const style of [{ fontWeight: 700 }, { fontStyle: 'italic' }, { fontWeight: 700, fontStyle: 'italic', color: 'rgba(0,0,0,0.5)' }]) {
      expect(differingShare(await draw(style, 'native'), await draw(style, 'portable'), 64)).toBeLessThan(0.01);
    }
  });

  it('skews and strokes the SVG output', async () => {
    const svg = (await render(h('div', { fontFamily: 'Roboto', fontSize: 20, fontWeight: 700, fontStyle: 'italic' }, 'Hi'), { width: 100, height: 40, fonts: REGULAR, format: 'svg' })).toString();
    expect(svg).toMatch(/stroke-linejoin="miter" stroke-miterlimit="4"/);
    expect(svg).toMatch(/<use href="#[^"]+" transform="matrix\([\d.]+ 0 -[\d.]+ [\d.]+ /);
  });
});
