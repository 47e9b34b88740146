// satori-derived compatibility cases, text (our own cases for the features of satori's letter-spacing, line-clamp, text-align, decoration, indent, white-space, word-break, tab-size, font, OpenType, stroke and shaping tests), named `satori-…`.
import { satoriCase, div, span, h, ROBOTO_FONTS, INTER_FONTS, PLAYFAIR_FONTS } from './satori-kit.mjs';

const cases = [];
const add = (file, name, element, { width = 240, height = 160, supported = true, fonts = ROBOTO_FONTS } = {}) => {
  if (element.props.style?.height === 160) element.props.style.height = height; // the stage fills the image
  cases.push(satoriCase(file, name, element, { width, height, supported, fonts }));
};
const stage = (style, ...children) => div({ width: 240, height: 160, backgroundColor: '#ffffff', fontFamily: 'Roboto', flexDirection: 'column', padding: 8, boxSizing: 'border-box', gap: 6, ...style }, ...children);
const box = (style, ...children) => div({ backgroundColor: '#e0f2fe', ...style }, ...children);
const QUOTE = 'It does not exist, it never has. I am nostalgic for a place that never existed.';

// letter-spacing.test.tsx
add('letter-spacing', 'values', stage({ fontSize: 16 }, ...[2, -1, 0, 8, 0.3].map((ls) => box({ letterSpacing: ls }, `Spacing ${ls}px`))));
add('letter-spacing', 'sizes-em', stage({}, box({ fontSize: 12, letterSpacing: '0.2em' }, 'Small em spacing'), box({ fontSize: 24, letterSpacing: '0.1em' }, 'Large em'), box({ fontSize: 18, letterSpacing: 3, fontWeight: 700 }, 'Bold spaced')));
add('letter-spacing', 'align', stage({ fontSize: 15 }, ...['left', 'center', 'right'].map((ta) => div({ display: 'block', textAlign: ta, letterSpacing: 3, backgroundColor: '#fef3c7' }, `Aligned ${ta}`))));
add('letter-spacing', 'wrapped-decorated', stage({ fontSize: 15 }, box({ letterSpacing: 2 }, QUOTE), box({ letterSpacing: 2, textDecoration: 'underline', color: '#be123c' }, 'Underlined spaced'), box({ letterSpacing: 2, textDecoration: 'line-through' }, 'Struck spaced')), { height: 200 });
add('letter-spacing', 'effects', stage({ fontSize: 22, fontWeight: 700 }, box({ letterSpacing: 4, textShadow: '2px 2px 0 #f472b6' }, 'SHADOW'), box({ letterSpacing: 4, opacity: 0.5 }, 'Opacity 12345'), box({ letterSpacing: 4, backgroundImage: 'linear-gradient(90deg, #ef4444, #3b82f6)', backgroundClip: 'text', color: 'transparent' }, 'Gradient')));
add('letter-spacing', 'single-char-mixed', stage({ fontSize: 20, flexDirection: 'row', flexWrap: 'wrap' }, box({ letterSpacing: 10 }, 'A'), box({ letterSpacing: 5 }, 'MiXeD CaSe'), box({ letterSpacing: 5 }, '0123456789')));

// line-clamp.test.tsx
add('line-clamp', 'block', stage({ fontSize: 16 }, div({ display: 'block', lineClamp: 2, backgroundColor: '#fef3c7' }, QUOTE)));
add('line-clamp', 'custom-ellipsis', stage({ fontSize: 16 }, div({ display: 'block', lineClamp: '2 "[…]"', backgroundColor: '#fef3c7' }, QUOTE)), { supported: true });
add('line-clamp', 'center', stage({ fontSize: 16 }, div({ display: 'block', lineClamp: 3, textAlign: 'center', backgroundColor: '#fef3c7' }, QUOTE, ' ', QUOTE)));
add('line-clamp', 'webkit-box', stage({ fontSize: 16 }, div({ display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: 2, overflow: 'hidden', backgroundColor: '#fef3c7' }, QUOTE)));

// line-height.test.tsx
add('line-height', 'values', stage({ fontSize: 14, flexDirection: 'row', alignItems: 'flex-start' }, ...[1, 1.5, '24px', 'normal'].map((lh, i) => box({ lineHeight: lh, width: 52, backgroundColor: ['#fecaca', '#bbf7d0', '#bfdbfe', '#fde68a'][i] }, 'line height text here'))));

// text-align.test.tsx
add('text-align', 'values', stage({ fontSize: 13, gap: 3 }, ...['left', 'center', 'right', 'end', 'justify'].map((ta) => div({ display: 'block', textAlign: ta, backgroundColor: '#e0f2fe' }, `${ta}: the quick brown fox jumps over the lazy dog`))), { height: 230 });

// text-decoration.test.tsx
add('text-decoration', 'lines-align', stage({ fontSize: 18, fontWeight: 700, alignItems: 'center' }, div({ maxWidth: 190, textDecorationLine: 'line-through', textAlign: 'right', color: 'white', backgroundColor: '#91a8d0' }, 'It never has. Nostalgic for a place'), div({ maxWidth: 190, textDecorationLine: 'underline', textAlign: 'right', backgroundColor: '#fde68a' }, 'It never has. Nostalgic for a place')), { height: 200 });
add('text-decoration', 'styles', stage({ fontSize: 18 }, ...['solid', 'dotted', 'dashed', 'double'].map((s) => div({ textDecoration: `underline ${s} #dc2626` }, `Decoration ${s}`))));
add('text-decoration', 'skip-ink', stage({ fontSize: 24 }, div({ textDecoration: 'underline' }, 'Jumpy gyps quay'), div({ textDecoration: 'underline', textDecorationSkipInk: 'none' }, 'Jumpy gyps quay')));
add('text-decoration', 'transform', stage({ fontSize: 20, alignItems: 'center', justifyContent: 'center' }, div({ textDecoration: 'underline', transform: 'rotate(-10deg) translateX(10px)' }, 'Tilted underline')));

// text-indent.test.tsx
add('text-indent', 'values', stage({ fontSize: 13 }, ...[20, -10, '10%', '2em'].map((ti) => div({ display: 'block', textIndent: ti, paddingLeft: 12, backgroundColor: '#fef3c7' }, 'Indented first line of text that wraps onto a second line'))), { height: 220 });
add('text-indent', 'align-inherit', stage({ fontSize: 13, textIndent: 24 }, div({ display: 'block', textAlign: 'center', backgroundColor: '#fef3c7' }, 'Centred and indented text that wraps'), div({ display: 'block', textIndent: 0, backgroundColor: '#e0f2fe' }, 'Override with zero indent for this text')));

// text-wrap.test.tsx and typesetting.test.tsx
add('text-wrap', 'wrap-balance', stage({ fontSize: 16 }, div({ display: 'block', textWrap: 'wrap', backgroundColor: '#fef3c7' }, QUOTE), div({ display: 'block', textWrap: 'balance', backgroundColor: '#e0f2fe' }, QUOTE)), { height: 200 });
add('typesetting', 'special-characters', stage({ fontSize: 15 }, box({}, 'Wrap at hyphen-separated words, slashes/paths and (brackets) “quotes” — dashes… ellipsis & ampersands!'), box({ width: 120 }, 'https://example.com/a/long/path?query=value')), { height: 200 });

// white-space.test.tsx
const SPACED = 'Extra   spaces    and\nline\n\nbreaks here, with text that wraps.';
add('white-space', 'values', stage({ fontSize: 13, gap: 4 }, ...['normal', 'pre', 'pre-wrap', 'pre-line', 'nowrap'].map((ws) => div({ display: 'block', whiteSpace: ws, width: 180, backgroundColor: '#fef3c7' }, SPACED))), { height: 330 });
add('white-space', 'fast-break', stage({ fontSize: 16 }, box({ width: 150 }, 'Taking a break, fast.!!!!!!!!!!!!!!!!!!')));

// word-break.test.tsx
add('word-break', 'values', stage({ fontSize: 15, gap: 4 }, box({ width: 110 }, 'Short words wrap, Pneumonoultramicroscopic'), box({ width: 110, wordBreak: 'break-all' }, 'Break all words eagerly here'), box({ width: 110, wordBreak: 'break-word' }, 'Wraps then Pneumonoultramicroscopic'), box({ width: 110 }, 'non\u00a0breaking\u00a0space words')), { height: 230 });

// tab-size.test.tsx
// tabSize as strings: React writes a number without unit (spaces), the oracle would add px.
add('tab-size', 'values', stage({ fontSize: 14 }, box({}, 'a\tb\tc (collapsed)'), box({ whiteSpace: 'pre' }, 'a\tb\tc'), box({ whiteSpace: 'pre', tabSize: '4' }, 'a\tb\tc'), box({ whiteSpace: 'pre-wrap', tabSize: '2' }, 'a\tb\tc'), box({ whiteSpace: 'pre', tabSize: '50px', letterSpacing: 1 }, 'a\tbb\tccc')));

// font.test.tsx and font-features / opentype-features tests
add('font', 'size-zero-heading', stage({ fontSize: 16 }, div({ fontSize: 0 }, 'invisible'), h('h1', { margin: 0 }, 'Heading one'), h('h2', { margin: 0 }, 'Heading two')));
add('font', 'family-fallback', stage({ fontSize: 20, fontFamily: 'Missing, "Playfair Display", Roboto' }, 'Playfair from the fallback list', div({ fontFamily: 'Roboto' }, 'Roboto')), { fonts: [...ROBOTO_FONTS, ...PLAYFAIR_FONTS] });
add('font-features', 'liga-smcp-tnum', stage({ fontSize: 20, fontFamily: 'Inter' }, div({}, 'office fi fl 0123'), div({ fontFeatureSettings: '"liga" 0' }, 'office fi fl'), div({ fontFeatureSettings: '"tnum"' }, '1111 0123'), div({ fontFeatureSettings: '"frac", "zero"' }, '1/2 0')), { fonts: INTER_FONTS });
add('opentype-features', 'kern-numerals', stage({ fontSize: 22, fontFamily: 'Playfair Display' }, div({}, 'AVATAR Wave To'), div({ fontKerning: 'none' }, 'AVATAR Wave To'), div({ fontVariantNumeric: 'oldstyle-nums' }, '1234567890'), div({ fontFeatureSettings: '"lnum"' }, '1234567890')), { fonts: PLAYFAIR_FONTS });

// webkit-text-stroke.test.tsx
add('webkit-text-stroke', 'nested', stage({ fontSize: 32, fontWeight: 700, color: 'white', WebkitTextStroke: '1px #0f172a' }, div({}, 'Stroked'), div({ WebkitTextStrokeWidth: 2, WebkitTextStrokeColor: '#db2777' }, 'Nested ', span({ color: '#fde047' }, 'span'))));

// harfbuzz-shaping.test.tsx and language.test.tsx: Arabic and Hebrew next to Latin.
const NOTO = (pkg, family, subset) => ({ family, weight: 400, style: 'normal', file: `node_modules/@fontsource/${pkg}/files/${pkg}-${subset}-400-normal.woff2` });
const SCRIPT_FONTS = [...ROBOTO_FONTS, NOTO('noto-sans-arabic', 'Noto Sans Arabic', 'arabic'), NOTO('noto-sans-hebrew', 'Noto Sans Hebrew', 'hebrew')];
add('harfbuzz-shaping', 'arabic-hebrew-latin', stage({ fontSize: 24, fontFamily: 'Roboto, "Noto Sans Arabic", "Noto Sans Hebrew"' }, div({}, 'السلام عليكم'), div({}, 'لا إله'), div({}, 'שלום עולם'), div({}, 'Hello مرحبا world')), { fonts: SCRIPT_FONTS, height: 200 });
add('harfbuzz-shaping', 'latin-marks-ligatures', stage({ fontSize: 24 }, div({}, 'Café naïve résumé'), div({}, 'e\u0301 a\u0308 o\u0302 n\u0303'), div({}, 'AV To WA  multiple   spaces')));

export default cases;
