// Layout fixture cases for CJK, right-to-left and mixed-script lines (test font subsets in test/fixtures/fonts).
const INTER = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
];
const CJK = { family: 'Noto Sans JP', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansCJKjp-Regular-subset.otf' };
const ARABIC = { family: 'Noto Sans Arabic', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansArabic-Regular-subset.ttf' };
const HEBREW = { family: 'Noto Sans Hebrew', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansHebrew-Regular-subset.ttf' };
const ARABIC_BOLD = { ...ARABIC, weight: 700, file: 'test/fixtures/fonts/NotoSansArabic-Bold-subset.ttf' };
const HEBREW_BOLD = { ...HEBREW, weight: 700, file: 'test/fixtures/fonts/NotoSansHebrew-Bold-subset.ttf' };
const ALL = [...INTER, CJK, ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD];
/** Every family listed, so Chromium never falls back to a system font the engine does not have. */
const FAMILY = 'Inter, "Noto Sans JP", "Noto Sans Arabic", "Noto Sans Hebrew"';

const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const span = (style, ...children) => h('span', style, ...children);
const block = (style, ...children) => div({ display: 'block', ...style }, ...children);
const page = (style, ...children) => div({ flexDirection: 'column', width: 380, gap: 10, padding: 10, fontFamily: FAMILY, backgroundColor: '#f1f5f9', ...style }, ...children);

const ZH = '排版引擎像浏览器一样测量字形并断行。每张卡片的文字长度事先无人知晓，所以“自动适应”非常重要！标点符号（例如逗号、句号）不能出现在行首。';
const JA = 'ogsmithはブラウザと同じように文字を測り、行を折り返します。「日本語」の組版でも、句読点は行頭に来ません。';
const KO = '브라우저처럼 글자를 측정하고 줄을 나눕니다. 한국어 문장은 단어 단위로 줄바꿈합니다.';
const AR = 'محرك التخطيط يقيس الحروف ويقسم الأسطر تماما مثل المتصفح. النص العربي يكتب من اليمين إلى اليسار.';
const HE = 'מנוע הפריסה מודד גליפים ושובר שורות בדיוק כמו דפדפן.';

const cases = [];
const add = (name, element, width = 400, height = 300) => cases.push({ name, width, height, fonts: ALL, element });

// CJK: breaks between ideographs, none before closing punctuation, keep-all, mixed with Latin.
add('cjk-chinese-wrap', page({}, block({ fontSize: 18, backgroundColor: '#fde68a' }, ZH), block({ fontSize: 18, width: 200, backgroundColor: '#bfdbfe' }, ZH)));
add('cjk-japanese-mixed', page({}, block({ fontSize: 20, backgroundColor: '#fde68a' }, JA), block({ fontSize: 16, width: 170, backgroundColor: '#bfdbfe' }, JA)));
for (const wordBreak of ['normal', 'keep-all', 'break-all']) add(`cjk-korean-word-break-${wordBreak}`, page({}, block({ fontSize: 20, wordBreak, backgroundColor: '#fde68a' }, KO), block({ fontSize: 18, width: 150, wordBreak, backgroundColor: '#bfdbfe' }, KO)));
add('cjk-closing-punctuation', page({}, ...[112, 126, 144, 162].map((width) => block({ fontSize: 18, width, backgroundColor: '#fde68a' }, '文字の長さ。「組版」、句読点！（例）。'))));
add('cjk-flex-items', page({ flexDirection: 'row', alignItems: 'flex-start' }, div({ fontSize: 22, backgroundColor: '#fde68a', padding: 6 }, '画像生成'), div({ flex: 1, fontSize: 16, backgroundColor: '#bfdbfe' }, JA)));
add('cjk-japanese-keep-all', page({}, block({ fontSize: 18, width: 200, wordBreak: 'keep-all', backgroundColor: '#fde68a' }, JA), block({ fontSize: 18, width: 200, backgroundColor: '#bfdbfe' }, '画像生成、文字組み、改行処理。東京都渋谷区')));
add('mixed-scripts-line', page({}, block({ fontSize: 18, width: 260, backgroundColor: '#fde68a' }, 'ogsmith 画像生成 and שלום עולם with العربية 2026, 東京都 (OG).'), block({ direction: 'rtl', fontSize: 18, width: 260, backgroundColor: '#bfdbfe' }, 'שלום ogsmith 画像生成 العربية 1200×630 עולם.')));
add('cjk-justify', page({}, block({ fontSize: 18, width: 200, textAlign: 'justify', backgroundColor: '#fde68a' }, ZH), block({ fontSize: 16, width: 250, textAlign: 'justify', backgroundColor: '#bfdbfe' }, JA)));

// Right-to-left: direction, alignment, mixed lines.
add('rtl-hebrew-wrap', page({}, block({ direction: 'rtl', fontSize: 20, backgroundColor: '#fde68a' }, HE), block({ direction: 'rtl', fontSize: 20, width: 200, backgroundColor: '#bfdbfe' }, HE)));
add('rtl-arabic-wrap', page({}, block({ direction: 'rtl', fontSize: 20, backgroundColor: '#fde68a' }, AR), block({ direction: 'rtl', fontSize: 18, width: 180, backgroundColor: '#bfdbfe' }, AR)));
for (const textAlign of ['start', 'end', 'left', 'right', 'center']) add(`rtl-text-align-${textAlign}`, page({}, block({ direction: 'rtl', textAlign, fontSize: 18, backgroundColor: '#fde68a' }, HE), block({ direction: 'rtl', textAlign, fontSize: 18, width: 220, backgroundColor: '#bfdbfe' }, AR)));
add('rtl-mixed-latin-numbers', page({}, block({ direction: 'rtl', fontSize: 18, backgroundColor: '#fde68a' }, 'הכרטיס של ogsmith נוצר בגודל 1200×630 פיקסלים, בפורמט PNG.'), block({ direction: 'rtl', fontSize: 18, width: 190, backgroundColor: '#bfdbfe' }, 'صورة Open Graph بحجم 1200 في 630 بكسل، من ogsmith.')));
add('rtl-mixed-brackets', page({}, block({ direction: 'rtl', fontSize: 18, backgroundColor: '#fde68a' }, 'הגרסה (החדשה) של המנוע [2.0] זמינה!'), block({ direction: 'rtl', fontSize: 18, backgroundColor: '#bfdbfe' }, 'النسخة (الجديدة) من المحرك [2.0] متاحة!')));
add('ltr-mixed-hebrew-arabic', page({}, block({ fontSize: 18, backgroundColor: '#fde68a' }, 'The word שלום means peace, and مرحبا means hello in two scripts.'), block({ fontSize: 18, width: 200, backgroundColor: '#bfdbfe' }, 'Mixed lines: עברית ועוד, then English, then العربية الفصحى at the end.')));
add('rtl-spans', page({}, block({ direction: 'rtl', fontSize: 20, backgroundColor: '#fde68a' }, 'מנוע ', span({ fontWeight: 700 }, 'הפריסה'), ' מודד ', span({ color: '#b91c1c' }, 'גליפים'), ' ושובר שורות.')));
add('rtl-flex-row', page({ direction: 'rtl', flexDirection: 'row', alignItems: 'flex-start', gap: 8 }, div({ width: 60, height: 40, backgroundColor: '#fca5a5' }), div({ fontSize: 18, backgroundColor: '#bfdbfe' }, 'שלום עולם'), div({ width: 40, height: 30, backgroundColor: '#86efac' })));
add('rtl-arabic-card', div({ flexDirection: 'column', width: 380, height: 200, padding: 20, justifyContent: 'space-between', backgroundColor: '#0f172a', color: 'white', fontFamily: FAMILY, direction: 'rtl' }, block({ fontSize: 28, fontWeight: 700 }, 'صور المشاركة بسرعة فائقة'), block({ fontSize: 16, opacity: 0.8 }, 'ogsmith.dev — محرك تخطيط مطابق للمتصفح')));
add('rtl-block-children', page({ direction: 'rtl' }, block({ backgroundColor: '#fde68a' }, block({ width: 120, height: 20, backgroundColor: '#fca5a5' }), block({ width: 200, fontSize: 16, backgroundColor: '#bfdbfe' }, 'שלום עולם'), block({ width: '50%', height: 20, marginRight: 20, backgroundColor: '#86efac' }))));
add('rtl-flex-column', page({ direction: 'rtl', alignItems: 'flex-start' }, div({ width: 100, height: 20, backgroundColor: '#fca5a5' }), div({ fontSize: 18, backgroundColor: '#bfdbfe' }, 'שלום עולם'), div({ alignSelf: 'flex-end', width: 60, height: 20, backgroundColor: '#86efac' })));
add('ltr-rtl-span-wrap', page({}, block({ fontSize: 18, width: 220, backgroundColor: '#fde68a' }, 'Before the quote ', span({ backgroundColor: '#fca5a5', padding: '0 4px' }, 'מנוע הפריסה מודד גליפים ושובר שורות'), ' and after it.')));
add('rtl-arabic-span-joining', page({}, block({ direction: 'rtl', fontSize: 22, backgroundColor: '#fde68a' }, 'محرك ', span({ color: '#b91c1c' }, 'التخطيط'), ' يقيس الحروف')));
add('rtl-justify', page({}, block({ direction: 'rtl', textAlign: 'justify', fontSize: 18, width: 240, backgroundColor: '#fde68a' }, HE + ' ' + HE), block({ direction: 'rtl', textAlign: 'justify', fontSize: 18, width: 240, backgroundColor: '#bfdbfe' }, AR)));
add('rtl-numbers-wrap', page({}, block({ direction: 'rtl', fontSize: 18, width: 150, backgroundColor: '#fde68a' }, 'גרסה 2.0 יצאה ב-26/11/2026 עם 190 בדיקות ו-45 תרחישים')));
add('bidi-plaintext', page({}, ...[HE, 'English title for the card', AR, '2026 שלום world'].map((text, i) => block({ unicodeBidi: 'plaintext', fontSize: 18, width: 300, backgroundColor: i % 2 ? '#fde68a' : '#bfdbfe' }, text))));
add('rtl-letter-spacing', page({}, block({ direction: 'rtl', fontSize: 18, letterSpacing: 3, backgroundColor: '#fde68a' }, AR), block({ direction: 'rtl', fontSize: 18, letterSpacing: 2, wordSpacing: 6, backgroundColor: '#bfdbfe' }, HE)));
add('rtl-absolute-static', page({ direction: 'rtl', position: 'relative', height: 120 }, div({ position: 'absolute', width: 50, height: 30, backgroundColor: '#fca5a5' }), div({ position: 'absolute', top: 40, width: 80, height: 20, backgroundColor: '#86efac' }), block({ position: 'relative', height: 60, backgroundColor: '#fde68a' }, div({ position: 'absolute', width: 40, height: 20, backgroundColor: '#93c5fd' }))));

// Thai: no spaces between words; browsers break at dictionary word boundaries (ICU).
const THAI = { family: 'Noto Sans Thai', weight: 400, style: 'normal', file: 'test/fixtures/fonts/NotoSansThai-Regular-subset.ttf' };
const TH = 'เครื่องมือจัดวางข้อความวัดตัวอักษรและตัดบรรทัดเหมือนเบราว์เซอร์ทุกประการสำหรับภาพตัวอย่าง';
cases.push({ name: 'thai-word-breaks', width: 400, height: 300, fonts: [...INTER, THAI], element: page({ fontFamily: 'Inter, "Noto Sans Thai"' }, block({ fontSize: 20, backgroundColor: '#fde68a' }, TH), block({ fontSize: 18, width: 160, backgroundColor: '#bfdbfe' }, TH)) });

// Font features and variable fonts (Inter's GSUB single substitutions; Inter's variable wght axis).
const VARIABLE = { family: 'Inter Var', weight: 400, style: 'normal', file: 'test/fixtures/fonts/InterVariable-wght-ascii.ttf' };
const addFonts = (name, element) => cases.push({ name, width: 400, height: 300, fonts: [...INTER, VARIABLE], element });
const column = (...children) => div({ flexDirection: 'column', alignItems: 'flex-start', width: 380, gap: 6, padding: 10, backgroundColor: '#f1f5f9' }, ...children);
const DIGITS = 'Totals 1111.11 + 7070.70 = 8181.81';
addFonts('font-feature-settings', column(
  ...['normal', '"tnum"', '"tnum", "zero"', '"ss01"', '"case"', '"kern" 0', '"tnum" 1, "tnum" 0'].map((value, i) => div({ fontSize: 20, fontFeatureSettings: value, backgroundColor: i % 2 ? '#fde68a' : '#bfdbfe' }, i === 4 ? '(HELLO) [WORLD] {12:30}' : i === 5 ? 'AVATAR Type WAVE' : DIGITS)),
  div({ fontSize: 20, fontKerning: 'none', backgroundColor: '#fde68a' }, 'AVATAR Type WAVE'),
));
addFonts('font-variation-wght', column(
  ...[100, 300, 400, 650, 900].map((wght, i) => div({ fontFamily: 'Inter Var', fontSize: 22, fontVariationSettings: `"wght" ${wght}`, backgroundColor: i % 2 ? '#fde68a' : '#bfdbfe' }, `Weight ${wght} Hamburgefonstiv`)),
  block({ fontFamily: 'Inter Var', fontSize: 16, width: 200, fontVariationSettings: '"wght" 800', backgroundColor: '#86efac' }, 'Wrapping text at a heavy weight changes where lines break'),
));

export default cases;
