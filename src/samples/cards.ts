// Realistic 1200×630 sample cards (plain element objects) used by the benchmark, `npm start` and tests.
import type { OgsmithElement, OgsmithNode, StyleObject } from '../jsx/element.js';
const h = (type: string, style: StyleObject, ...children: OgsmithNode[]): OgsmithElement => ({ type, props: { style, children }, key: null });

const AVATAR = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';

export const sampleCards: Readonly<Record<string, OgsmithElement>> = {
  blog: h('div', { width: 1200, height: 630, boxSizing: 'border-box', padding: 72, flexDirection: 'column', justifyContent: 'space-between', backgroundColor: '#0f172a', color: '#f8fafc' },
    h('div', { fontSize: 28, color: '#94a3b8', textTransform: 'uppercase', letterSpacing: 2 }, 'Engineering blog'),
    h('div', { fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, 'How we made our Open Graph images render in under ten milliseconds'),
    h('div', { alignItems: 'center', gap: 20 },
      { type: 'img', props: { src: AVATAR, width: 64, height: 64, style: { borderRadius: 32 } }, key: null },
      h('div', { flexDirection: 'column' }, h('span', { fontSize: 28, fontWeight: 600 }, 'Ada Lovelace'), h('span', { fontSize: 24, color: '#94a3b8' }, 'November 24, 2026 · 7 min read')))),
  product: h('div', { width: 1200, height: 630, boxSizing: 'border-box', backgroundColor: '#fff7ed', padding: 64, gap: 48, alignItems: 'center' },
    h('div', { width: 420, height: 420, backgroundColor: '#fed7aa', borderRadius: 24 }),
    h('div', { flexDirection: 'column', flex: 1, gap: 24 },
      h('div', { fontSize: 56, fontWeight: 700, color: '#7c2d12' }, 'Handmade ceramic pour-over coffee dripper'),
      h('div', { fontSize: 28, color: '#9a3412' }, 'Stoneware, glazed by hand in small batches. Fits every mug.'),
      h('div', { alignSelf: 'flex-start', padding: '12px 28px', backgroundColor: '#ea580c', color: 'white', fontSize: 40, fontWeight: 700, borderRadius: 999 }, '$48.00'))),
  docs: h('div', { width: 1200, height: 630, boxSizing: 'border-box', flexDirection: 'column', padding: '56px 72px', backgroundColor: '#ffffff', borderTop: '12px solid #6366f1' },
    h('div', { display: 'block', fontSize: 26, color: '#6b7280' }, 'Docs ', h('span', { color: '#6366f1' }, '/ Guides /'), ' Layout'),
    h('div', { marginTop: 40, fontSize: 60, fontWeight: 700, color: '#111827', lineHeight: 1.2 }, 'Flexbox, blocks and inline text: what ogsmith lays out'),
    h('div', { marginTop: 24, fontSize: 30, color: '#374151', lineHeight: 1.5 }, 'Every behaviour is checked against geometry recorded in headless Chromium, so cards look the same as in a browser.')),
  quote: h('div', { width: 1200, height: 630, boxSizing: 'border-box', alignItems: 'center', justifyContent: 'center', padding: 96, backgroundColor: '#111827', color: '#f9fafb' },
    h('div', { flexDirection: 'column', gap: 32 },
      h('div', { fontSize: 52, fontStyle: 'italic', lineHeight: 1.3, textAlign: 'center' }, '“Simplicity is prerequisite for reliability.”'),
      h('div', { fontSize: 30, color: '#9ca3af', justifyContent: 'center' }, '— Edsger W. Dijkstra'))),
  release: h('div', { width: 1200, height: 630, boxSizing: 'border-box', flexDirection: 'column', padding: 64, gap: 28, backgroundColor: '#ecfdf5' },
    h('div', { alignItems: 'baseline', gap: 20 }, h('span', { fontSize: 72, fontWeight: 700, color: '#065f46' }, 'v2.4.0'), h('span', { fontSize: 30, color: '#047857' }, 'released today')),
    h('div', { flexWrap: 'wrap', gap: 16 }, ...['layout', 'fonts', 'performance', 'breaking change', 'docs', 'server', 'cli'].map((tag) => h('div', { padding: '8px 20px', borderRadius: 999, backgroundColor: '#a7f3d0', color: '#064e3b', fontSize: 26 }, tag))),
    h('div', { fontSize: 32, color: '#064e3b', lineHeight: 1.4 }, 'Inline formatting across spans, the automatic minimum size of flex items, aspect-ratio and a faster text shaper.')),
};
