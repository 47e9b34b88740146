// Cards whose colours change on every render (a theme or accent colour per request), for the peer benchmark: caches keyed by colour never hit, so every gradient and blurred shadow is drawn anew.
import { h, text } from './peer-cards.mjs';

/** An sRGB hex colour from 24 bits. */
const hex = (bits) => `#${(bits & 0xffffff).toString(16).padStart(6, '0')}`;

/** Card name → (render number → element tree): the i-th render's colours differ from every other's. */
export function themedCards() {
  return {
    'themed-linear': (i) => h('div', { width: 1200, height: 630, padding: 80, flexDirection: 'column', justifyContent: 'space-between', color: 'white', backgroundImage: `linear-gradient(135deg, ${hex(0x0f172a + i * 0x010203)} 0%, ${hex(0x312e81 + i * 0x030102)} 55%, ${hex(0x7c3aed - i * 0x010101)} 100%)` },
      text({ fontSize: 28, letterSpacing: 3, color: '#c7d2fe' }, 'OGSMITH.DEV / ENGINEERING'),
      text({ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }, 'Rendering Open Graph images in single-digit milliseconds'),
      text({ fontSize: 30, color: '#e0e7ff' }, 'November 24, 2026 · 8 min read')),
    'themed-radial': (i) => h('div', { width: 1200, height: 630, alignItems: 'center', justifyContent: 'center', backgroundColor: '#020617', backgroundImage: `radial-gradient(circle at 30% 20%, ${hex(0x1e3a8a + i * 0x010203)} 0%, #0f172a 45%, #020617 100%)` },
      h('div', { width: 860, height: 380, padding: 56, flexDirection: 'column', justifyContent: 'space-between', borderRadius: 32, backgroundColor: '#0f172a', boxShadow: `0 40px 120px rgba(56, 189, ${(i * 7) % 256}, 0.35)`, color: '#e2e8f0' },
        text({ fontSize: 26, letterSpacing: 4, color: '#38bdf8' }, 'CHANGELOG'),
        text({ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, 'Dark mode, radial light and softer shadows'),
        text({ fontSize: 28, color: '#94a3b8' }, 'v3.1 · December 2026'))),
  };
}
