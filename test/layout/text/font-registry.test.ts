// Fonts: CSS font matching, fallback chains, Chromium's rounded metrics and bad font data.
import { describe, expect, it } from 'vitest';
import { bundledFonts, defaultRegistry } from '../../../src/fonts/bundled.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { scaledMetrics } from '../../../src/layout/text/font-face.js';
import { matchFace } from '../../../src/layout/text/font-match.js';
import { FontRegistry, faceForChar } from '../../../src/layout/text/font-registry.js';

const faces = (...specs: [number, 'normal' | 'italic'][]) => specs.map(([weight, style]) => ({ weight, style }));

describe('matchFace (CSS Fonts 4 §5.2)', () => {
  const family = faces([100, 'normal'], [300, 'normal'], [400, 'normal'], [500, 'normal'], [700, 'normal'], [900, 'normal'], [400, 'italic']);
  it.each([
    [400, 400], [500, 500], [600, 700], [800, 900], [200, 100], [350, 300], [450, 500], [950, 900],
  ])('weight %i picks %i', (desired, picked) => {
    expect(matchFace(family, desired, 'normal')?.weight).toBe(picked);
  });

  it('400 prefers 500 before lighter weights when 400 is missing', () => {
    expect(matchFace(faces([300, 'normal'], [500, 'normal']), 400, 'normal')?.weight).toBe(500);
    expect(matchFace(faces([300, 'normal'], [600, 'normal']), 400, 'normal')?.weight).toBe(300);
  });

  it('italic falls back to normal faces, and normal to italic ones', () => {
    expect(matchFace(family, 700, 'italic')).toEqual({ weight: 400, style: 'italic' });
    expect(matchFace(faces([700, 'normal']), 400, 'italic')).toEqual({ weight: 700, style: 'normal' });
    expect(matchFace(faces([400, 'italic']), 400, 'normal')).toEqual({ weight: 400, style: 'italic' });
  });
});

describe('FontRegistry', () => {
  it('parses each font once and returns the same registry for the same inputs', async () => {
    const a = await defaultRegistry();
    const b = await defaultRegistry();
    expect(a).toBe(b);
    const again = await FontRegistry.create([...bundledFonts()]);
    expect(again.faces[0]!.font).toBe(a.faces[0]!.font);
    expect(a.defaultFamily).toBe('Inter');
  });

  it('builds fallback chains: listed families, generic names as the default family, then the rest', async () => {
    const registry = await defaultRegistry();
    const chain = registry.chain(['Nope', 'sans-serif'], 700, 'italic');
    expect(chain[0]).toMatchObject({ family: 'Inter', weight: 700, style: 'italic' });
    expect(faceForChar(chain, 'A')).toBe(chain[0]);
  });

  it('reads Chromium\'s rounded ascent and descent for Inter', async () => {
    const registry = await defaultRegistry();
    const face = registry.chain(['Inter'], 400, 'normal')[0]!;
    // Values recorded by the browser oracle (text content-area heights and line heights).
    expect(scaledMetrics(face, 16)).toMatchObject({ ascent: 16, descent: 4, lineSpacing: 20 });
    expect(scaledMetrics(face, 24)).toMatchObject({ ascent: 23, descent: 6, lineSpacing: 29 });
    expect(scaledMetrics(face, 48).lineSpacing).toBe(59);
    expect(scaledMetrics(face, 72)).toMatchObject({ ascent: 69, descent: 18, lineSpacing: 87 });
    expect(scaledMetrics(face, 13)).toMatchObject({ ascent: 12, descent: 4 });
  });

  it('refuses bad font data with a coded error naming the font', async () => {
    const error = await FontRegistry.create([{ name: 'Broken', data: new Uint8Array([1, 2, 3, 4, 5]) }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('INVALID_FONT');
    expect((error as OgsmithError).message).toContain('"Broken"');
    const badWeight = await FontRegistry.create([{ name: 'X', data: bundledFonts()[0]!.data, weight: 5000 }]).catch((e: unknown) => e);
    expect((badWeight as OgsmithError).code).toBe('INVALID_FONT');
  });
});

describe('font formats', () => {
  it('reads WOFF2 fonts (decompressed) with the same metrics and advances as the TTF', async () => {
    const { compress } = await import('wawoff2');
    const ttf = bundledFonts()[0]!.data as Uint8Array;
    const woff2 = await compress(ttf);
    expect(woff2.length).toBeLessThan(ttf.length);
    const registry = await FontRegistry.create([{ name: 'Packed', data: woff2 }]);
    const face = registry.faces[0]!;
    const reference = (await defaultRegistry()).faces[0]!;
    expect(scaledMetrics(face, 16)).toEqual(scaledMetrics(reference, 16));
    expect(face.font.glyphs.length).toBe(reference.font.glyphs.length);
    expect(face.kerning?.get(face.font.charToGlyphIndex('A'), face.font.charToGlyphIndex('V'))).toBe(reference.kerning?.get(reference.font.charToGlyphIndex('A'), reference.font.charToGlyphIndex('V')));
  });
});

describe('paint baseline', () => {
  it('paints one pixel lower when rounding moved a pixel from ascent to descent (as Chromium does)', async () => {
    const face = (await defaultRegistry()).chain(['Inter'], 400, 'normal')[0]!;
    expect(scaledMetrics(face, 22)).toMatchObject({ ascent: 20, descent: 6, paintBaselineShift: 1 });
    expect(scaledMetrics(face, 16).paintBaselineShift).toBe(0);
  });
});
