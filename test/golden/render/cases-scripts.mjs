// Paint cases for right-to-left clamping and ellipses (Chromium screenshots), with the Hebrew and Arabic test subsets.
const FONTS = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Noto Sans Arabic', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansArabic-Regular-subset.ttf' },
  { family: 'Noto Sans Hebrew', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansHebrew-Regular-subset.ttf' },
];
const FAMILY = 'Inter, "Noto Sans Arabic", "Noto Sans Hebrew"';
const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const stage = (...children) => div({ width: 300, height: 200, backgroundColor: '#ffffff', flexDirection: 'column', alignItems: 'stretch', gap: 12, padding: 20, boxSizing: 'border-box', fontFamily: FAMILY }, ...children);

const HE = 'מנוע הפריסה מודד גליפים ושובר שורות בדיוק כמו דפדפן, גם בכרטיסים ארוכים.';
const AR = 'محرك التخطيط يقيس الحروف ويقسم الأسطر تماما مثل المتصفح.';

const cases = [];
const add = (name, element) => cases.push({ name: `paint-${name}`, width: 300, height: 200, fonts: FONTS, element });
add('rtl-line-clamp', stage(
  div({ display: '-webkit-box', WebkitBoxOrient: 'vertical', overflow: 'hidden', WebkitLineClamp: 2, direction: 'rtl', fontSize: 20, backgroundColor: '#bbf7d0' }, HE),
  div({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', direction: 'rtl', fontSize: 20, backgroundColor: '#fde68a' }, AR),
));

// MVAR: a variable font's underline and strikeout follow its axes (Recursive varies both with wght).
const RECURSIVE = { family: 'Recursive', weight: '300 1000', style: 'normal', file: 'node_modules/@fontsource-variable/recursive/files/recursive-latin-standard-normal.woff2' };
cases.push({ name: 'paint-variable-decorations', width: 300, height: 200, fonts: [RECURSIVE], element: div(
  { width: 300, height: 200, backgroundColor: '#ffffff', flexDirection: 'column', gap: 8, padding: 12, boxSizing: 'border-box', fontFamily: 'Recursive', fontSize: 40 },
  ...[300, 1000].map((fontWeight) => div({ fontWeight, textDecorationLine: 'underline line-through' }, `Mvar ${fontWeight}`)),
) });

// Decoration thickness and placement at several sizes, in fonts whose own underline metrics differ.
const SERIF = { family: 'Merriweather', weight: 400, style: 'normal', file: 'node_modules/@fontsource/merriweather/files/merriweather-latin-400-normal.woff2' };
const ROBOTO = { family: 'Roboto', weight: 400, style: 'normal', file: 'node_modules/@fontsource/roboto/files/roboto-latin-400-normal.woff2' };
cases.push({ name: 'paint-decoration-sizes', width: 300, height: 200, fonts: [ROBOTO, SERIF], element: div(
  { width: 300, height: 200, backgroundColor: '#ffffff', flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-start', gap: 6, padding: 6, boxSizing: 'border-box', fontFamily: 'Roboto' },
  ...[13, 24, 40].flatMap((fontSize) => ['Roboto', 'Merriweather'].map((fontFamily) => div({ fontSize, fontFamily, textDecorationLine: 'underline line-through', color: '#1e3a8a' }, 'Agy'))),
  div({ fontSize: 64, fontFamily: 'Merriweather', textDecorationLine: 'underline line-through' }, 'Ship'),
) });

// lang: Turkish case rules (dotted capital İ) and locl forms (Roboto keeps f and i apart in Turkish, Open Sans's Catalan l·l).
const ROBOTO_EXT = { family: 'Roboto', weight: 400, style: 'normal', file: 'node_modules/@fontsource/roboto/files/roboto-latin-ext-400-normal.woff2' };
const OPEN_SANS = { family: 'Open Sans', weight: 400, style: 'normal', file: 'node_modules/@fontsource/open-sans/files/open-sans-latin-400-normal.woff2' };
const withLang = (lang, element) => ({ ...element, props: { ...element.props, lang } });
cases.push({ name: 'paint-lang', width: 300, height: 200, fonts: [ROBOTO, ROBOTO_EXT, OPEN_SANS], element: div(
  { width: 300, height: 200, backgroundColor: '#ffffff', flexDirection: 'column', gap: 4, padding: 10, boxSizing: 'border-box', fontFamily: 'Roboto', fontSize: 28 },
  withLang('tr', div({ textTransform: 'uppercase' }, 'istanbul izmir')),
  withLang('tr', div({}, 'fikir firma')),
  div({}, 'fikir firma'),
  withLang('ca', div({ fontFamily: '"Open Sans"' }, 'il·lusió paral·lel')),
) });

export default cases;
