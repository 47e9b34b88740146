// unicode-range: parsing, and faces that only draw their ranges in the fallback chain.
import { hasCodePoint } from '../../../src/layout/fonts/harfbuzz.js';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../src/fonts/bundled.js';
import type { FontFace } from '../../../src/layout/fonts/font-face.js';
import { faceForChar, FontRegistry, primaryOf } from '../../../src/layout/fonts/font-registry.js';
import { coversCodePoint, parseUnicodeRange } from '../../../src/layout/fonts/unicode-range.js';
import { scriptFonts } from '../../helpers/script-fonts.js';

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards, sorted', () => {
    expect(parseUnicodeRange('U+4??, u+0000-00FF, U+0131')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  });

  it.each(['U+', 'latin', 'U+00FF-0000', 'U+4??-4FF', 'U+110000'])('refuses %j with a message naming it', (value) => {
    const parsed = parseUnicodeRange(value);
    expect(typeof parsed).toBe('string');
    expect(parsed).toContain(JSON.stringify(value.split(',')[0]!.trim()));
  });

  it('tests code points against the ranges (null covers everything)', () => {
    const ranges = parseUnicodeRange('U+0041-005A, U+0590-05FF') as [number, number][];
    expect(coversCodePoint(ranges, 0x41)).toBe(true);
    expect(coversCodePoint(ranges, 0x61)).toBe(false);
    expect(coversCodePoint(ranges, 0x5d0)).toBe(true);
    expect(coversCodePoint(null, 0x61)).toBe(true);
  });
});

describe('faces with a unicode-range', () => {
  const inter = bundledFonts()[0]!;
  const hebrew = scriptFonts().find((f) => f.name === 'Noto Sans Hebrew')!;

  it('segments one family over several files and leaves characters outside every range to other families', async () => {
    const bold = bundledFonts().find((f) => f.weight === 700 && f.style === 'normal')!;
    const fonts = await FontRegistry.create([
      { ...inter, name: 'Brand', unicodeRange: 'U+0000-005F' },
      { ...hebrew, name: 'Brand', unicodeRange: 'U+0590-05FF' },
      { ...bold, name: 'Fallback', weight: 400 },
    ]);
    const [upper, hebrewFace, fallback] = fonts.faces as [FontFace, FontFace, FontFace];
    const chain = fonts.chain(['Brand'], 400, 'normal');
    expect(faceForChar(chain, 'A').key).toBe(upper.key);
    expect(faceForChar(chain, 'א').key).toBe(hebrewFace.key);
    // Inter has a glyph for z, but the Brand Inter face is limited to U+0000-005F.
    expect(hasCodePoint(upper, 0x7a)).toBe(true);
    expect(faceForChar(chain, 'z').key).toBe(fallback.key);
    expect(primaryOf(chain).key).toBe(upper.key);
  });

  it('makes the first face covering the space the primary font', async () => {
    const fonts = await FontRegistry.create([
      { ...hebrew, name: 'Brand', unicodeRange: 'U+0590-05FF' },
      { ...inter, name: 'Brand', unicodeRange: 'U+0000-00FF' },
    ]);
    const chain = fonts.chain(['Brand'], 400, 'normal');
    expect(chain[0]!.family).toBe('Brand');
    expect(primaryOf(chain).key).toBe(fonts.faces[1]!.key);
  });

  it('refuses a malformed range with INVALID_FONT naming the font', async () => {
    await expect(FontRegistry.create([{ ...inter, unicodeRange: 'U+zz' }])).rejects.toMatchObject({ code: 'INVALID_FONT', message: expect.stringContaining('fonts[0] ("Inter") has unicodeRange "U+zz"') });
  });
});
