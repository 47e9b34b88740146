// The layout fixture cases: one per feature and value, plus realistic cards. `npm run fixtures` renders them in Chromium.
import scriptCases from './cases-scripts.mjs';
import fontCases from './cases-fonts.mjs';
import gridCases from './cases-grid.mjs';
import inlineCases from './cases-inline.mjs';
import uaCases from './cases-ua.mjs';
import satoriBoxCases from './cases-satori-box.mjs';
import satoriTextCases from './cases-satori-text.mjs';
import satoriPaintCases from './cases-satori-paint.mjs';
import { transforms } from './satori-kit.mjs';
import ogCases from './cases-og.mjs';
const FONTS = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 400, style: 'italic', file: 'fonts/Inter_400Regular_Italic.ttf' },
  { family: 'Inter', weight: 500, style: 'normal', file: 'fonts/Inter_500Medium.ttf' },
  { family: 'Inter', weight: 600, style: 'normal', file: 'fonts/Inter_600SemiBold.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
  { family: 'Inter', weight: 700, style: 'italic', file: 'fonts/Inter_700Bold_Italic.ttf' },
];

const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const span = (style, ...children) => h('span', style, ...children);
const img = (props) => ({ type: 'img', props });

const COLORS = ['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd', '#c4b5fd', '#f9a8d4'];
const box = (i, style = {}, ...children) => div({ backgroundColor: COLORS[i % COLORS.length], ...style }, ...children);
const WORDS = ['Layout', 'engines', 'measure', 'glyphs', 'and', 'break', 'lines', 'exactly', 'like', 'a', 'browser', 'would', 'for', 'every', 'card'];
const words = (n, from = 0) => Array.from({ length: n }, (_, i) => WORDS[(from + i) % WORDS.length]).join(' ');
const PNG_40x20 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';

const cases = [];
const add = (name, element, width = 400, height = 300) => cases.push({ name, width, height, fonts: FONTS, element });
const container = (style, ...children) => div({ width: 360, height: 240, backgroundColor: '#f1f5f9', ...style }, ...children);
const three = (style = {}) => [box(0, { width: 60, height: 40, ...style }), box(1, { width: 80, height: 60, ...style }), box(2, { width: 50, height: 30, ...style })];

// Flex direction, wrap, justify, align.
for (const dir of ['row', 'row-reverse', 'column', 'column-reverse']) add(`flex-direction-${dir}`, container({ flexDirection: dir, gap: 10 }, ...three()));
for (const wrap of ['nowrap', 'wrap', 'wrap-reverse']) add(`flex-wrap-${wrap}`, container({ flexWrap: wrap, gap: 8 }, ...Array.from({ length: 7 }, (_, i) => box(i, { width: 90, height: 30 + (i % 3) * 10 }))));
for (const justify of ['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly']) {
  add(`flex-justify-${justify}`, container({ justifyContent: justify }, ...three()));
  add(`flex-justify-column-${justify}`, container({ flexDirection: 'column', justifyContent: justify }, ...three()));
}
for (const align of ['flex-start', 'flex-end', 'center', 'stretch']) add(`flex-align-items-${align}`, container({ alignItems: align }, box(0, { width: 60 }, 'One'), box(1, { width: 80, height: 60 }), box(2, { width: 70, fontSize: 24 }, 'Two')));
add('flex-align-items-baseline', container({ alignItems: 'baseline', gap: 8 }, box(0, { fontSize: 12 }, 'small'), box(1, { fontSize: 32, paddingTop: 10 }, 'Large'), box(2, { fontSize: 20 }, 'mid'), box(3, { width: 40, height: 50 })));
add('flex-align-items-center-column', container({ flexDirection: 'column', alignItems: 'center' }, box(0, {}, 'Centred text'), box(1, { width: 120, height: 30 }), box(2, {}, words(3))));
add('flex-align-self', container({ alignItems: 'flex-start' }, box(0, { width: 50, alignSelf: 'flex-end' }, 'end'), box(1, { width: 50, alignSelf: 'center', height: 40 }), box(2, { width: 50, alignSelf: 'stretch' }), box(3, { width: 50, alignSelf: 'baseline', fontSize: 30 }, 'Bl')));
for (const ac of ['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly', 'stretch']) add(`flex-align-content-${ac}`, container({ flexWrap: 'wrap', alignContent: ac }, ...Array.from({ length: 6 }, (_, i) => box(i, { width: 100, minHeight: 30 + (i % 2) * 10 }))));

// Flexible lengths.
add('flex-grow-ratios', container({}, box(0, { flexGrow: 1 }, 'a'), box(1, { flexGrow: 2 }, 'b'), box(2, { flexGrow: 3, width: 40 }, 'c')));
add('flex-grow-column', container({ flexDirection: 'column' }, box(0, { flexGrow: 1 }), box(1, { flexGrow: 3, minHeight: 10 }), box(2, { height: 40 })));
add('flex-shrink-ratios', container({}, box(0, { width: 200, flexShrink: 1 }), box(1, { width: 200, flexShrink: 2 }), box(2, { width: 100, flexShrink: 0 })));
add('flex-shrink-overflow', container({}, box(0, { width: 300, flexShrink: 0 }), box(1, { width: 200, flexShrink: 0 })));
for (const basis of ['auto', 'content', 120, '50%', 0]) add(`flex-basis-${String(basis).replace('%', 'pct')}`, container({}, box(0, { flexBasis: basis, width: 80 }, 'basis text here'), box(1, { flexGrow: 1 }, 'grow')));
for (const [label, flex] of [['1', 1], ['1-1-0', '1 1 0'], ['auto', 'auto'], ['none', 'none'], ['2-1-100px', '2 1 100px']]) add(`flex-shorthand-${label}`, container({}, box(0, { flex }, words(4)), box(1, { flex: 1 }, 'other'), box(2, { width: 60 }, 'fixed')));
add('flex-order', container({ gap: 6 }, box(0, { order: 3, width: 50 }, '1'), box(1, { order: 1, width: 50 }, '2'), box(2, { order: 2, width: 50 }, '3'), box(3, { order: -1, width: 50 }, '4')));
add('flex-gap-px', container({ flexWrap: 'wrap', rowGap: 12, columnGap: 20 }, ...Array.from({ length: 6 }, (_, i) => box(i, { width: 90, height: 40 }))));
add('flex-gap-percent', container({ columnGap: '10%' }, ...three()));
add('flex-gap-shorthand', container({ flexWrap: 'wrap', gap: '10px 30px' }, ...Array.from({ length: 6 }, (_, i) => box(i, { width: 80, height: 30 }))));
add('flex-margin-auto-center', container({}, box(0, { margin: 'auto', width: 100, height: 50 })));
add('flex-margin-auto-push', container({}, box(0, { width: 50 }), box(1, { width: 50, marginLeft: 'auto' }), box(2, { width: 50 })));
add('flex-margin-auto-column', container({ flexDirection: 'column' }, box(0, { height: 40 }), box(1, { height: 40, marginTop: 'auto', marginLeft: 'auto', width: 100 })));
add('flex-min-max-width', container({}, box(0, { flexGrow: 1, maxWidth: 80 }), box(1, { flexGrow: 1, minWidth: 150 }), box(2, { flexGrow: 1 })));
add('flex-min-max-height', container({ flexDirection: 'column' }, box(0, { flexGrow: 1, maxHeight: 50 }), box(1, { flexGrow: 1, minHeight: 120 }), box(2, { flexGrow: 1 })));
add('flex-auto-min-size', container({ width: 200 }, box(0, { flexShrink: 1 }, 'Supercalifragilisticexpialidocious'), box(1, { width: 150, flexShrink: 1 })));
add('flex-auto-min-size-zero', container({ width: 200 }, box(0, { flexShrink: 1, minWidth: 0, overflow: 'hidden' }, 'Supercalifragilisticexpialidocious'), box(1, { width: 150, flexShrink: 1 })));
add('flex-aspect-ratio-width', container({ alignItems: 'flex-start' }, box(0, { width: 120, aspectRatio: '16 / 9' }), box(1, { width: 60, aspectRatio: 1 })));
add('flex-aspect-ratio-height', container({ alignItems: 'flex-start' }, box(0, { height: 90, aspectRatio: 2 }), box(1, { height: 50, aspectRatio: '1 / 2' })));
add('flex-aspect-ratio-column', container({ flexDirection: 'column', alignItems: 'flex-start' }, box(0, { width: 100, aspectRatio: 2 }), box(1, { width: 50, aspectRatio: 1 })));
add('flex-box-sizing', container({ alignItems: 'flex-start', gap: 10 }, box(0, { width: 100, height: 50, padding: 10, border: '5px solid #334155', boxSizing: 'border-box' }), box(1, { width: 100, height: 50, padding: 10, border: '5px solid #334155', boxSizing: 'content-box' })));
add('flex-percentages', container({ padding: 10, alignItems: 'flex-start' }, box(0, { width: '40%', height: '50%', paddingLeft: '5%', marginTop: '10%' }), box(1, { width: '25%', height: '20%', margin: '2%' })));
add('flex-nested', container({ padding: 8, gap: 8 }, box(0, { flexDirection: 'column', gap: 6, padding: 6, flexGrow: 1 }, box(1, { gap: 4, padding: 4 }, box(2, {}, 'a'), box(3, { flexGrow: 1 }, 'b')), box(4, { height: 40 })), box(5, { width: 80 }, 'side')));
add('flex-text-shrinks', container({ width: 300 }, box(0, {}, 'A fairly long sentence that must wrap because the item shrinks'), box(1, {}, 'Another short one')));
add('flex-text-column-stretch', container({ flexDirection: 'column', width: 220 }, box(0, {}, 'Text in a stretched column item wraps at the container width'), box(1, { alignSelf: 'flex-start' }, 'Fit content')));

// Box model.
add('box-margin-shorthands', container({ alignItems: 'flex-start' }, box(0, { margin: 10, width: 40, height: 40 }), box(1, { margin: '5px 15px', width: 40, height: 40 }), box(2, { margin: '4px 8px 12px', width: 40, height: 40 }), box(3, { margin: '1px 2px 3px 20px', width: 40, height: 40 })));
add('box-padding-shorthands', container({ alignItems: 'flex-start', gap: 4 }, box(0, { padding: 10 }, 'a'), box(1, { padding: '5px 15px' }, 'b'), box(2, { padding: '4px 8px 12px' }, 'c'), box(3, { paddingTop: 2, paddingRight: 4, paddingBottom: 6, paddingLeft: 20 }, 'd')));
add('box-border-shorthands', container({ alignItems: 'flex-start', gap: 6 }, box(0, { border: '4px solid #0f172a', width: 40, height: 40 }), box(1, { borderWidth: '2px 6px', borderStyle: 'solid', borderColor: '#0f172a', width: 40, height: 40 }), box(2, { borderLeft: '10px solid red', borderTop: '3px dashed blue', width: 40, height: 40 }), box(3, { borderWidth: 5, width: 40, height: 40 })));
for (const [label, width] of [['px', 120], ['percent', '50%'], ['em', '8em'], ['rem', '6rem'], ['vw', '20vw'], ['vh', '30vh'], ['calc-percent', 'calc(100% - 40px)'], ['calc-em', 'calc(50% + 2em)']]) add(`box-width-${label}`, container({ alignItems: 'flex-start', fontSize: 20 }, box(0, { width, height: 50 })));
add('box-height-units', container({ alignItems: 'flex-start', gap: 4 }, box(0, { width: 40, height: '50%' }), box(1, { width: 40, height: '5em' }), box(2, { width: 40, height: '10vh' }), box(3, { width: 40, height: 'calc(100% - 100px)' })));

// Position.
add('position-relative', container({ gap: 10 }, box(0, { position: 'relative', top: 10, left: 20, width: 60, height: 60 }), box(1, { position: 'relative', bottom: 10, right: 10, width: 60, height: 60 }), box(2, { position: 'relative', left: '10%', width: 60, height: 60 })));
add('position-absolute-insets', container({ position: 'relative' }, box(0, { position: 'absolute', top: 10, left: 10, width: 50, height: 50 }), box(1, { position: 'absolute', top: 10, right: 10, width: 50, height: 50 }), box(2, { position: 'absolute', bottom: 10, left: 10, width: 50, height: 50 }), box(3, { position: 'absolute', bottom: 10, right: 10, width: 50, height: 50 })));
add('position-absolute-stretch', container({ position: 'relative' }, box(0, { position: 'absolute', left: 20, right: 40, top: 30, bottom: 50 })));
add('position-absolute-percent', container({ position: 'relative' }, box(0, { position: 'absolute', left: '10%', top: '20%', width: '50%', height: '25%' })));
add('position-absolute-padding', container({ position: 'relative', padding: 20, border: '6px solid #475569' }, box(0, { height: 40 }), box(1, { position: 'absolute', top: 0, left: 0, width: 40, height: 40 }), box(2, { position: 'absolute', right: 0, bottom: 0, width: 30, height: 30 })));
add('position-absolute-text', container({ position: 'relative' }, box(0, { position: 'absolute', top: 20, left: 20 }, 'Absolute shrink-to-fit text')));

// Display.
add('display-none', container({ gap: 10 }, box(0, { width: 50, height: 50 }), box(1, { display: 'none', width: 50, height: 50 }, 'hidden'), box(2, { width: 50, height: 50 })));
add('display-block-children', div({ display: 'block', width: 300, padding: 10, backgroundColor: '#e2e8f0' }, box(0, { height: 40 }), box(1, { height: 30, width: 100 }), box(2, { height: 20, marginLeft: 30 })));
add('display-block-margins', div({ display: 'block', width: 300, backgroundColor: '#e2e8f0', paddingTop: 1, paddingBottom: 1 }, box(0, { height: 40, marginBottom: 20 }), box(1, { height: 30, marginTop: 10, marginBottom: 5 }), box(2, { height: 20, marginTop: 30 })));
add('display-block-auto-margins', div({ display: 'block', width: 300, backgroundColor: '#e2e8f0' }, box(0, { height: 30, width: 100, marginLeft: 'auto', marginRight: 'auto' }), box(1, { height: 30, width: 100, marginLeft: 'auto' })));
add('inline-spans-styles', div({ display: 'block', width: 340, fontSize: 18, backgroundColor: '#f8fafc' }, 'Plain text with ', span({ fontWeight: 700 }, 'bold words'), ' and ', span({ fontStyle: 'italic' }, 'italic ones'), ', then ', span({ fontSize: 28, color: '#dc2626' }, 'a large red span'), ' and the end of the paragraph.'));
add('inline-spans-padding', div({ display: 'block', width: 300, fontSize: 16, lineHeight: 1.6 }, 'Tags: ', span({ padding: '2px 8px', backgroundColor: '#dbeafe', border: '1px solid #3b82f6' }, 'layout'), ' ', span({ padding: '2px 8px', backgroundColor: '#dcfce7', border: '1px solid #22c55e' }, 'fonts'), ' and more text after them.'));
add('inline-span-wraps', div({ display: 'block', width: 220, fontSize: 16 }, 'Start ', span({ padding: '0 10px', backgroundColor: '#fde68a', border: '2px solid #b45309' }, 'this padded span is long enough to wrap over two lines'), ' end.'));
add('inline-nested-spans', div({ display: 'block', width: 320, fontSize: 16 }, 'Outer ', span({ color: '#2563eb', fontSize: 20 }, 'blue ', span({ fontWeight: 700, fontSize: 24 }, 'bold nested'), ' back to blue'), ' outer again.'));
add('inline-mixed-blocks', div({ display: 'block', width: 300, backgroundColor: '#f1f5f9' }, 'Text before a block', box(0, { height: 30 }), 'text after the block that wraps onto another line', span({ fontWeight: 700 }, ' bold')));

// Text.
for (const size of [12, 16, 24, 48, 72]) add(`text-size-${size}`, container({ width: 380, height: 280 }, box(0, { fontSize: size }, 'Sphinx of black quartz')));
for (const weight of [400, 500, 600, 700]) add(`text-weight-${weight}`, container({ fontSize: 24 }, box(0, { fontWeight: weight }, 'Weight of the words')));
add('text-italic', container({ fontSize: 24, flexDirection: 'column' }, box(0, { fontStyle: 'italic' }, 'Italic words'), box(1, { fontStyle: 'italic', fontWeight: 700 }, 'Bold italic words')));
for (const [label, lineHeight] of [['normal', 'normal'], ['1', 1], ['1-5', 1.5], ['24px', '24px'], ['150pct', '150%'], ['2em', '2em']]) add(`text-line-height-${label}`, container({ width: 200 }, box(0, { lineHeight, fontSize: 16 }, words(12))));
for (const [label, letterSpacing] of [['px', 2], ['em', '0.1em'], ['negative', -1]]) add(`text-letter-spacing-${label}`, container({ width: 300 }, box(0, { letterSpacing, fontSize: 20 }, words(7))));
for (const align of ['left', 'right', 'center', 'justify', 'start', 'end']) add(`text-align-${align}`, container({ width: 260, flexDirection: 'column' }, box(0, { textAlign: align, fontSize: 16 }, words(20))));
for (const transform of ['uppercase', 'lowercase', 'capitalize']) add(`text-transform-${transform}`, container({ width: 260 }, box(0, { textTransform: transform, fontSize: 18 }, 'The Quick brown FOX jumps over the lazy dog')));
const SPACED = '  Runs   of  spaces\tand\ttabs\nand a new line\n\nthen   more text here  ';
for (const ws of ['normal', 'nowrap', 'pre', 'pre-wrap', 'pre-line']) add(`text-white-space-${ws}`, container({ width: 240, height: 260 }, box(0, { whiteSpace: ws, fontSize: 15, maxWidth: 220 }, SPACED)));
for (const wb of ['normal', 'break-all', 'keep-all']) add(`text-word-break-${wb}`, container({ width: 180 }, box(0, { wordBreak: wb, fontSize: 16, width: 160 }, 'Internationalization localization considerations matter')));
for (const ow of ['break-word', 'anywhere']) add(`text-overflow-wrap-${ow}`, container({ width: 200, alignItems: 'flex-start' }, box(0, { overflowWrap: ow, fontSize: 16, width: 150 }, 'See https://example.com/a/very/long/path/that/never/breaks for details')));
add('text-kerning', container({ fontSize: 40, flexDirection: 'column' }, box(0, {}, 'AVATAR Type'), box(1, {}, 'WAVE Ty Yo')));
add('text-ligatures', container({ fontSize: 32 }, box(0, {}, 'office fluffy')));
add('text-punctuation', container({ width: 150, fontSize: 16 }, box(0, {}, 'state-of-the-art e.g., (this) and "quoted" text; semi-colons: colons!')));
add('text-numbers', container({ fontSize: 20, gap: 10 }, box(0, {}, 1234567890), box(1, {}, 3.14159), box(2, {}, '$48.00 – 50%')));
add('text-font-shorthand', container({}, box(0, { font: 'italic 700 22px/1.5 Inter, sans-serif', width: 200 }, words(8))));

// Images.
add('image-attributes', container({ alignItems: 'flex-start', gap: 10 }, img({ src: PNG_40x20, width: 80, height: 60 }), img({ src: PNG_40x20, width: 30, height: 30 })));
add('image-style-width', container({ alignItems: 'flex-start', gap: 10 }, img({ src: PNG_40x20, style: { width: 120 } }), img({ src: PNG_40x20, style: { height: 50 } }), img({ src: PNG_40x20 })));
add('image-flex-stretch', container({ gap: 10 }, img({ src: PNG_40x20, style: { width: 60 } }), img({ src: PNG_40x20, width: 60, height: 30, style: { alignSelf: 'center' } })));

// Realistic 1200×630 cards.
const AVATAR = PNG_40x20;
add('card-blog', div({ width: 1200, height: 630, boxSizing: 'border-box', padding: 72, flexDirection: 'column', justifyContent: 'space-between', backgroundColor: '#0f172a', color: '#f8fafc' },
  div({ fontSize: 28, color: '#94a3b8', textTransform: 'uppercase', letterSpacing: 2 }, 'Engineering blog'),
  div({ fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, 'How we made our Open Graph images render in under ten milliseconds'),
  div({ alignItems: 'center', gap: 20 }, img({ src: AVATAR, width: 64, height: 64, style: { borderRadius: 32 } }), div({ flexDirection: 'column' }, span({ fontSize: 28, fontWeight: 600 }, 'Ada Lovelace'), span({ fontSize: 24, color: '#94a3b8' }, 'November 24, 2026 · 7 min read')))), 1200, 630);
add('card-product', div({ width: 1200, height: 630, boxSizing: 'border-box', backgroundColor: '#fff7ed', padding: 64, gap: 48, alignItems: 'center' },
  div({ width: 420, height: 420, backgroundColor: '#fed7aa', borderRadius: 24 }),
  div({ flexDirection: 'column', flex: 1, gap: 24 },
    div({ fontSize: 56, fontWeight: 700, color: '#7c2d12' }, 'Handmade ceramic pour-over coffee dripper'),
    div({ fontSize: 28, color: '#9a3412' }, 'Stoneware, glazed by hand in small batches. Fits every mug.'),
    div({ alignSelf: 'flex-start', padding: '12px 28px', backgroundColor: '#ea580c', color: 'white', fontSize: 40, fontWeight: 700, borderRadius: 999 }, '$48.00'))), 1200, 630);
add('card-docs', div({ width: 1200, height: 630, boxSizing: 'border-box', flexDirection: 'column', padding: '56px 72px', backgroundColor: '#ffffff', borderTop: '12px solid #6366f1' },
  div({ display: 'block', fontSize: 26, color: '#6b7280' }, 'Docs ', span({ color: '#6366f1' }, '/ Guides /'), ' Layout'),
  div({ marginTop: 40, fontSize: 60, fontWeight: 700, color: '#111827', lineHeight: 1.2 }, 'Flexbox, blocks and inline text: what ogsmith lays out'),
  div({ marginTop: 24, fontSize: 30, color: '#374151', lineHeight: 1.5 }, 'Every behaviour is checked against geometry recorded in headless Chromium, so cards look the same as in a browser.')), 1200, 630);
add('card-quote', div({ width: 1200, height: 630, boxSizing: 'border-box', alignItems: 'center', justifyContent: 'center', padding: 96, backgroundColor: '#111827', color: '#f9fafb' },
  div({ flexDirection: 'column', gap: 32 },
    div({ fontSize: 52, fontStyle: 'italic', lineHeight: 1.3, textAlign: 'center' }, '“Simplicity is prerequisite for reliability.”'),
    div({ fontSize: 30, color: '#9ca3af', justifyContent: 'center' }, '— Edsger W. Dijkstra'))), 1200, 630);
add('card-release', div({ width: 1200, height: 630, boxSizing: 'border-box', flexDirection: 'column', padding: 64, gap: 28, backgroundColor: '#ecfdf5' },
  div({ alignItems: 'baseline', gap: 20 }, span({ fontSize: 72, fontWeight: 700, color: '#065f46' }, 'v2.4.0'), span({ fontSize: 30, color: '#047857' }, 'released today')),
  div({ flexWrap: 'wrap', gap: 16 }, ...['layout', 'fonts', 'performance', 'breaking change', 'docs', 'server', 'cli'].map((tag) => div({ padding: '8px 20px', borderRadius: 999, backgroundColor: '#a7f3d0', color: '#064e3b', fontSize: 26 }, tag))),
  div({ fontSize: 32, color: '#064e3b', lineHeight: 1.4 }, 'Inline formatting across spans, the automatic minimum size of flex items, aspect-ratio and a faster text shaper.')), 1200, 630);
add('card-profile', div({ width: 1200, height: 630, boxSizing: 'border-box', backgroundColor: '#1e1b4b', color: 'white', padding: 80, gap: 56, alignItems: 'center' },
  img({ src: AVATAR, style: { width: 240, height: 240, borderRadius: 120, border: '8px solid #818cf8' } }),
  div({ flexDirection: 'column', gap: 16, flexShrink: 1 },
    div({ fontSize: 72, fontWeight: 700 }, 'Grace Hopper'),
    div({ fontSize: 32, color: '#c7d2fe' }, 'Rear admiral, computer scientist, and the reason we say “debugging”.'),
    div({ display: 'block', fontSize: 28, color: '#a5b4fc' }, span({ fontWeight: 700, color: 'white' }, '1.2k'), ' followers · ', span({ fontWeight: 700, color: 'white' }, '48'), ' articles'))), 1200, 630);

// Harder combinations.
add('inline-span-margins', div({ display: 'block', width: 300, fontSize: 16 }, 'Before ', span({ marginLeft: 12, marginRight: 20, backgroundColor: '#fecaca' }, 'spaced span'), ' after it and more words to wrap the line.'));
add('inline-span-line-height', div({ display: 'block', width: 280, fontSize: 16, lineHeight: 1.2 }, 'Small lines with ', span({ lineHeight: 3, backgroundColor: '#bfdbfe' }, 'a tall span'), ' in the middle of a paragraph that wraps.'));
add('inline-image', div({ display: 'block', width: 260, fontSize: 18 }, 'Text with ', img({ src: PNG_40x20, width: 40, height: 20, style: { display: 'inline' } }), ' an inline image and more words after it.'));
add('inline-center-spans', div({ display: 'block', width: 260, textAlign: 'center', fontSize: 16 }, 'Centred ', span({ fontWeight: 700 }, 'bold'), ' text that wraps onto a second line here.'));
add('inline-justify-spans', div({ display: 'block', width: 240, textAlign: 'justify', fontSize: 16 }, 'Justified ', span({ color: '#2563eb' }, 'text with a span'), ' spreading words across the whole line width.'));
add('inline-nowrap-span', div({ display: 'block', width: 200, fontSize: 16 }, 'Normal words then ', span({ whiteSpace: 'nowrap', backgroundColor: '#fef08a' }, 'a nowrap phrase here'), ' and normal again.'));
add('inline-letter-spacing-span', div({ display: 'block', width: 300, fontSize: 16 }, 'Plain and ', span({ letterSpacing: 4 }, 'spaced out'), ' plain.'));
add('inline-display-none-span', div({ display: 'block', width: 300, fontSize: 16 }, 'Visible ', span({ display: 'none' }, 'hidden words'), ' visible.'));
add('flex-wrap-reverse-align', container({ flexWrap: 'wrap-reverse', alignItems: 'flex-start', gap: 6 }, ...Array.from({ length: 7 }, (_, i) => box(i, { width: 90, height: 20 + (i % 3) * 15 }))));
add('flex-column-wrap', container({ flexDirection: 'column', flexWrap: 'wrap', gap: 6, height: 200 }, ...Array.from({ length: 7 }, (_, i) => box(i, { width: 70 + (i % 2) * 20, height: 50 }))));
add('flex-column-wrap-align-content', container({ flexDirection: 'column', flexWrap: 'wrap', alignContent: 'space-around', height: 200 }, ...Array.from({ length: 6 }, (_, i) => box(i, { width: 60, height: 60 }))));
add('flex-baseline-nested', container({ alignItems: 'baseline', gap: 10 }, box(0, { flexDirection: 'column', padding: 6 }, box(1, { fontSize: 28 }, 'Big'), box(2, {}, 'under')), box(3, { fontSize: 14, paddingTop: 20 }, 'small'), box(4, { fontSize: 20 }, 'mid')));
add('flex-grow-padding-border', container({ gap: 4 }, box(0, { flexGrow: 1, padding: 10, border: '3px solid #1e293b' }, 'a'), box(1, { flexGrow: 1, paddingLeft: 40 }, 'b'), box(2, { flexGrow: 2, boxSizing: 'border-box', padding: 20, flexBasis: 50 }, 'c')));
add('flex-shrink-padding', container({ width: 200 }, box(0, { width: 150, padding: 20 }), box(1, { width: 150, paddingLeft: 60 })));
add('flex-max-width-text', container({ flexDirection: 'column', alignItems: 'flex-start' }, box(0, { maxWidth: 150 }, words(10)), box(1, { maxWidth: '50%' }, words(9, 3))));
add('flex-negative-margins', container({ alignItems: 'flex-start' }, box(0, { width: 100, height: 60 }), box(1, { width: 100, height: 60, marginLeft: -30, marginTop: -10 }), box(2, { width: 100, height: 60, margin: '-5px -10px' })));
add('flex-column-reverse-order', container({ flexDirection: 'column-reverse', gap: 4 }, box(0, { height: 30, order: 2 }, 'first'), box(1, { height: 30 }, 'second'), box(2, { height: 30, order: -1 }, 'third')));
add('flex-column-text-auto-height', div({ flexDirection: 'column', width: 240, padding: 10, gap: 8, backgroundColor: '#f1f5f9' }, box(0, { fontSize: 22, fontWeight: 700 }, words(9)), box(1, {}, words(14, 4))));
add('flex-row-text-heights', div({ width: 360, gap: 10, backgroundColor: '#f1f5f9' }, box(0, { flex: 1 }, words(6)), box(1, { flex: 2, fontSize: 20 }, words(11, 2)), box(2, { width: 60, height: 20 })));
add('absolute-static-position-flex', container({ position: 'relative', justifyContent: 'center', alignItems: 'center' }, box(0, { width: 80, height: 80 }), box(1, { position: 'absolute', width: 40, height: 40 }), box(2, { position: 'absolute', left: 10, width: 30, height: 30 })));
add('absolute-static-position-block', div({ display: 'block', position: 'relative', width: 300, padding: 10, backgroundColor: '#e2e8f0' }, box(0, { height: 40 }), box(1, { position: 'absolute', width: 30, height: 30 }), box(2, { height: 30 })));
add('absolute-margin-auto', container({ position: 'relative' }, box(0, { position: 'absolute', left: 0, right: 0, top: 0, bottom: 0, margin: 'auto', width: 100, height: 60 })));
add('absolute-right-width', container({ position: 'relative' }, box(0, { position: 'absolute', right: 20, top: 20, width: '30%', height: 50 }), box(1, { position: 'absolute', right: 20, bottom: 20 }, 'bottom right text')));
add('absolute-nested-containing-block', container({ position: 'relative', padding: 20 }, box(0, { padding: 20, width: 200, height: 120 }, box(1, { position: 'absolute', top: 5, right: 5, width: 30, height: 30 })), box(2, { position: 'relative', width: 100, height: 100 }, box(3, { position: 'absolute', bottom: 0, left: 0, width: 20, height: 20 }))));
add('block-percent-widths', div({ display: 'block', width: 300, backgroundColor: '#e2e8f0', padding: 10 }, box(0, { width: '50%', height: 30 }), box(1, { width: '100%', height: 30, paddingLeft: '10%' }), box(2, { maxWidth: 120, height: 30, marginLeft: 'auto', marginRight: 'auto' })));
add('block-nested-padding', div({ display: 'block', width: 300, backgroundColor: '#e2e8f0', padding: 10 }, div({ display: 'block', padding: 8, backgroundColor: '#cbd5e1' }, box(0, { height: 30 }), 'Some inline text inside the nested block'), box(1, { height: 20, marginTop: 10 })));
add('block-parent-child-margins', div({ display: 'block', width: 300, backgroundColor: '#e2e8f0' }, div({ display: 'block', marginTop: 10, backgroundColor: '#cbd5e1' }, box(0, { height: 30, marginTop: 20 })), box(1, { height: 20 })));
for (const [label, width] of [['short', 260], ['long', 300]]) add(`text-wrap-balance-${label}`, container({ width, flexDirection: 'column', gap: 10 }, div({ display: 'block', textWrap: 'balance', fontSize: 22, backgroundColor: '#fde68a' }, label === 'short' ? 'Balanced headlines look better on cards' : words(20)), div({ display: 'block', fontSize: 22, backgroundColor: '#bfdbfe' }, label === 'short' ? 'Balanced headlines look better on cards' : words(20))));
for (const [i, width] of [[1, 180], [2, 240], [3, 350]]) add(`text-wrap-balance-width-${i}`, container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'balance', fontSize: 20, width }, 'Rendering Open Graph images in single-digit milliseconds with browser-exact layout')));
add('text-wrap-balance-spans', container({ width: 380 }, div({ display: 'block', textWrap: 'balance', fontSize: 24, width: 280 }, 'A title with ', span({ fontWeight: 700 }, 'bold words'), ' in the middle of it')));
add('text-wrap-balance-centered', container({ width: 320 }, div({ display: 'block', textWrap: 'balance', textAlign: 'center', fontSize: 28, fontWeight: 700, width: 300 }, 'How we made our Open Graph images render fast')));
add('text-word-spacing', container({ width: 300 }, box(0, { wordSpacing: 8, fontSize: 16 }, words(9))));
add('text-capitalize-punctuation', container({ width: 300 }, box(0, { textTransform: 'capitalize', fontSize: 16 }, 'hello-world (quoted) "words" and o\'neil x.y')));
add('text-pre-line-trailing', container({ width: 260 }, box(0, { whiteSpace: 'pre-line', fontSize: 16 }, 'Line one   \n   Line two with spaces   \nThree')));
add('text-long-word-no-wrap', container({ flexDirection: 'column', width: 120 }, box(0, { fontSize: 16 }, 'Pneumonoultramicroscopicsilicovolcanoconiosis is long')));
add('text-greek-cyrillic', container({ width: 300 }, box(0, { fontSize: 20 }, 'Ελληνικά κείμενα και кириллица тоже')));
add('text-nbsp', container({ width: 120 }, box(0, { fontSize: 16 }, 'Keep\u00a0these\u00a0words together please')));
add('text-em-dash-quotes', container({ width: 160 }, box(0, { fontSize: 16 }, '“Quoted”—em-dash… ellipsis and ‘single’ quotes')));
add('image-column-stretch', container({ flexDirection: 'column', width: 200 }, img({ src: PNG_40x20 }), img({ src: PNG_40x20, style: { alignSelf: 'center', width: 80 } })));
add('image-max-width', container({ alignItems: 'flex-start' }, img({ src: PNG_40x20, width: 400, height: 200, style: { maxWidth: 150 } })));
add('root-margins', div({ margin: 20, padding: 10, width: 200, height: 100, backgroundColor: '#fde68a' }, box(0, { width: 50, height: 50 })));
add('root-auto-width', div({ padding: 10, backgroundColor: '#fde68a', gap: 10 }, box(0, { width: 50, height: 50 }), box(1, {}, 'Root sized by content')));

// text-wrap: pretty (Chromium re-breaks the last four lines when a paragraph ends in one short word).
const PRETTY_A = 'Open Graph images that match the browser down to the last pixel';
const PRETTY_B = 'We rebuilt our card renderer and it now renders every title in under ten milliseconds on a laptop';
for (const [label, text, width] of [['3-lines', PRETTY_A, 300], ['4-lines', PRETTY_B, 290], ['5-lines', PRETTY_B, 260], ['6-lines', PRETTY_B, 200], ['no-orphan', PRETTY_A, 340]]) {
  add(`text-pretty-${label}`, container({ width: 380, flexDirection: 'column', alignItems: 'flex-start', gap: 6 }, div({ display: 'block', textWrap: 'pretty', fontSize: 20, width, backgroundColor: '#fde68a' }, text), div({ display: 'block', fontSize: 20, width, backgroundColor: '#bfdbfe' }, text)), 400, 400);
}
add('text-pretty-justify', container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'pretty', textAlign: 'justify', fontSize: 20, width: 290 }, PRETTY_B)), 400, 400);
add('text-pretty-forced-breaks', container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'pretty', whiteSpace: 'pre-line', fontSize: 20, width: 300 }, `${PRETTY_A}\n${PRETTY_B}`)), 400, 400);
add('text-pretty-flex-container', container({ width: 380, alignItems: 'flex-start' }, div({ textWrap: 'pretty', fontSize: 20, width: 300, backgroundColor: '#fde68a' }, PRETTY_A)));
add('text-pretty-spans', container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'pretty', fontSize: 20, width: 290 }, 'We rebuilt our ', span({ fontWeight: 700 }, 'card renderer'), ' and it now renders every title in under ten milliseconds on a laptop')));
add('text-wrap-balance-flex-container', container({ width: 380, alignItems: 'flex-start' }, div({ textWrap: 'balance', fontSize: 22, width: 300, backgroundColor: '#fde68a' }, 'Rendering Open Graph images with browser-exact layout')));
add('text-wrap-balance-inherited', container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'balance', width: 300 }, div({ display: 'block', fontSize: 22, backgroundColor: '#fde68a' }, 'Rendering Open Graph images with browser-exact layout'), div({ fontSize: 22, backgroundColor: '#bfdbfe' }, 'Rendering Open Graph images with browser-exact layout'))));
add('text-wrap-balance-four-lines', container({ width: 380, alignItems: 'flex-start' }, div({ display: 'block', textWrap: 'balance', fontSize: 18, width: 170 }, words(16))));

// Clamping and ellipsis. The browser reports the lines of the whole text, hidden ones included,
// while layout() reports what is visible with the ellipsis: fixtures.test.ts compares these
// cases with compareLayout's `markers` (visible lines identical, the cut line a prefix of the browser's).
const clamp = (lines, style = {}) => ({ display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: lines, overflow: 'hidden', ...style });
add('text-clamp-1', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div(clamp(1, { fontSize: 20, backgroundColor: '#fde68a' }), words(12))));
add('text-clamp-2', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div(clamp(2, { fontSize: 20, backgroundColor: '#fde68a' }), words(18))));
add('text-clamp-3-spans', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div(clamp(3, { fontSize: 18, lineHeight: 1.4, backgroundColor: '#fde68a' }), 'Clamped text with ', span({ fontWeight: 700 }, 'a bold span'), ' that goes on for many more words than three lines can hold in this box, so the rest is hidden')));
add('text-clamp-not-needed', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div(clamp(3, { fontSize: 20, backgroundColor: '#fde68a' }), words(6))));
add('text-clamp-long-word', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div(clamp(2, { fontSize: 20, backgroundColor: '#fde68a' }), 'Pneumonoultramicroscopicsilicovolcanoconiosis and more words that follow it on the next lines')));
add('text-ellipsis-nowrap', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 20, backgroundColor: '#fde68a' }, words(10))));
add('text-ellipsis-nowrap-bold-spacing', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 18, fontWeight: 700, letterSpacing: 1, backgroundColor: '#fde68a' }, words(10, 3))));
add('text-ellipsis-nowrap-fits', container({ width: 300, flexDirection: 'column', alignItems: 'stretch', padding: 10 }, div({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 20, backgroundColor: '#fde68a' }, words(3))));
cases.push(...scriptCases);
cases.push(...fontCases);
cases.push(...uaCases);

// Hyphenation: soft hyphens break with a visible hyphen (hyphens: manual, the default), or not at all with none.
add('text-soft-hyphen', container({ width: 300, flexDirection: 'column', alignItems: 'flex-start', gap: 6 }, div({ display: 'block', fontSize: 18, width: 110, backgroundColor: '#fde68a' }, 'Soft hy\u00adphen\u00adation in\u00adside long\u00adish words'), div({ display: 'block', fontSize: 18, width: 150, backgroundColor: '#bfdbfe' }, 'Ex\u00adtra\u00ador\u00addi\u00adnary in\u00adter\u00adna\u00adtion\u00adal\u00adiza\u00adtion')));
add('text-soft-hyphen-none', container({ width: 300, alignItems: 'flex-start' }, div({ display: 'block', fontSize: 18, width: 110, hyphens: 'none', backgroundColor: '#fde68a' }, 'Soft hy\u00adphen\u00adation in\u00adside long\u00adish words')));

cases.push(...gridCases);
cases.push(...inlineCases);
cases.push(...[...satoriBoxCases, ...satoriTextCases, ...satoriPaintCases].filter((c) => !transforms(c)));
cases.push(...ogCases);

export default cases;
