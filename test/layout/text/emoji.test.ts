// Emoji clusters: detection, one glyph of one em per cluster, and no line break inside a sequence.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { EMOJI_FONT_KEY, isEmojiCluster, withEmoji, type EmojiSet } from '../../../src/layout/text/emoji.js';
import { layoutParagraph, prepareParagraph } from '../../../src/layout/text/paragraph.js';
import { shapeText } from '../../../src/layout/text/shape.js';
import { styleOf } from '../style/style-fixture.js';

const fonts = await defaultRegistry();
const chain = fonts.chain(['Inter'], 400, 'normal');
const everything: EmojiSet = { name: 'all', has: () => true };
const shaper = withEmoji(shapeText, everything);

const FAMILY = '👨‍👩‍👧‍👦';
const THUMB_TONE = '👍🏽';
const FLAG = '🇺🇸';
const KEYCAP = '#️⃣';

describe('isEmojiCluster', () => {
  it.each([['😀'], [FAMILY], [THUMB_TONE], [FLAG], [KEYCAP], ['❤️'], ['🏴󠁧󠁢󠁳󠁣󠁴󠁿']])('%s is an emoji', (cluster) => expect(isEmojiCluster(cluster)).toBe(true));
  it.each([['©'], ['#'], ['a'], ['❤'], ['😀\ufe0e'], ['↔']])('%s is text', (cluster) => expect(isEmojiCluster(cluster)).toBe(false));
});

describe('withEmoji', () => {
  it('turns each cluster into one glyph one em wide, ZWJ, skin tone, flag and keycap sequences whole', () => {
    for (const cluster of ['😀', FAMILY, THUMB_TONE, FLAG, KEYCAP]) {
      const shaped = shaper(`a${cluster}b`, chain, 20, 0, 0);
      const emoji = shaped.glyphs.filter((g) => g.fontKey === EMOJI_FONT_KEY);
      expect(emoji.map((g) => g.emoji)).toEqual([cluster]);
      const a = shapeText('a', chain, 20, 0, 0).width;
      expect(shaped.offsets[1 + cluster.length]! - shaped.offsets[1]!).toBeCloseTo(20, 6);
      expect(shaped.width).toBeCloseTo(a + 20 + shapeText('b', chain, 20, 0, 0).width, 1);
    }
  });

  it('draws the parts of a ZWJ sequence side by side when the set lacks the sequence', () => {
    const partsOnly: EmojiSet = { name: 'parts', has: (s) => !s.includes('\u200d') };
    const shaped = withEmoji(shapeText, partsOnly)(FAMILY, chain, 20, 0, 0);
    expect(shaped.glyphs.map((g) => g.emoji)).toEqual(['👨', '👩', '👧', '👦']);
    expect(shaped.glyphs.map((g) => g.x)).toEqual([0, 20, 40, 60]);
    expect(shaped.width).toBeCloseTo(80, 6);
  });

  it('leaves clusters the set cannot draw to the fonts', () => {
    const none: EmojiSet = { name: 'none', has: () => false };
    const shaped = withEmoji(shapeText, none)('a😀', chain, 20, 0, 0);
    expect(shaped.glyphs.some((g) => g.fontKey === EMOJI_FONT_KEY)).toBe(false);
  });

  it('never breaks a line inside an emoji sequence, even with break-all', () => {
    const text = `${FAMILY}${THUMB_TONE}${FLAG}`;
    const style = styleOf({ fontSize: 20, wordBreak: 'break-all' });
    const paragraph = prepareParagraph([{ kind: 'text', textId: 1, text, style }], style, fonts, shaper);
    const lines = layoutParagraph(paragraph, 25).texts.get(1)!.map((line) => line.text);
    expect(lines).toEqual([FAMILY, THUMB_TONE, FLAG]);
  });
});
