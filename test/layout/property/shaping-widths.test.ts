// Property test: a laid-out line is as wide as HarfBuzz shapes its text alone, and no valid font makes layout throw.
import fc from 'fast-check';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import type { InlineItem } from '../../../src/layout/text/types.js';
import { scriptFonts } from '../../helpers/script-fonts.js';
import { styleOf } from '../style/style-fixture.js';

const fonts = await FontRegistry.create(scriptFonts());

/** The advance sum HarfBuzz gives for a whole string with one face: the reference, computed apart from the engine. */
function harfbuzzWidth(text: string, family: string, size: number, rtl: boolean): number {
  const face = fonts.chain([family], 400, 'normal')[0]!;
  const font = new hb.Font(new hb.Face(new hb.Blob(face.sfnt)));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const units = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
  return (units * size) / face.unitsPerEm;
}

const SCRIPTS = [
  { family: 'Inter', rtl: false, words: ['office', 'fluffy', 'AVATAR', 'Type', 'WAVE', 'first', 'flow', 'A-B', '->', 'jumps', 'over', '12:30', 'x×y', "it's", 'Dynamic', 'Generation:'] },
  { family: 'Noto Sans Arabic', rtl: true, words: ['محرك', 'التخطيط', 'يقيس', 'الحروف', 'تَوْلِيدُ', 'صُوَرِ', 'لا', 'العربية'] },
  { family: 'Noto Sans Hebrew', rtl: true, words: ['שלום', 'עולם', 'מנוע', 'הפריסה', 'גליפים'] },
] as const;

describe('shaped line widths', () => {
  it('equal the HarfBuzz advance sum of each line\'s text within 0.01 px, for every script and width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SCRIPTS.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), fc.integer({ min: 60, max: 500 }), fc.constantFrom(13, 16, 22.5, 40), (which, picks, width, size) => {
        const script = SCRIPTS[which]!;
        const text = picks.map((n) => script.words[n % script.words.length]!).join(' ');
        const block = styleOf({ fontFamily: script.family, fontSize: size, direction: script.rtl ? 'rtl' : 'ltr' });
        const items: InlineItem[] = [{ kind: 'text', textId: 1, text, style: block }];
        const laid = layoutParagraph(prepareParagraph(items, block, fonts), width);
        for (const line of laid.texts.get(1)!) expect(line.width).toBeCloseTo(harfbuzzWidth(line.text, script.family, size, script.rtl), 2);
      }),
      { numRuns: 120, seed: 14 },
    );
  });

  it('never throws for valid fonts, whatever the text (any code point, controls, marks, surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('ltr', 'rtl'), fc.integer({ min: 0, max: 400 }), (a, b, direction, width) => {
        const block = styleOf({ fontFamily: 'Inter, Noto Sans Arabic, Noto Sans JP', fontSize: 18, direction, letterSpacing: width % 3 });
        const items: InlineItem[] = [{ kind: 'text', textId: 1, text: a + b, style: block }];
        const laid = layoutParagraph(prepareParagraph(items, block, fonts), width);
        expect(Number.isFinite(laid.width)).toBe(true);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
