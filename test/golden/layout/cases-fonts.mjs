// Layout fixture cases for the fonts users bring: @fontsource woff2 web fonts, script fonts split into subsets, issue 14's regressions.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every case here is named `webfont-…`; test/layout/fixtures-fonts.test.ts lays them out with fonts never loaded before. */
export const WEBFONT_PREFIX = 'webfont-';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** One face of an @fontsource package's subset (woff2, as installed by npm), checked to exist. */
function face(pkg, family, subset, weight) {
  const file = `node_modules/@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`;
  if (!existsSync(join(root, file))) throw new Error(`missing font file ${file}: run npm ci`);
  return { family, weight, style: 'normal', file };
}
/** A family as @fontsource ships it: each subset a face of ONE family, no unicodeRange (the oracle passes none). */
const family = (pkg, name, subsets, weights) => weights.flatMap((weight) => subsets.map((subset) => face(pkg, name, subset, weight)));

const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const span = (style, ...children) => h('span', style, ...children);
const block = (style, ...children) => div({ display: 'block', ...style }, ...children);
const page = (fontFamily, style, ...children) => div({ flexDirection: 'column', width: 460, gap: 8, padding: 10, fontFamily, backgroundColor: '#f8fafc', ...style }, ...children);
const clamp = (lines, style = {}) => ({ display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: lines, overflow: 'hidden', ...style });
const ellipsis = (width, style = {}) => ({ display: 'block', width, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', ...style });

const cases = [];
const add = (name, fonts, element, width = 480, height = 460) => cases.push({ name: WEBFONT_PREFIX + name, width, height, fonts, element });

// Latin web fonts: serif, sans, display, condensed, monospace; with and without ligatures and kerning.
// `fi`/`fl`/`ffi` words are spread through the texts so that, whatever the font's widths, some fall at line ends
// and in the ellipsis cuts (the nowrap boxes step by 7 px so one cut lands inside a ligature).
const TITLE = 'Efficient workflows for flawless, fine typography';
const PARAGRAPH = 'The first fluent profile of a flexible office: fifty efficient files fit on one final flyer, and the official flagship fills the field with affluent, fluffy flourishes.';
const LATIN_FONTS = [
  ['roboto', 'Roboto'],
  ['open-sans', 'Open Sans'],
  ['lato', 'Lato'],
  ['montserrat', 'Montserrat'],
  ['poppins', 'Poppins'],
  ['noto-sans', 'Noto Sans'],
  ['geist', 'Geist'],
  ['space-grotesk', 'Space Grotesk'],
  ['playfair-display', 'Playfair Display'],
  ['merriweather', 'Merriweather'],
  ['oswald', 'Oswald'],
  ['bebas-neue', 'Bebas Neue', [400]],
  ['jetbrains-mono', 'JetBrains Mono'],
];
const latinPage = (name, code) => page(`"${name}"`, {},
  block({ fontSize: 30, fontWeight: 700, lineHeight: 1.15, backgroundColor: '#fde68a' }, TITLE),
  block({ fontSize: 17, width: 330, backgroundColor: '#bfdbfe' }, PARAGRAPH),
  block({ fontSize: 17, backgroundColor: '#fecaca' }, 'Ship a ', span({ fontWeight: 700 }, 'flawless'), ' profile, ', span({ fontWeight: 700, color: '#b91c1c' }, 'fast'), ' and first in flight.'),
  block({ fontSize: 16, letterSpacing: 1.5, backgroundColor: '#bbf7d0' }, 'Letter-spaced: efficient flow, fine fit'),
  block({ fontSize: 16, textTransform: 'uppercase', fontWeight: 700, backgroundColor: '#e9d5ff' }, 'Official flyer: the first fjord edition'),
  code ? block({ fontSize: 15, backgroundColor: '#e2e8f0' }, 'if (a != b && c >= d) x => y; // <!-- fi fl -->') : block({ fontSize: 15, fontKerning: 'none', backgroundColor: '#e2e8f0' }, 'No kerning: AVATAR, Type, WAVE, fly'),
  div(clamp(2, { fontSize: 17, width: 250, backgroundColor: '#fed7aa' }), PARAGRAPH),
  div({ flexWrap: 'wrap', gap: 6 }, ...[62, 69, 76, 83, 90].map((width) => block(ellipsis(width, { fontSize: 16, backgroundColor: '#cffafe' }), 'Affluent office fliers'))),
);
for (const [pkg, name, weights = [400, 700]] of LATIN_FONTS) add(pkg, family(pkg, name, ['latin'], weights), latinPage(name, pkg === 'jetbrains-mono'));

// Scripts: each family's script subset and latin subset as faces of one family (a character missing in one face
// comes from the other, e.g. the colon of the Devanagari title only exists in the latin subset).
/** Per script: the @fontsource package, its subsets, the direction and the texts (title, paragraph, bold spans, a short run to cut). */
const SCRIPT_TEXTS = JSON.parse(readFileSync(join(root, 'test/golden/layout/cases-fonts-scripts.json'), 'utf8'));
const SCRIPTS = Object.fromEntries(Object.entries(SCRIPT_TEXTS).map(([script, s]) => [script, { ...s, fonts: family(s.package, s.family, s.subsets, [400, 700]) }]));
const scriptPage = (name, s) => page(`"${name}"`, { direction: s.direction ?? 'ltr' },
  block({ fontSize: 30, fontWeight: 700, lineHeight: 1.3, backgroundColor: '#fde68a' }, s.title),
  block({ fontSize: 17, width: 330, backgroundColor: '#bfdbfe' }, s.paragraph),
  block({ fontSize: 17, backgroundColor: '#fecaca' }, s.bold[0], span({ fontWeight: 700 }, s.bold[1]), s.bold[2], span({ fontWeight: 700, color: '#b91c1c' }, s.bold[3]), s.bold[4]),
  block({ fontSize: 16, letterSpacing: 1.5, backgroundColor: '#bbf7d0' }, s.cut),
  block({ fontSize: 16, textTransform: 'uppercase', backgroundColor: '#e9d5ff' }, `${s.cut} og image: fine`),
  div(clamp(2, { fontSize: 17, width: 250, backgroundColor: '#fed7aa' }), s.paragraph),
  div({ flexWrap: 'wrap', gap: 6 }, ...[62, 69, 76, 83, 90].map((width) => block(ellipsis(width, { fontSize: 16, backgroundColor: '#cffafe' }), s.cut))),
);
for (const [script, s] of Object.entries(SCRIPTS)) add(`script-${script}`, s.fonts, scriptPage(s.fonts[0].family, s));

// CJK with mixed Latin: a web font first, then the CJK subset of test/fixtures/fonts (its texts only). The CJK font has
// only a regular face, so only Latin is bold here: Chromium would synthesise a bold CJK, which ogsmith does not do (not a shaping matter).
const CJK = { family: 'Noto Sans JP', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansCJKjp-Regular-subset.otf' };
const ROBOTO = family('roboto', 'Roboto', ['latin'], [400, 700]);
const JA = 'ogsmithはブラウザと同じように文字を測り、行を折り返します。「日本語」の組版でも、句読点は行頭に来ません。';
const ZH = '开放图谱图片由元素树和内联样式生成，中文、日文和韩文都能正确换行。';
add('script-cjk-latin', [...ROBOTO, CJK], page('Roboto, "Noto Sans JP"', {},
  block({ fontSize: 28, backgroundColor: '#fde68a' }, '画像生成 ', span({ fontWeight: 700 }, 'for OG: fine'), ' 東京都渋谷区'),
  block({ fontSize: 17, width: 300, backgroundColor: '#bfdbfe' }, JA),
  block({ fontSize: 17, width: 330, backgroundColor: '#bbf7d0' }, `Roboto and ${ZH} Final flow.`),
  block({ fontSize: 16, letterSpacing: 1.5, backgroundColor: '#e9d5ff' }, '画像生成、文字組み fit'),
  div(clamp(2, { fontSize: 17, width: 250, backgroundColor: '#fed7aa' }), JA),
  div({ flexWrap: 'wrap', gap: 6 }, ...[62, 69, 76, 83].map((width) => block(ellipsis(width, { fontSize: 16, backgroundColor: '#cffafe' }), '画像生成 office'))),
), 480, 380);

// An emoji run: Twemoji as a COLR font for Chromium (the twemoji-colr-font package, the same artwork as
// @twemoji/svg that ogsmith draws, 1 em wide), after a Latin web font.
const TWEMOJI = { family: 'Twemoji', weight: 400, style: 'normal', file: 'node_modules/twemoji-colr-font/twemoji.woff2' };
add('script-emoji', [...ROBOTO, TWEMOJI], page('Roboto, Twemoji', {},
  block({ fontSize: 30, fontWeight: 700, backgroundColor: '#fde68a' }, 'Launch day 🚀 first flight ✨'),
  block({ fontSize: 17, width: 300, backgroundColor: '#bfdbfe' }, 'Our office 🏢 ships fifty 🎉 flawless cards a second 👍🏽 with flags 🇯🇵🇧🇷 and families 👨‍👩‍👧 in the flow.'),
  block({ fontSize: 16, letterSpacing: 1.5, backgroundColor: '#bbf7d0' }, 'Spaced 🔥 fine fit ❤️'),
  block(ellipsis(120, { fontSize: 16, backgroundColor: '#cffafe' }), 'Emoji 😀😃😄😁 at the cut'),
), 480, 240);

// Issue 14's regressions, each its own fixture.
const NOTO_BOLD = family('noto-sans', 'Noto Sans', ['latin'], [700]);
for (const word of ['fits', 'fats']) {
  add(`issue-ligature-line-${word}`, NOTO_BOLD, div({ width: 1072, padding: 14, fontFamily: '"Noto Sans"', backgroundColor: '#0f172a', color: 'white' },
    block({ width: 1072, fontSize: 64, fontWeight: 700 }, `Dynamic OG Image Generation: where each one ${word}`)), 1100, 220);
}
const HARD_CODING = 'Hard-coding OG images stops working the moment you have more than a handful of pages, so the first fix is a template that fills in each title.';
// Geist as @fontsource/geist-sans ships it (the font: Chromium breaks before `you`), then the newer @fontsource/geist, Open Sans, Space Grotesk.
for (const [pkg, name] of [['geist-sans', 'Geist Sans'], ['geist', 'Geist'], ['open-sans', 'Open Sans'], ['space-grotesk', 'Space Grotesk']]) {
  add(`issue-wrapped-width-${pkg}`, family(pkg, name, ['latin'], [400]), div({ padding: 10, fontFamily: `"${name}"`, backgroundColor: '#f8fafc' },
    block({ width: 560, fontSize: 22, backgroundColor: '#bfdbfe' }, HARD_CODING)), 580, 160);
}
// No fi/fl here: the case fails only while two woff2 faces cannot be decoded on the first call.
add('issue-woff2-first-call-lato', family('lato', 'Lato', ['latin'], [400, 700]), div({ flexDirection: 'column', width: 540, padding: 10, gap: 6, fontFamily: 'Lato' },
  block({ fontSize: 36, fontWeight: 700 }, 'First call with two WOFF2 faces'),
  block({ fontSize: 18 }, 'Regular text and ', span({ fontWeight: 700 }, 'bold text'), ' laid out on the opening call.')), 560, 130);
const TITLES = {
  'arabic-harakat': ['arabic', 'تَوْلِيدُ صُوَرِ', 48],
  'devanagari-conjuncts': ['devanagari', 'गतिशील छवि: क्षमता स्वतंत्र ज्ञान', 40],
  'bengali-conjuncts': ['bengali', 'গতিশীল ছবি: ক্ষমতা স্বাস্থ্য কোথায়', 40],
  'tamil-vowel-signs': ['tamil', 'இயங்குநிலை: கொடி கோடு கௌரவம்', 36],
  'hebrew-niqqud': ['hebrew', 'בְּרֵאשִׁית בָּרָא אֱלֹהִים', 48],
  'thai-tone-marks': ['thai', 'ที่นี่ น้ำ ผู้ใหญ่ ก๊ ก๋', 48],
};
for (const [name, [script, text, fontSize]] of Object.entries(TITLES)) {
  const s = SCRIPTS[script];
  add(`issue-${name}`, s.fonts, div({ padding: 10, fontFamily: `"${s.fonts[0].family}"`, direction: s.direction ?? 'ltr', backgroundColor: '#f8fafc' },
    block({ fontSize, backgroundColor: '#fde68a' }, text)), 600, 130);
}

// Faces of one family with the same descriptors are tried last-declared first (CSS Fonts 4, unicode-range; Chromium
// without unicode-range too): with Montserrat's latin then vietnamese subsets, T and ạ come from different faces, so
// no T–a kerning joins them; with the order reversed the latin face is tried first and draws ạ as a + U+0323 (kerned).
const VIETNAMESE = 'Tạo ảnh xem trước: Tự động, Tháng Tư. Văn bản tiếng Việt';
for (const [name, subsets] of [['vietnamese-subsets', ['latin', 'vietnamese']], ['vietnamese-subsets-reversed', ['vietnamese', 'latin']]]) {
  add(`issue-${name}`, family('montserrat', 'Montserrat', subsets, [400, 700]), page('Montserrat', { width: 620 },
    block({ fontSize: 40, fontWeight: 700 }, 'Tạo Tự Tháng'),
    block({ fontSize: 28 }, VIETNAMESE),
    block({ fontSize: 22 }, span({ fontWeight: 700 }, 'Tạo '), 'ảnh và ', span({ fontWeight: 700 }, 'Tự'), ' động: Tạp chí Tết')), 640, 260);
}

// font-optical-sizing: auto sets a variable font's opsz axis to the font size in px (Roboto Flex's advances change with it);
// none keeps the default, and font-variation-settings naming opsz wins over both.
const ROBOTO_FLEX = { family: 'Roboto Flex', weight: '100 1000', style: 'normal', file: 'node_modules/@fontsource-variable/roboto-flex/files/roboto-flex-latin-opsz-normal.woff2' };
const OPTICAL = 'Optical sizes shape every glyph';
add('variable-optical-sizing', [ROBOTO_FLEX], page('"Roboto Flex"', { width: 620 },
  block({ fontSize: 11 }, `${OPTICAL} at eleven pixels, where the axis opens the counters and widens the spacing of small text.`),
  block({ fontSize: 18 }, `${OPTICAL} at eighteen pixels.`),
  block({ fontSize: 36, fontWeight: 650 }, `${OPTICAL} (36 px, 650)`),
  block({ fontSize: 64, fontWeight: 800, lineHeight: 1.1 }, 'Dynamic OG image titles'),
  block({ fontSize: 64, fontWeight: 800, lineHeight: 1.1, fontOpticalSizing: 'none' }, 'Dynamic OG image titles'),
  block({ fontSize: 64, fontWeight: 800, lineHeight: 1.1, fontVariationSettings: '"opsz" 30' }, 'Dynamic OG image titles'),
  div({ fontSize: 30, fontOpticalSizing: 'none' }, span({}, 'Inherited none, '), span({ fontSize: 14 }, 'small span, '), span({ fontSize: 40, fontOpticalSizing: 'auto' }, 'auto again'))), 640, 600);

// lang: the content language picks the font's locl forms (Catalan l·l in Open Sans; Turkish keeps f and i apart in Roboto)
// and text-transform's case rules (Turkish i → İ); a child without lang inherits it, and lang="" or an invalid tag is unknown.
const lang = (code, element) => ({ ...element, props: { ...element.props, lang: code } });
const OPEN_SANS = family('open-sans', 'Open Sans', ['latin', 'latin-ext'], [400]);
add('lang-locl-and-case', [...family('roboto', 'Roboto', ['latin', 'latin-ext'], [400, 700]), ...OPEN_SANS], page('Roboto', { width: 620 },
  block({ fontFamily: '"Open Sans"', fontSize: 30 }, 'col·lecció il·lusió paral·lel'),
  lang('ca', block({ fontFamily: '"Open Sans"', fontSize: 30 }, 'col·lecció il·lusió paral·lel')),
  block({ fontSize: 30 }, 'fiyat firma filiz fikir'),
  lang('tr', block({ fontSize: 30 }, 'fiyat firma filiz fikir')),
  lang('tr', block({ fontSize: 30, fontWeight: 700, textTransform: 'uppercase' }, 'istanbul ile izmir')),
  block({ fontSize: 30, fontWeight: 700, textTransform: 'uppercase' }, 'istanbul ile izmir'),
  lang('tr', block({ fontSize: 26 }, span({}, 'inherited: fikir '), lang('en', span({}, 'english: fikir '), ), lang('', span({}, 'unknown: fikir')))),
  lang('en_US', block({ fontSize: 26 }, 'invalid tag: fikir'))), 640, 520);

// Shaping across spans: Chromium shapes consecutive items with the same font together (kerning, ligatures and Arabic joins
// cross a colour change), but not across an inline box with padding, a border or a margin, nor across a font change.
const red = (text, style = {}) => span({ color: '#dc2626', ...style }, text);
add('cross-span-shaping', [...family('roboto', 'Roboto', ['latin'], [400, 700]), ...SCRIPTS.arabic.fonts], page('Roboto', { width: 620 },
  block({ fontSize: 44 }, 'AV', red('AWAY'), ' T', red('o'), 'y W', red('a'), 'VA'),
  block({ fontSize: 44 }, 'AV', red('AWAY', { paddingLeft: 2 }), ' T', red('o', { fontWeight: 700 }), 'y W', red('a', { marginRight: 1 }), 'VA'),
  block({ fontSize: 44 }, 'of', red('fi'), 'ce ', red('f'), 'lat ', red('f'), 'i', red('ff'), 'i'),
  block({ fontSize: 40, fontFamily: '"Noto Sans Arabic"', direction: 'rtl' }, 'تو', red('ليد'), ' صو', red('ر'), ' متحركة'),
  block({ fontSize: 40, fontFamily: '"Noto Sans Arabic"', direction: 'rtl' }, 'تو', red('ليد', { paddingLeft: 3 }), ' صو', red('ر', { borderRight: '2px solid #000' }), ' متحركة')), 640, 460);

// textWrap balance and pretty count the reshaped line edges too (Geist's contextual kerning around spaces), at widths where they matter.
add('wrap-balance-pretty-reshaped-edges', family('geist-sans', 'Geist Sans', ['latin'], [400]), div({ flexDirection: 'column', gap: 6, padding: 10, fontFamily: '"Geist Sans"', backgroundColor: '#f8fafc' },
  ...[560, 430, 333].flatMap((width) => ['balance', 'pretty'].map((textWrap) => block({ width, fontSize: 22, textWrap, backgroundColor: '#bfdbfe' }, HARD_CODING)))), 580, 1000);

// Synthetic bold and oblique (font-synthesis): families with no bold or italic face, as Chromium fakes them
// (outline stroked, advances unchanged; skewed by -1/4), and each font-synthesis value that turns them off.
const SYNTH_TEXT = 'Quick brown foxes jump over the lazy dog, fifty times a day.';
const synthPage = (fontFamily, ...children) => page(fontFamily, { width: 520, gap: 6 }, ...children);
const row = (style, text = SYNTH_TEXT) => block({ fontSize: 18, backgroundColor: '#e0f2fe', ...style }, text);
add('synthesis-bold-bebas-neue', family('bebas-neue', 'Bebas Neue', ['latin'], [400]), synthPage('"Bebas Neue"',
  block({ fontSize: 48, fontWeight: 700, lineHeight: 1.1, backgroundColor: '#fde68a' }, 'Ship faster with a bold title that wraps'),
  ...[12, 18, 30].map((fontSize) => row({ fontSize, fontWeight: 700 })),
  row({ fontWeight: 600 }, 'Weight 600: synthesised, as any weight from 600'),
  row({ fontWeight: 500 }, 'Weight 500: the regular face as it is'),
  block({ fontSize: 18, backgroundColor: '#fecaca' }, 'Plain text with ', h('strong', {}, 'a strong word'), ' and ', span({ fontWeight: 'bold', color: '#b91c1c' }, 'a red bold span'), ' inside.'),
  row({ fontWeight: 700, fontSynthesis: 'none' }, 'fontSynthesis none: no fake bold'),
  row({ fontWeight: 700, fontSynthesisWeight: 'none' }, 'fontSynthesisWeight none: no fake bold'),
), 560, 620);
add('synthesis-roboto-regular-only', family('roboto', 'Roboto', ['latin'], [400]), synthPage('Roboto',
  block({ fontSize: 36, fontWeight: 700, fontStyle: 'italic', lineHeight: 1.15, backgroundColor: '#fde68a' }, 'Bold italic title, both faked'),
  block({ fontSize: 17, width: 330, fontWeight: 700, backgroundColor: '#bfdbfe' }, PARAGRAPH),
  row({ fontStyle: 'italic' }),
  row({ fontStyle: 'oblique' }, 'Oblique: the same slant as italic'),
  block({ fontSize: 18, backgroundColor: '#fecaca' }, 'An ', h('em', {}, 'emphasised'), ' word, a ', h('b', {}, 'bold'), ' one and ', h('strong', {}, h('em', {}, 'both')), '.'),
  row({ fontWeight: 700, fontStyle: 'italic', fontSynthesis: 'style' }, 'fontSynthesis style: slanted, not bold'),
  row({ fontWeight: 700, fontStyle: 'italic', fontSynthesis: 'weight' }, 'fontSynthesis weight: bold, upright'),
  row({ fontWeight: 700, fontStyle: 'italic', fontSynthesisStyle: 'none' }, 'fontSynthesisStyle none: bold, upright'),
  row({ fontWeight: 700, fontStyle: 'italic', fontSynthesis: 'small-caps' }, 'fontSynthesis small-caps: neither'),
), 560, 640);
add('synthesis-oblique-merriweather', family('merriweather', 'Merriweather', ['latin'], [400, 700]), synthPage('Merriweather',
  block({ fontSize: 30, fontStyle: 'italic', lineHeight: 1.2, backgroundColor: '#fde68a' }, 'A serif with no italic face'),
  row({ fontStyle: 'italic', fontWeight: 700 }, 'Its real bold face, slanted'),
  block({ fontSize: 17, width: 330, fontStyle: 'italic', backgroundColor: '#bfdbfe' }, PARAGRAPH),
  row({ fontStyle: 'italic', fontWeight: 900 }, 'Weight 900 on the 700 face: not emboldened'),
  row({ fontStyle: 'italic', color: 'rgba(30, 64, 175, 0.6)' }, 'Translucent slanted text'),
  row({ fontStyle: 'italic', fontSize: 24, textShadow: '2px 2px 0 #f472b6' }, 'Slanted with a shadow'),
  row({ fontStyle: 'italic', fontSynthesisStyle: 'none' }, 'fontSynthesisStyle none: upright'),
), 560, 560);
// font-style: oblique <angle>: Chromium matches and draws an angle under 14° upright, 14° and over slanted (from the
// italic face where the family has one, else synthesised); negative angles stay upright.
const OBLIQUE_ANGLES = ['oblique', 'oblique 10deg', 'oblique 13deg', 'oblique 14deg', 'oblique 20deg', 'oblique 0.1turn', 'oblique 30deg', 'oblique -14deg', 'oblique -30deg'];
const obliqueRows = () => OBLIQUE_ANGLES.map((fontStyle) => row({ fontStyle }, `${fontStyle}: Quick brown foxes`));
add('synthesis-oblique-angles', family('roboto', 'Roboto', ['latin'], [400]), synthPage('Roboto', ...obliqueRows(),
  block({ fontSize: 18, font: 'oblique 12deg 18px Roboto', backgroundColor: '#fecaca' }, 'font: oblique 12deg 18px Roboto'),
  block({ fontSize: 18, font: 'oblique 40deg 18px Roboto', backgroundColor: '#fecaca' }, 'font: oblique 40deg 18px Roboto')), 560, 420);
const ROBOTO_ITALIC = { family: 'Roboto', weight: 400, style: 'italic', file: 'node_modules/@fontsource/roboto/files/roboto-latin-400-italic.woff2' };
add('oblique-angles-italic-face', [...family('roboto', 'Roboto', ['latin'], [400]), ROBOTO_ITALIC], synthPage('Roboto', ...obliqueRows()), 560, 340);

add('synthesis-bold-translucent-lato', family('lato', 'Lato', ['latin'], [400]), synthPage('Lato',
  block({ fontSize: 40, fontWeight: 800, color: 'rgba(185, 28, 28, 0.55)', backgroundColor: '#fef3c7' }, 'Translucent fake bold'),
  block({ fontSize: 28, fontWeight: 700, textShadow: '3px 3px 0 #93c5fd' }, 'Fake bold with a shadow'),
  block({ fontSize: 22, fontWeight: 700, backgroundImage: 'linear-gradient(90deg, #7c3aed, #db2777)', backgroundClip: 'text', WebkitBackgroundClip: 'text', color: 'transparent' }, 'Gradient text, faked bold'),
  block({ fontSize: 20, fontWeight: 700, fontStyle: 'italic', WebkitTextStroke: '1px #0f172a', color: '#fde68a' }, 'Stroked, bold and slanted'),
), 560, 300);

export default cases;
