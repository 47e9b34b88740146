// The rest of issue 17's card variety for the peer benchmark: a CJK title, an emoji title, a minimal one-line card, and borders, dashes, opacity and rotation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { h, text } from './peer-cards.mjs';

const twemoji = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const CJK_FAMILY = 'Noto Sans CJK JP';

/** A Twemoji SVG as an image element (no engine fetches anything: every engine decodes the same SVG). */
export const emojiImage = (code, size = 120) => ({ type: 'img', props: { src: `data:image/svg+xml;base64,${readFileSync(join(twemoji, `${code}.svg`)).toString('base64')}`, width: size, height: size } });

/** Emoji as images, as next/og draws them. */
export function emojiCard() {
  return h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', justifyContent: 'center', gap: 40, backgroundColor: '#fff7ed' },
    h('div', { fontSize: 64, fontWeight: 700, color: '#7c2d12' }, 'Launch day: ogsmith 2.0 ships'),
    h('div', { gap: 32 }, ...['1f680', '2728', '1f389'].map((code) => emojiImage(code))),
    h('div', { fontSize: 32, color: '#9a3412' }, 'Rocket, sparkles and confetti from Twemoji'));
}

/** Card name → element tree: the designs peer-cards.mjs and encode-cards.mjs do not cover. */
export function varietyCards() {
  return {
    'cjk-title': h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', justifyContent: 'space-between', backgroundColor: '#fefce8', color: '#1c1917', fontFamily: CJK_FAMILY },
      text({ fontSize: 30, color: '#a16207' }, '画像生成、文字組み、改行処理。'),
      text({ fontSize: 64, lineHeight: 1.3 }, '排版引擎像浏览器一样测量字形并断行。每张卡片的文字长度事先无人知晓，所以“自动适应”非常重要！'),
      text({ fontSize: 28, color: '#78716c' }, 'ogsmithはブラウザと同じように文字を測り、行を折り返します。')),
    'emoji-title': emojiCard(),
    minimal: h('div', { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundColor: 'white' },
      text({ fontSize: 80, fontWeight: 700, color: '#111827' }, 'ogsmith.dev')),
    borders: h('div', { width: 1200, height: 630, padding: 64, alignItems: 'center', justifyContent: 'space-around', backgroundColor: '#f1f5f9' },
      h('div', { width: 300, height: 300, alignItems: 'center', justifyContent: 'center', border: '8px solid #0f172a', borderRadius: 24, fontSize: 40, color: '#0f172a' }, 'solid'),
      h('div', { width: 300, height: 300, alignItems: 'center', justifyContent: 'center', border: '6px dashed #dc2626', borderRadius: 150, fontSize: 40, color: '#dc2626', opacity: 0.6 }, 'dashed'),
      h('div', { width: 260, height: 260, alignItems: 'center', justifyContent: 'center', borderWidth: 4, borderStyle: 'solid', borderColor: '#2563eb #16a34a #eab308 #9333ea', backgroundColor: '#dbeafe', transform: 'rotate(12deg)', fontSize: 40, color: '#1e3a8a' }, 'rotated')),
  };
}

/** The fonts these cards need beyond Inter: a CJK subset (Noto Sans CJK JP, CFF outlines; test/fixtures/fonts/README.md). */
export function varietyFonts(root) {
  return [{ name: CJK_FAMILY, weight: 400, style: 'normal', data: readFileSync(`${root}/test/fixtures/fonts/NotoSansCJKjp-Regular-subset.otf`) }];
}
