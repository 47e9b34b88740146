// Paint cases for the grid and inline layout features: grid cards, inline-block tags, sliced inline-box shadows.
import { COLORS, div, INTER, span } from '../layout/case-kit.mjs';

const cases = [];
const add = (name, element, width = 600, height = 315) => cases.push({ name: `paint-${name}`, width, height, fonts: INTER, element });
const block = (style, ...children) => div({ display: 'block', ...style }, ...children);

add('grid-stats-card', div({ display: 'grid', width: 600, height: 315, boxSizing: 'border-box', padding: 28, gridTemplateColumns: 'repeat(3, 1fr)', gridTemplateRows: 'auto 1fr 1fr', gap: 14, backgroundImage: 'linear-gradient(135deg, #0f172a, #1e3a8a)', color: 'white' },
  div({ gridColumn: '1 / -1', fontSize: 30, fontWeight: 700 }, 'Quarterly numbers'),
  ...['Users', 'Revenue', 'Uptime', 'Tickets', 'Latency'].map((label, i) => div({ gridColumn: i === 0 ? 'span 2' : undefined, flexDirection: 'column', justifyContent: 'center', padding: 14, borderRadius: 14, backgroundColor: 'rgba(255,255,255,0.1)', border: `2px solid ${COLORS[i]}`, boxShadow: '0 6px 14px rgba(0,0,0,0.35)' },
    div({ fontSize: 14, color: COLORS[i] }, label), div({ fontSize: 28, fontWeight: 700 }, ['12.4k', '$81k', '99.98%', '214', '38 ms'][i])))));
add('inline-tags-card', block({ width: 600, height: 315, boxSizing: 'border-box', padding: 32, backgroundColor: '#fffbeb', fontSize: 20, lineHeight: 1.9 },
  block({ fontSize: 34, fontWeight: 700, lineHeight: 1.2, marginBottom: 12, color: '#78350f' }, 'Tags flow with the text'),
  'Filed under ', ...['layout', 'grid', 'inline-block', 'vertical-align', 'box shadows', 'fonts'].flatMap((tag, i) => [span({ display: 'inline-block', padding: '0 10px', marginRight: 6, borderRadius: 999, backgroundColor: COLORS[i], lineHeight: 1.5, verticalAlign: 'middle', fontSize: 16, boxShadow: '0 2px 3px rgba(0,0,0,0.25)' }, tag), ' ']), 'and more.'));
add('inline-box-shadow-sliced', block({ width: 300, height: 200, boxSizing: 'border-box', padding: 14, backgroundColor: '#ffffff', fontSize: 22, lineHeight: 2 },
  'A ', span({ boxShadow: '4px 4px 0 #be185d, inset 0 -6px 0 rgba(190,24,93,0.3)', backgroundColor: '#fce7f3', borderRadius: 6, padding: '2px 6px' }, 'shadow that follows the words over three lines'), ' done.'), 300, 200);

export default cases;
