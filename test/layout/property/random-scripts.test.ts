// Property test: random trees of RTL, CJK, Thai and emoji text in random text styles lay out and render without crashing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, OgsmithError, render } from '../../../src/index.js';
import { scriptFonts } from '../../helpers/script-fonts.js';

const fonts = scriptFonts();
const text = fc.oneof(
  fc.constantFrom('שלום עולם (1)', 'مرحبا بالعالم', 'لا إله', 'ogsmith 画像生成、改行。', 'สวัสดีครับ', '👨‍👩‍👧‍👦 👍🏽 🇺🇸 #️⃣', 'a\u200fb\u202ec', 'abc אבג 123 def', '\t\u05d0\n\u0627 ', '🚀'),
  fc.array(fc.constantFrom('ש', 'ل', 'a', ' ', '日', '😀', '\u200d', '\ufe0f', '1', '(', ']', 'ก', '\u0651'), { maxLength: 16 }).map((chars) => chars.join('')),
);
const styleEntry = fc.oneof(
  fc.tuple(fc.constant('direction'), fc.constantFrom('ltr', 'rtl')),
  fc.tuple(fc.constant('textAlign'), fc.constantFrom('start', 'end', 'justify', 'center', 'left')),
  fc.tuple(fc.constant('whiteSpace'), fc.constantFrom('normal', 'nowrap', 'pre', 'pre-wrap', 'pre-line')),
  fc.tuple(fc.constant('wordBreak'), fc.constantFrom('normal', 'keep-all', 'break-all')),
  fc.tuple(fc.constant('display'), fc.constantFrom('flex', 'block', 'inline')),
  fc.tuple(fc.constant('width'), fc.integer({ min: 0, max: 300 })),
  fc.tuple(fc.constantFrom('padding', 'letterSpacing', 'wordSpacing'), fc.integer({ min: -2, max: 12 })),
  fc.tuple(fc.constant('fontFeatureSettings'), fc.constantFrom('"tnum"', '"liga" 0', '"kern" 0, "ss01"')),
  fc.tuple(fc.constant('WebkitLineClamp'), fc.integer({ min: 1, max: 3 })),
  fc.tuple(fc.constant('textOverflow'), fc.constantFrom('ellipsis', 'clip')),
  fc.tuple(fc.constant('overflow'), fc.constantFrom('hidden', 'visible')),
);
const style = fc.array(styleEntry, { maxLength: 5 }).map((entries) => ({ fontFamily: 'Inter, Noto Sans Hebrew, Noto Sans Arabic, Noto Sans JP', ...Object.fromEntries(entries) }));
const tree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.record({ type: fc.constantFrom('div', 'span'), props: fc.record({ style, children: fc.array(tie('node'), { maxLength: 3 }) }) })),
})).node;
const root = fc.record({ type: fc.constant('div'), props: fc.record({ style, children: fc.array(tree, { maxLength: 3 }) }) });

describe('scripts in random trees', () => {
  it('layout() gives finite geometry and render() an image (or a coded error), for any mix of scripts and text styles', async () => {
    await fc.assert(
      fc.asyncProperty(root, fc.boolean(), async (element, paint) => {
        try {
          const result = await layout(element, { width: 320, height: 200, fonts, strict: false });
          expect(Number.isFinite(result.root.width) && Number.isFinite(result.root.height)).toBe(true);
          if (paint) expect((await render(element, { width: 320, height: 200, fonts, strict: false })).length).toBeGreaterThan(0);
        } catch (error) {
          // Unsupported combinations (a flex box inside a span) are coded errors, never crashes.
          if (!(error instanceof OgsmithError)) throw error;
          expect(error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 120, seed: 20261126 },
    );
  });
});
