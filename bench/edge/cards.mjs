// The edge benchmark's cards as plain data (every engine gets the same trees): the peer cards plus an emoji card whose emoji are Twemoji SVG images.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { avatarDataUrl, makeAvatar, peerCards } from '../peer-cards.mjs';

const twemoji = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const emojiImage = (code) => ({ type: 'img', props: { src: `data:image/svg+xml;base64,${readFileSync(join(twemoji, `${code}.svg`)).toString('base64')}`, width: 120, height: 120 } });
const h = (type, style, ...children) => ({ type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } });

/**
 * Emoji as images, as next/og draws them: no engine fetches anything (the peers' own emoji options load from a CDN,
 * which the benchmark does not reach), so every engine decodes and draws the same three SVGs.
 */
function emojiCard() {
  return h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', justifyContent: 'center', gap: 40, backgroundColor: '#fff7ed' },
    h('div', { fontSize: 64, fontWeight: 700, color: '#7c2d12' }, 'Launch day: ogsmith 2.0 ships'),
    h('div', { gap: 32 }, ...['1f680', '2728', '1f389'].map(emojiImage)),
    h('div', { fontSize: 32, color: '#9a3412' }, 'Rocket, sparkles and confetti from Twemoji'));
}

/** Card name → element tree (JSON-serialisable). */
export function edgeBenchCards() {
  return { ...peerCards(avatarDataUrl(makeAvatar())), emoji: emojiCard() };
}
