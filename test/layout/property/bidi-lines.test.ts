// Property test: reordering a line for bidi keeps every character inside the line, without overlaps, and changes no width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import type { InlineItem } from '../../../src/layout/text/types.js';
import { scriptFonts } from '../../helpers/script-fonts.js';
import { styleOf } from '../style/style-fixture.js';

const fonts = await FontRegistry.create(scriptFonts());
const FAMILY = 'Inter, Noto Sans Hebrew, Noto Sans Arabic, Noto Sans JP';
const word = fc.constantFrom('שלום', 'עולם', 'مرحبا', 'العربية', 'hello', 'world', '2026', '1200×630', '(OG)', '[x]', '日本語', '—', 'ogsmith.dev');
const SPACE = 5;
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));

describe('bidi line reordering', () => {
  it('keeps glyphs inside their line, never stacked, and fragments as wide as their line box content', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom('ltr', 'rtl'), fc.integer({ min: 80, max: 400 }), (text, direction, width) => {
        const block = styleOf({ fontFamily: FAMILY, fontSize: 16, direction });
        const items: InlineItem[] = [{ kind: 'text', textId: 1, text, style: block }];
        const laid = layoutParagraph(prepareParagraph(items, block, fonts), width);
        const lines = laid.texts.get(1)!;
        laid.lines.forEach((line, index) => {
          const fragment = lines[index];
          if (!fragment) return;
          // The fragment spans exactly the visible content the line box reports.
          expect(fragment.x).toBeGreaterThanOrEqual(line.left - 0.01);
          expect(fragment.x + fragment.width).toBeLessThanOrEqual(line.right + 0.01);
          expect(fragment.width).toBeCloseTo(line.right - line.left, 5);
          // Glyph origins stay inside the fragment, but for the one hanging space at the line end (about 4.5 px).
          for (const glyph of fragment.glyphs) {
            expect(glyph.x).toBeGreaterThanOrEqual(fragment.x - SPACE);
            expect(glyph.x).toBeLessThanOrEqual(fragment.x + fragment.width + 0.01);
          }
          // No two glyphs start at the same place (reordering never stacks characters).
          const xs = fragment.glyphs.map((g) => g.x.toFixed(3));
          expect(new Set(xs).size).toBe(xs.length);
        });
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});
