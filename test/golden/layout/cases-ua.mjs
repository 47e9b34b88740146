// Layout fixture cases for HTML element defaults (the UA stylesheet: h1, p, lists, code, a, hr…) and inline svg, named `ua-…`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
function face(pkg, family, weight, style = 'normal') {
  const file = `node_modules/@fontsource/${pkg}/files/${pkg}-latin-${weight}-${style}.woff2`;
  if (!existsSync(join(root, file))) throw new Error(`missing font file ${file}: run npm ci`);
  return { family, weight, style, file };
}
const INTER = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 400, style: 'italic', file: 'fonts/Inter_400Regular_Italic.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
  { family: 'Inter', weight: 700, style: 'italic', file: 'fonts/Inter_700Bold_Italic.ttf' },
];
const MONO = [face('jetbrains-mono', 'JetBrains Mono', 400), face('jetbrains-mono', 'JetBrains Mono', 700)];
const SERIF = [face('merriweather', 'Merriweather', 400), face('merriweather', 'Merriweather', 700), face('merriweather', 'Merriweather', 400, 'italic')];
const FONTS = [...INTER, ...MONO, ...SERIF];
/** code and pre name their family: the browser's `monospace` is a system font the engine does not have. */
const CODE = { fontFamily: '"JetBrains Mono"' };

const el = (type, props, ...children) => ({ type, props: { ...props, children } });
const h = (type, style, ...children) => el(type, style ? { style } : {}, ...children);
const div = (style, ...children) => h('div', style, ...children);
const page = (style, ...children) => div({ flexDirection: 'column', width: 520, padding: 12, backgroundColor: '#f8fafc', ...style }, ...children);
const flow = (style, ...children) => div({ display: 'block', width: 496, backgroundColor: '#f1f5f9', ...style }, ...children);

const cases = [];
const add = (name, element, width = 560, height = 520) => cases.push({ name: `ua-${name}`, width, height, fonts: FONTS, element });

// Headings and paragraphs: in a flex column (margins do not collapse) and in block flow (they do).
const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag, i) => h(tag, { backgroundColor: ['#fde68a', '#bfdbfe', '#bbf7d0', '#fecaca', '#e9d5ff', '#fed7aa'][i] }, `Heading ${tag} for the card`));
add('headings-flex-column', page({}, ...headings), 560, 560);
add('headings-block-flow', page({}, flow({}, ...headings)), 560, 560);
add('headings-serif', page({ fontFamily: 'Merriweather' }, flow({}, h('h1', {}, 'A serif title that wraps over two lines'), h('p', {}, 'A paragraph under it, with its one em margins collapsing into the heading\'s.'), h('h2', {}, 'Second heading'), h('p', {}, 'Last paragraph.'))), 560, 480);
add('paragraphs-block-flow', page({}, flow({}, h('p', { backgroundColor: '#fde68a' }, 'First paragraph of text that is long enough to wrap onto a second line in this box.'), h('p', { backgroundColor: '#bfdbfe', fontSize: 20 }, 'Second paragraph at 20 px, so its em margins are larger.'), h('p', { margin: 4, backgroundColor: '#bbf7d0' }, 'Own margin overrides the UA margins.'))));
add('heading-own-style-wins', page({}, h('h1', { fontSize: 40, fontWeight: 400, margin: 0, backgroundColor: '#fde68a' }, 'Own size, weight and margin'), h('h2', { marginTop: 4, backgroundColor: '#bfdbfe' }, 'Own margin-top only'), h('p', { marginBottom: 0, backgroundColor: '#bbf7d0' }, 'Own margin-bottom only')));

// Inline phrase elements in one paragraph.
add('inline-phrases', page({}, flow({ fontSize: 18 },
  h('p', {}, 'Plain, ', h('strong', {}, 'strong'), ', ', h('b', {}, 'b'), ', ', h('em', {}, 'em'), ', ', h('i', {}, 'i'), ', ', h('u', {}, 'underlined'), ', ', h('s', {}, 'struck'), ', ', h('del', {}, 'deleted'), ', ', h('ins', {}, 'inserted'), ', ', h('small', {}, 'small text'), ' and ', h('mark', {}, 'marked words'), '.'),
  h('p', {}, 'A ', el('a', { href: 'https://example.com' }, 'link with href'), ' and an ', h('a', {}, 'anchor without one'), '; ', h('cite', {}, 'cite'), ', ', h('var', {}, 'var'), ', ', h('dfn', {}, 'dfn'), ', ', h('abbr', {}, 'abbr'), ', ', h('label', {}, 'label'), ', ', h('time', {}, 'time'), '.'),
  h('p', { fontWeight: 700 }, 'Bold paragraph with ', h('strong', {}, 'strong (bolder)'), ' inside.'),
  h('p', {}, 'Inline ', h('code', CODE, 'code()'), ', ', h('kbd', CODE, 'Ctrl+K'), ' and ', h('samp', CODE, 'output'), ' in a sentence.'),
)));
add('inline-phrases-serif', page({ fontFamily: 'Merriweather' }, flow({ fontSize: 17 }, h('p', {}, 'Serif text with ', h('em', {}, 'emphasis'), ', ', h('strong', {}, 'strong words'), ', ', h('mark', {}, 'a highlight'), ' and ', el('a', { href: '/about' }, 'a link'), ' that wraps to more lines than one.'))));
add('decoration-propagation', page({}, flow({ fontSize: 18 },
  h('p', {}, el('a', { href: '/docs' }, 'Read the ', h('strong', {}, 'docs'), ' and ', h('em', { fontSize: 24 }, 'guides')), ' today.'),
  h('p', { textDecoration: 'underline', textDecorationColor: '#dc2626' }, 'Underlined paragraph with ', h('b', {}, 'bold'), ' and ', h('span', { color: '#2563eb' }, 'blue'), ' words.'),
  h('p', {}, h('u', {}, 'Under ', h('s', {}, 'and through'), ' both'), '; ', h('del', {}, 'deleted ', h('code', CODE, 'code()'))),
)), 560, 260);
add('br-in-flex', div({ width: 400, backgroundColor: '#f1f5f9', fontSize: 18 }, 'before', h('br'), 'after'), 420, 100);
add('br-line-breaks', page({}, flow({ fontSize: 18 }, h('p', {}, 'First line', h('br'), 'second line after a br', h('br'), h('br'), 'after two'), h('p', {}, 'Inline ', h('strong', {}, 'bold', h('br'), 'broken'), ' text'))));

// Lists: bullets, counters, nesting, start, reversed, value, list-style.
const items = (n, from = 0) => Array.from({ length: n }, (_, i) => h('li', {}, ['Layout like a browser', 'Fonts users bring', 'Fast renders', 'A safe service', 'Cards people share'][(from + i) % 5]));
add('lists-basic', page({}, flow({}, h('ul', {}, ...items(3)), h('ol', {}, ...items(3, 2)))));
add('lists-nested', page({}, flow({}, h('ul', {}, h('li', {}, 'Outer one', h('ul', {}, h('li', {}, 'Inner circle', h('ul', {}, ...items(2))), h('li', {}, 'Inner two'))), h('li', {}, 'Outer two')), h('ol', {}, h('li', {}, 'First', h('ol', {}, ...items(2))), h('li', {}, 'Second')))));
add('lists-attributes', page({}, flow({}, el('ol', { start: 5 }, ...items(3)), el('ol', { reversed: true }, ...items(3, 1)), h('ol', {}, h('li', {}, 'one'), el('li', { value: 10 }, 'ten'), h('li', {}, 'eleven')))));
add('lists-style-types', page({}, flow({ fontSize: 15 }, ...['circle', 'square', 'decimal-leading-zero', 'lower-alpha', 'upper-roman', 'none'].map((type) => h('ul', { listStyleType: type, margin: '4px 0' }, ...items(2))), h('ul', { listStyle: 'none', padding: 0 }, ...items(2)))), 560, 560);
add('lists-sizes-fonts', page({}, flow({}, h('ul', { fontSize: 24, fontFamily: 'Merriweather' }, ...items(2)), h('ol', { fontSize: 13 }, ...items(3)), h('ul', { fontSize: 30, color: '#b91c1c' }, h('li', {}, 'Red bullets')), h('ol', { fontSize: 22, fontFamily: 'JetBrains Mono' }, ...items(2)))));
add('lists-in-flex', page({}, h('ul', { backgroundColor: '#fde68a' }, ...items(3)), h('ol', { display: 'flex', flexDirection: 'column', gap: 6, backgroundColor: '#bfdbfe' }, ...items(3))));
add('definition-list', page({}, flow({}, h('dl', {}, h('dt', {}, 'Term'), h('dd', {}, 'Its definition, indented by the UA stylesheet.'), h('dt', {}, 'Second term'), h('dd', {}, 'Another definition.')))));

// Blocks: pre, blockquote, figure, hr, address, sectioning elements.
add('pre-and-code', page({}, flow({}, h('p', {}, 'Run ', h('code', CODE, 'npm run build'), ' first:'), h('pre', { ...CODE, backgroundColor: '#e2e8f0' }, 'const card = render(<Card />);\n  await save(card);\n\nexport default card;'), h('pre', { ...CODE, fontSize: 13, whiteSpace: 'pre-wrap', width: 300 }, 'pre-wrap text that is long enough to wrap inside this narrow pre box'))));
add('blockquote-figure', page({}, flow({}, h('blockquote', { backgroundColor: '#fde68a' }, h('p', {}, 'A quoted paragraph, indented forty pixels on both sides by the UA stylesheet.')), h('figure', { backgroundColor: '#bfdbfe' }, el('img', { src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC', width: 80, height: 40 }), h('figcaption', {}, 'Figure caption under the image')), h('address', {}, 'Written by the ogsmith team'))));
add('hr-rules', page({}, h('p', {}, 'Above the rule in a flex column'), h('hr'), h('hr', { width: 200 }), h('hr', { borderColor: '#2563eb', borderWidth: 2, alignSelf: 'stretch' }), flow({}, h('p', {}, 'Above the rule in block flow'), h('hr'), h('p', {}, 'Below it'), h('hr', { border: 'none', borderTop: '3px solid #16a34a', margin: '4px 0' }))));
add('sectioning', div({ flexDirection: 'column', width: 520, backgroundColor: '#f8fafc' }, h('header', { backgroundColor: '#fde68a' }, 'header text', h('nav', { backgroundColor: '#fecaca' }, 'nav text')), h('main', { backgroundColor: '#bfdbfe' }, h('article', {}, h('h2', {}, 'Article heading'), h('p', {}, 'Article text.')), h('aside', { backgroundColor: '#bbf7d0' }, 'aside text'), h('section', { backgroundColor: '#e9d5ff' }, h('h3', {}, 'Section heading'), 'section text')), h('footer', { backgroundColor: '#fed7aa' }, 'footer text')));
add('sup-sub', page({}, flow({ fontSize: 20 }, h('p', {}, 'E = mc', h('sup', {}, '2'), ' and H', h('sub', {}, '2'), 'O, footnote', h('sup', {}, '[1]')))));

// Inline svg: shapes, currentColor, gradients, defs/use, transforms, inline in text, sized by style.
const svg = (props, ...children) => el('svg', { xmlns: 'http://www.w3.org/2000/svg', ...props }, ...children);
const LOGO = svg({ width: 64, height: 64, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' }, el('path', { d: 'M12 2L2 7l10 5 10-5-10-5z' }), el('path', { d: 'M2 17l10 5 10-5' }), el('path', { d: 'M2 12l10 5 10-5' }));
add('svg-shapes', page({ flexDirection: 'row', flexWrap: 'wrap', gap: 12, color: '#0f172a' },
  svg({ width: 80, height: 80, viewBox: '0 0 80 80' }, el('circle', { cx: 40, cy: 40, r: 30, fill: '#f97316' }), el('rect', { x: 20, y: 20, width: 40, height: 40, rx: 6, fill: '#2563eb', fillOpacity: 0.6 })),
  svg({ width: 120, height: 80 }, el('ellipse', { cx: 60, cy: 40, rx: 55, ry: 25, fill: 'none', stroke: '#16a34a', strokeWidth: 6 }), el('line', { x1: 0, y1: 80, x2: 120, y2: 0, stroke: '#dc2626', strokeWidth: 3, strokeDasharray: '8 4' })),
  svg({ width: 100, height: 80, viewBox: '0 0 100 80' }, el('polygon', { points: '50,5 95,75 5,75', fill: '#a855f7' }), el('polyline', { points: '5,40 30,20 55,60 95,10', fill: 'none', stroke: '#0ea5e9', strokeWidth: 4 })),
  el('div', { style: { color: '#db2777' } }, LOGO),
  svg({ width: 90, height: 90, viewBox: '0 0 90 90' }, el('defs', {}, el('linearGradient', { id: 'g1', x1: '0', y1: '0', x2: '1', y2: '1' }, el('stop', { offset: '0%', stopColor: '#22d3ee' }), el('stop', { offset: '100%', stopColor: '#6366f1' })), el('radialGradient', { id: 'g2' }, el('stop', { offset: '0', stopColor: '#fef08a' }), el('stop', { offset: '1', stopColor: '#f59e0b', stopOpacity: 0.2 }))), el('rect', { width: 90, height: 45, fill: 'url(#g1)' }), el('circle', { cx: 45, cy: 67, r: 22, fill: 'url(#g2)' })),
  svg({ width: 100, height: 60, viewBox: '0 0 100 60' }, el('defs', {}, el('path', { id: 'dot', d: 'M0 0h10v10h-10z' })), el('g', { transform: 'translate(10 10) rotate(15)', fill: '#059669' }, el('use', { href: '#dot' }), el('use', { href: '#dot', x: 30 }), el('use', { href: '#dot', x: 60 }))),
  svg({ viewBox: '0 0 40 20', style: { width: 160, height: 80, backgroundColor: '#e2e8f0' } }, el('rect', { x: 2, y: 2, width: 36, height: 16, rx: 8, fill: 'currentColor' })),
  svg({ width: 70, height: 70, viewBox: '0 0 100 100', preserveAspectRatio: 'none', style: { width: 140 } }, el('circle', { cx: 50, cy: 50, r: 45, fill: '#14b8a6' })),
), 560, 360);
add('svg-inline-in-text', page({}, flow({ fontSize: 20, color: '#1d4ed8' }, 'Text with an icon ', svg({ width: 20, height: 20, viewBox: '0 0 24 24' }, el('circle', { cx: 12, cy: 12, r: 10, fill: 'currentColor' })), ' inside the line, and another ', svg({ width: 32, height: 16, viewBox: '0 0 32 16' }, el('rect', { width: 32, height: 16, rx: 4, fill: '#f59e0b' })), ' bigger one that may wrap.')), 560, 200);

// A realistic card using the element defaults the way next/og cards do.
add('card-og-elements', div({ width: 600, height: 315, display: 'flex', flexDirection: 'column', padding: 32, backgroundColor: '#0f172a', color: 'white', fontFamily: 'Inter' },
  div({ alignItems: 'center', gap: 12 }, el('svg', { width: 40, height: 40, viewBox: '0 0 24 24', fill: 'none', stroke: '#38bdf8', strokeWidth: 2 }, el('path', { d: 'M12 2L2 7l10 5 10-5-10-5z' }), el('path', { d: 'M2 17l10 5 10-5' })), h('span', { fontSize: 22, fontWeight: 700 }, 'ogsmith')),
  h('h1', { fontSize: 44, margin: '16px 0 8px' }, 'Cards that look like the browser'),
  h('p', { margin: 0, fontSize: 20, color: '#cbd5e1' }, 'Drop-in for ', h('code', { ...CODE, color: '#38bdf8' }, 'next/og'), ' with ', h('strong', {}, 'UA defaults'), '.'),
  h('ul', { fontSize: 18, color: '#e2e8f0' }, h('li', {}, 'Headings bold with margins'), h('li', {}, 'Lists with markers'))), 600, 315);

export default cases;
