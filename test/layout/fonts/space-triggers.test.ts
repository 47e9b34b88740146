// Space triggers: for fonts whose lookups reach across spaces, cutting only far from the characters that reach them gives HarfBuzz's glyphs for the whole text, on random texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FontFace } from '../../../src/layout/fonts/font-face.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { wordShaping, type WordShaping } from '../../../src/layout/fonts/space-triggers.js';
import { isBreakingSpace } from '../../../src/layout/text/shape.js';
import { wordPieces } from '../../../src/layout/text/word-pieces.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';
import { shapeAlone, type ShapedGlyph } from '../../helpers/shape-alone.js';

const fontsource = (family: string, subset = 'latin'): string => `node_modules/@fontsource/${family}/files/${family}-${subset}-400-normal.woff2`;

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;-–—()[]{}<>=+*×÷/@&%$€"\'!?#~±→éüßœ';
/** Per script: characters drawn most of the time, and the rarer ones (digits, punctuation, marks) that most rules with the space name. */
const SCRIPTS = {
  latin: { common: 'abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßœ', rare: LATIN },
  arabic: { common: 'تولدصرالمعاينةكفحةنقخبجهإ', rare: 'تَوْلِيدُصُوَرِ،١٢٣لا\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652' },
  devanagari: { common: 'हदभषमकतरयशवपसनजञठट', rare: 'ि्ीाें्रृौ१२३:' },
};

/** Fonts with lookups that involve the space, and the shaping their tables allow. */
const FONTS: readonly { readonly name: string; readonly file: string; readonly script: keyof typeof SCRIPTS; readonly kind: WordShaping['kind']; readonly minCut?: number }[] = [
  { name: 'Inter', file: 'fonts/Inter_400Regular.ttf', script: 'latin', kind: 'guarded' },
  { name: 'Inter Bold', file: 'fonts/Inter_700Bold.ttf', script: 'latin', kind: 'guarded' },
  { name: 'Roboto', file: fontsource('roboto'), script: 'latin', kind: 'guarded' },
  { name: 'Playfair Display', file: fontsource('playfair-display'), script: 'latin', kind: 'guarded' },
  { name: 'Merriweather', file: fontsource('merriweather'), script: 'latin', kind: 'guarded' },
  { name: 'Space Grotesk', file: fontsource('space-grotesk'), script: 'latin', kind: 'guarded' },
  { name: 'Noto Sans Arabic', file: fontsource('noto-sans-arabic', 'arabic'), script: 'arabic', kind: 'guarded', minCut: 5 },
  // Noto Sans Arabic takes marks on a space, and most letters decompose into a skeleton and dot marks: most words reach.
  { name: 'Noto Sans Devanagari', file: fontsource('noto-sans-devanagari', 'devanagari'), script: 'devanagari', kind: 'guarded' },
  { name: 'Open Sans', file: fontsource('open-sans'), script: 'latin', kind: 'words' },
];

const loaded = await Promise.all(FONTS.map(async (font) => {
  const registry = await FontRegistry.create([{ name: font.name, data: new Uint8Array(readFileSync(join(repositoryRoot, font.file))) }]);
  return { ...font, face: registry.chain([font.name], 400, 'normal')[0]! };
}));

type Glyph = ShapedGlyph;

/** The text cut into wordPieces, each piece shaped alone. */
function shapeInPieces(face: FontFace, text: string, rtl: boolean, shaping: WordShaping): Glyph[] {
  if (shaping.kind === 'whole') return shapeAlone(face, text, rtl);
  const cuts = wordPieces(text, 0, text.length, shaping, isBreakingSpace);
  return cuts.slice(1).flatMap((end, k) => shapeAlone(face, text.slice(cuts[k]!, end), rtl));
}

/** mulberry32: the same texts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of 1-6 characters, one in six of them rare, separated by one space (now and then two). */
function randomText(next: () => number, common: readonly string[], rare: readonly string[]): string {
  const words = 2 + Math.floor(next() * 14);
  let text = '';
  for (let w = 0; w < words; w++) {
    if (w > 0) text += next() < 0.08 ? '  ' : ' ';
    const length = 1 + Math.floor(next() * 6);
    for (let c = 0; c < length; c++) {
      const alphabet = next() < 1 / 6 ? rare : common;
      text += alphabet[Math.floor(next() * alphabet.length)]!;
    }
  }
  return text;
}

describe('space triggers on real fonts', () => {
  for (const font of loaded) {
    it(`${font.name}: ${font.kind}; 400 random texts cut into pieces shape as HarfBuzz shapes them whole`, () => {
      const shaping = wordShaping(font.face);
      expect(shaping.kind).toBe(font.kind);
      const rtl = font.script === 'arabic';
      const common = [...SCRIPTS[font.script].common];
      const rare = [...SCRIPTS[font.script].rare];
      const next = random(0x5eed + font.name.length);
      let cutTexts = 0;
      for (let n = 0; n < 400; n++) {
        const text = randomText(next, common, rare);
        expect(shapeInPieces(font.face, text, rtl, shaping), text).toEqual(shapeAlone(font.face, text, rtl));
        if (shaping.kind !== 'whole' && wordPieces(text, 0, text.length, shaping, isBreakingSpace).length > 2) cutTexts++;
      }
      // The check is not vacuous: texts do get cut.
      expect(cutTexts).toBeGreaterThan(font.minCut ?? 100);
    });
  }

  it('Inter: only characters that its space rules name reach (digits, x, some punctuation); letters and most words are cut', () => {
    const inter = loaded.find((font) => font.name === 'Inter')!;
    const shaping = wordShaping(inter.face);
    if (shaping.kind !== 'guarded') throw new Error(`Inter is ${shaping.kind}`);
    const reaching = [...LATIN].filter((c) => shaping.reachOf(c, 0, c.length) > 0).join('');
    expect(reaching).toMatch(/0123456789/);
    expect(reaching).toContain('x');
    expect(reaching).not.toMatch(/[a-wyzA-Z]/);
    const text = 'The quick brown dog jumps over lazy cats';
    expect(wordPieces(text, 0, text.length, shaping, isBreakingSpace)).toHaveLength(text.split(' ').length * 2);
    // The × rule: "2 x 3" stays one piece, whatever is around it.
    const times = 'Resize the image 2 x 3 times';
    const cuts = wordPieces(times, 0, times.length, shaping, isBreakingSpace);
    const start = times.indexOf('2');
    expect(cuts.some((cut) => cut > start && cut < start + 5)).toBe(false);
    expect(shapeInPieces(inter.face, times, false, shaping)).toEqual(shapeAlone(inter.face, times, false));
  });

  it('Inter: short words of digits, x, slashes and colons (its rules that look several words back) shape as whole', () => {
    const inter = loaded.find((font) => font.name === 'Inter')!;
    const shaping = wordShaping(inter.face);
    const next = random(0x1e7);
    const digits = [...'0123456789'];
    const others = [...'x/:.,-ab'];
    for (let n = 0; n < 600; n++) {
      const text = randomText(next, digits, others).replace(/(\S{2})\S+/g, '$1');
      expect(shapeInPieces(inter.face, text, false, shaping), text).toEqual(shapeAlone(inter.face, text, false));
    }
  });
});

describe('wordPieces', () => {
  const reachesDigits: WordShaping = { kind: 'guarded', reach: 1, reachOf: (text, start, end) => (/\d/.test(text.slice(start, end)) ? 1 : 0) };

  it('words: every breaking space is a piece of its own', () => {
    expect(wordPieces('ab cd  e', 0, 8, { kind: 'words' }, isBreakingSpace)).toEqual([0, 2, 3, 5, 6, 7, 8]);
  });

  it('guarded: the spaces next to a reaching word are not cut; the others are', () => {
    //            0123456789012345
    const text = 'aa bb 12 cc dd';
    expect(wordPieces(text, 0, text.length, reachesDigits, isBreakingSpace)).toEqual([0, 2, 3, 11, 12, 14]);
  });

  it('guarded: a reach of 2 keeps the spaces two words away too', () => {
    const text = 'aa bb 12 cc dd';
    const reachTwo: WordShaping = { kind: 'guarded', reach: 2, reachOf: (piece, start, end) => (/\d/.test(piece.slice(start, end)) ? 2 : 0) };
    expect(wordPieces(text, 0, text.length, reachTwo, isBreakingSpace)).toEqual([0, 14]);
  });

  it('does not cut a range with a space that a combining mark follows (Indic shapers read past it)', () => {
    expect(wordPieces('a \u0301b c', 0, 6, { kind: 'words' }, isBreakingSpace)).toEqual([0, 6]);
  });

  it('cuts within a range that does not start at 0', () => {
    expect(wordPieces('xx ab cd', 3, 8, { kind: 'words' }, isBreakingSpace)).toEqual([3, 5, 6, 8]);
  });
});
