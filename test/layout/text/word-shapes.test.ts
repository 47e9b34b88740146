// Word-by-word shaping: words of fonts whose lookups never involve the space are shaped alone and reused across texts, with the same result as shaping whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { shapeText } from '../../../src/layout/text/shape.js';
import { SHAPES_BEFORE_ANALYSIS, wordShaping } from '../../../src/layout/fonts/space-triggers.js';
import { cacheReport } from '../../../src/runtime/cache-budget.js';

const shapedWords = (): number => cacheReport().find((cache) => cache.name === 'shaped_words')!.entries;

const openSansFile = readFileSync('node_modules/@fontsource/open-sans/files/open-sans-latin-400-normal.woff2');
const openSansFonts = await FontRegistry.create([{ name: 'Open Sans', data: new Uint8Array(openSansFile), weight: 400, style: 'normal' }]);
const openSans = openSansFonts.chain(['Open Sans'], 400, 'normal');
const inter = (await defaultRegistry()).chain(['Inter'], 400, 'normal');
// Tables are analysed after a font's first shapings; these tests want the analysis from the start.
wordShaping(openSans[0]!);
wordShaping(inter[0]!);

describe('word-by-word shaping', () => {
  it('reuses a shaped word in another text at its new place', () => {
    const first = shapeText('alpha beta', openSans, 20, 0, 0);
    const before = shapedWords();
    const second = shapeText('beta alpha gamma', openSans, 20, 0, 0);
    // Only "gamma" is new: "beta", "alpha" and the space were kept.
    expect(shapedWords()).toBe(before + 1);
    const alphaFirst = first.glyphs.filter((g) => g.cluster < 5);
    const shift = second.offsets[5]!;
    const alphaSecond = second.glyphs.filter((g) => g.cluster >= 5 && g.cluster < 10);
    expect(alphaSecond.map((g) => g.glyphId)).toEqual(alphaFirst.map((g) => g.glyphId));
    expect(alphaSecond.map((g) => g.cluster - 5)).toEqual(alphaFirst.map((g) => g.cluster));
    alphaSecond.forEach((g, k) => expect(g.x - shift).toBeCloseTo(alphaFirst[k]!.x, 9));
    expect(second.offsets[10]! - second.offsets[5]!).toBeCloseTo(first.offsets[5]!, 9);
  });

  it('keeps a combining mark after a space in the space\'s cluster, as HarfBuzz shapes it whole', () => {
    const shaped = shapeText('a \u0301b', openSans, 20, 0, 0);
    expect(shaped.glyphs.map((g) => g.cluster)).toEqual([0, 1, 1, 3]);
  });

  it('shapes text whole near the characters that reach a rule with the space (Inter turns x between numbers into ×)', () => {
    const times = shapeText('1 x 2', inter, 20, 0, 0).glyphs[2]!.glyphId;
    const letter = shapeText('a x b', inter, 20, 0, 0).glyphs[2]!.glyphId;
    expect(times).not.toBe(letter);
  });

  it('caches the words of Inter that no rule with the space can reach', () => {
    shapeText('quiet words only', inter, 20, 0, 0);
    const before = shapedWords();
    shapeText('only quiet words here', inter, 20, 0, 0);
    // "here" is new; "only", "quiet", "words" and the space were kept.
    expect(shapedWords()).toBe(before + 1);
  });

  it('shapes a font whole until it has been shaped SHAPES_BEFORE_ANALYSIS times, then word by word', async () => {
    const lato = await FontRegistry.create([{ name: 'Lato', data: new Uint8Array(readFileSync('node_modules/@fontsource/lato/files/lato-latin-400-normal.woff2')), weight: 400, style: 'normal' }]);
    const chain = lato.chain(['Lato'], 400, 'normal');
    const before = shapedWords();
    for (let n = 0; n < SHAPES_BEFORE_ANALYSIS; n++) shapeText(`lato ${n}`, chain, 20, 0, 0);
    expect(shapedWords()).toBe(before);
    shapeText('lato words', chain, 20, 0, 0);
    expect(shapedWords()).toBe(before + 3);
  });
});
