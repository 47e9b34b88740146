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

export default cases;
