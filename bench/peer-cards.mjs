// Realistic 1200×630 cards every engine can draw (explicit display: flex, as satori requires).
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

/** A flex box (explicit display: flex, as satori requires) and a text div: the element builders every bench card file uses. */
export const h = (type, style, ...children) => ({ type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } });
export const text = (style, content) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children: content } });

/** A 96×96 avatar PNG with a gradient (read from the approved goldens' neighbour: generated below). */
export function avatarDataUrl(pngBytes) {
  return `data:image/png;base64,${Buffer.from(pngBytes).toString('base64')}`;
}

/** The avatar every engine draws: a 96×96 PNG with a pink-to-orange gradient. */
export function makeAvatar() {
  const canvas = createCanvas(96, 96);
  const ctx = canvas.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, 96, 96);
  g.addColorStop(0, '#f472b6');
  g.addColorStop(1, '#fb923c');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 96, 96);
  return canvas.encodeSync('png');
}

export function peerCards(avatar) {
  return {
    gradient: h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', justifyContent: 'space-between', color: 'white', backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 55%, #7c3aed 100%)' },
      text({ fontSize: 28, letterSpacing: 3, color: '#c7d2fe' }, 'OGSMITH.DEV / ENGINEERING'),
      text({ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }, 'Rendering Open Graph images in single-digit milliseconds'),
      text({ fontSize: 30, color: '#e0e7ff' }, 'November 24, 2026 · 8 min read')),
    avatar: h('div', { width: 1200, height: 630, padding: 80, alignItems: 'center', gap: 60, backgroundColor: '#fafaf9' },
      { type: 'img', props: { src: avatar, width: 280, height: 280, style: { borderRadius: 140 } } },
      h('div', { flexDirection: 'column', gap: 20, flex: 1 },
        text({ fontSize: 64, fontWeight: 700, color: '#1c1917' }, 'Grace Hopper'),
        text({ fontSize: 34, color: '#57534e', lineHeight: 1.4 }, 'Computer scientist and rear admiral who made programming languages readable.'),
        text({ fontSize: 28, color: '#a8a29e' }, '@grace · 1.2k followers'))),
    tags: h('div', { width: 1200, height: 630, padding: 72, flexDirection: 'column', gap: 36, backgroundColor: '#ecfdf5' },
      text({ fontSize: 60, fontWeight: 700, color: '#064e3b' }, 'Release 2.4: layout, fonts and a faster encoder'),
      h('div', { flexWrap: 'wrap', gap: 16 }, ...['layout', 'fonts', 'performance', 'breaking change', 'docs', 'server', 'cli', 'encoder'].map((tag) => text({ padding: '10px 24px', borderRadius: 999, backgroundColor: '#a7f3d0', color: '#065f46', fontSize: 28 }, tag))),
      text({ fontSize: 30, color: '#047857', lineHeight: 1.5 }, 'Flexbox per the spec, inline text across spans, GPOS kerning and a PNG encoder tuned for cards.')),
    'long-title': h('div', { width: 1200, height: 630, padding: 64, flexDirection: 'column', justifyContent: 'center', backgroundColor: '#111827', color: '#f9fafb' },
      text({ fontSize: 56, fontWeight: 700, lineHeight: 1.2 }, 'Why the longest titles in your blog deserve the same care as the shortest ones: measuring, breaking and fitting text on social cards without ever clipping a word in half'),
      text({ marginTop: 32, fontSize: 28, color: '#9ca3af' }, 'blog.example.com')),
  };
}

export function fontFiles(root) {
  return [
    { name: 'Inter', weight: 400, style: 'normal', data: readFileSync(`${root}/fonts/Inter_400Regular.ttf`) },
    { name: 'Inter', weight: 700, style: 'normal', data: readFileSync(`${root}/fonts/Inter_700Bold.ttf`) },
  ];
}
