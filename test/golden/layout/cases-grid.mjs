// Layout fixture cases for display: grid: tracks, repeat, gaps, areas, line placement, auto-placement, alignment, cards.
import { COLORS, div, INTER, PLAYFAIR, ROBOTO } from './case-kit.mjs';

const cell = (i, style = {}, ...children) => div({ backgroundColor: COLORS[i % COLORS.length], ...style }, ...children);
const cells = (n, style = {}) => Array.from({ length: n }, (_, i) => cell(i, style, String(i + 1)));

const cases = [];
const add = (name, element, { width = 400, height = 300, fonts = INTER } = {}) => cases.push({ name, width, height, fonts, element });
const grid = (style, ...children) => div({ display: 'grid', width: 360, backgroundColor: '#f1f5f9', ...style }, ...children);

// Track sizing functions.
add('grid-columns-px', grid({ gridTemplateColumns: '100px 60px 120px' }, ...cells(6)));
add('grid-columns-percent', grid({ gridTemplateColumns: '25% 50%', columnGap: 10 }, ...cells(4)));
add('grid-columns-fr', grid({ gridTemplateColumns: '1fr 2fr 1fr', gap: 8 }, ...cells(6)));
add('grid-columns-fr-fractional', grid({ gridTemplateColumns: '0.5fr 0.25fr', gap: 8 }, ...cells(4)));
add('grid-columns-fr-min-content', grid({ gridTemplateColumns: '1fr 1fr', width: 200 }, cell(0, {}, 'Supercalifragilistic'), cell(1, {}, 'b')));
add('grid-columns-auto', grid({ gridTemplateColumns: 'auto auto auto' }, cell(0, {}, 'short'), cell(1, {}, 'a longer text'), cell(2, {}, 'x')));
add('grid-columns-auto-fr', grid({ gridTemplateColumns: 'auto 1fr auto', gap: 10 }, cell(0, {}, 'Label'), cell(1, {}, 'Flexible middle'), cell(2, {}, '42')));
add('grid-columns-min-max-content', grid({ gridTemplateColumns: 'min-content max-content 1fr', gap: 6 }, cell(0, {}, 'min content words'), cell(1, {}, 'max content'), cell(2, {}, 'rest')));
add('grid-columns-minmax', grid({ gridTemplateColumns: 'minmax(100px, 1fr) minmax(50px, 80px) minmax(auto, 2fr)', gap: 6 }, ...cells(6)));
add('grid-columns-fit-content', grid({ gridTemplateColumns: 'fit-content(80px) fit-content(200px) 1fr', gap: 6 }, cell(0, {}, 'text that wraps at the limit'), cell(1, {}, 'short one'), cell(2, {}, 'z')));
add('grid-rows-mixed', grid({ gridTemplateColumns: '1fr 1fr', gridTemplateRows: '40px auto 1fr', height: 240, rowGap: 6 }, ...cells(6)));
add('grid-rows-percent', grid({ gridTemplateColumns: '1fr', gridTemplateRows: '20% 30% 1fr', height: 200 }, ...cells(3)));
add('grid-rows-fr-auto-height', grid({ gridTemplateColumns: '1fr 1fr', gridTemplateRows: '1fr 2fr' }, cell(0, { height: 30 }), cell(1), cell(2), cell(3)));
add('grid-rows-fr-min-height', grid({ gridTemplateRows: '1fr 3fr', minHeight: 200 }, ...cells(2)));

// repeat().
add('grid-repeat-count', grid({ gridTemplateColumns: 'repeat(4, 1fr)', gap: 6 }, ...cells(10)));
add('grid-repeat-pattern', grid({ gridTemplateColumns: '40px repeat(2, 1fr 30px)', gap: 4 }, ...cells(10)));
add('grid-repeat-auto-fill', grid({ gridTemplateColumns: 'repeat(auto-fill, minmax(80px, 1fr))', gap: 10 }, ...cells(7)));
add('grid-repeat-auto-fill-px', grid({ gridTemplateColumns: 'repeat(auto-fill, 70px)', gap: 8 }, ...cells(5)));
add('grid-repeat-auto-fit', grid({ gridTemplateColumns: 'repeat(auto-fit, minmax(60px, 1fr))', gap: 8 }, ...cells(3)));
add('grid-repeat-auto-fit-px', grid({ gridTemplateColumns: 'repeat(auto-fit, 70px)', justifyContent: 'center', gap: 8 }, ...cells(2)));

// Gaps.
add('grid-gap-row-column', grid({ gridTemplateColumns: 'repeat(3, 1fr)', rowGap: 20, columnGap: 5 }, ...cells(6)));
add('grid-gap-shorthand', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: '12px 4%' }, ...cells(6)));
add('grid-gap-percent-rows', grid({ gridTemplateColumns: 'repeat(2, 1fr)', height: 200, rowGap: '10%' }, ...cells(4)));

// Areas and placement.
add('grid-areas-basic', grid({ gridTemplateAreas: '"head head" "side main" "foot foot"', gridTemplateColumns: '100px 1fr', gridTemplateRows: 'auto 1fr auto', height: 240, gap: 6 },
  cell(0, { gridArea: 'head' }, 'Header'), cell(1, { gridArea: 'side' }, 'Side'), cell(2, { gridArea: 'main' }, 'Main content area'), cell(3, { gridArea: 'foot' }, 'Footer')));
add('grid-areas-dots', grid({ gridTemplateAreas: '"a . b" "a c c"', gridTemplateColumns: 'repeat(3, 1fr)', gap: 4 }, cell(0, { gridArea: 'a' }, 'a'), cell(1, { gridArea: 'b' }, 'b'), cell(2, { gridArea: 'c' }, 'c')));
add('grid-areas-named-lines', grid({ gridTemplateAreas: '"hd hd" "sd mn"', gridTemplateColumns: '80px 1fr', gap: 4 }, cell(0, { gridColumn: 'sd-start / mn-end' }, 'spans both'), cell(1, { gridRow: 'mn', gridColumn: 'mn' }, 'main'), cell(2, {}, 'auto')));
add('grid-line-names', grid({ gridTemplateColumns: '[left] 1fr [mid] 2fr [right]', gridTemplateRows: '[top] 40px [middle] 40px [bottom]' }, cell(0, { gridColumn: 'mid / right', gridRow: 'middle' }, 'x'), cell(1, { gridColumn: 'left', gridRow: 'top / bottom' }, 'y')));
add('grid-placement-lines', grid({ gridTemplateColumns: 'repeat(4, 1fr)', gridAutoRows: 40, gap: 4 }, cell(0, { gridColumn: '2 / 4' }, 'a'), cell(1, { gridColumn: 1, gridRow: 2 }, 'b'), cell(2, { gridRow: '1 / span 2', gridColumn: 4 }, 'c'), cell(3, {}, 'd'), cell(4, {}, 'e')));
add('grid-placement-span', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: 4 }, cell(0, { gridColumn: 'span 2' }, 'a'), cell(1, { gridColumn: 'span 2' }, 'b'), cell(2, {}, 'c'), cell(3, { gridRow: 'span 2' }, 'd'), cell(4, {}, 'e')));
add('grid-placement-negative', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gridTemplateRows: '30px 30px', gap: 4 }, cell(0, { gridColumn: '1 / -1' }, 'full width'), cell(1, { gridColumn: '-2 / -1', gridRow: -2 }, 'last'), cell(2, { gridColumn: '-3' }, 'neg')));
add('grid-placement-implicit-before', grid({ gridTemplateColumns: '60px 60px', gridAutoColumns: 40, gap: 4 }, cell(0, { gridColumn: '-4' }, 'a'), cell(1, {}, 'b'), cell(2, { gridColumn: '4' }, 'c')));
add('grid-placement-start-end-longhands', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: 4 }, cell(0, { gridColumnStart: 2, gridColumnEnd: 'span 2', gridRowStart: 2 }, 'a'), cell(1, { gridRowEnd: 3, gridColumnStart: 1 }, 'b')));
add('grid-order', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: 4 }, cell(0, { order: 2 }, 'first'), cell(1, {}, 'second'), cell(2, { order: -1 }, 'third')));

// Auto flow and implicit tracks.
add('grid-auto-flow-column', grid({ gridTemplateRows: 'repeat(2, 40px)', gridAutoFlow: 'column', gridAutoColumns: 70, gap: 4 }, ...cells(5)));
add('grid-auto-flow-dense', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gridAutoFlow: 'row dense', gap: 4 }, cell(0, {}, 'a'), cell(1, { gridColumn: 'span 3' }, 'b'), cell(2, { gridColumn: 'span 2' }, 'c'), cell(3, {}, 'd'), cell(4, {}, 'e')));
add('grid-auto-flow-sparse', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: 4 }, cell(0, {}, 'a'), cell(1, { gridColumn: 'span 3' }, 'b'), cell(2, { gridColumn: 'span 2' }, 'c'), cell(3, {}, 'd'), cell(4, {}, 'e')));
add('grid-auto-rows', grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: '50px' }, ...cells(5)));
add('grid-auto-rows-pattern', grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: '20px 40px', gap: 2 }, ...cells(8)));
add('grid-auto-rows-minmax', grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: 'minmax(30px, auto)', gap: 4 }, cell(0, {}, 'short'), cell(1, {}, 'A longer text that wraps onto more lines in its cell'), cell(2), cell(3)));
add('grid-no-template', grid({ gap: 6 }, cell(0, {}, 'one'), cell(1, {}, 'two'), cell(2, {}, 'three')));

// Alignment.
for (const v of ['start', 'end', 'center', 'stretch']) add(`grid-justify-items-${v}`, grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: 50, justifyItems: v, gap: 4 }, cell(0, {}, 'a'), cell(1, {}, 'longer b'), cell(2, { width: 40 }, 'c')));
for (const v of ['start', 'end', 'center', 'stretch', 'baseline']) add(`grid-align-items-${v}`, grid({ gridTemplateColumns: '1fr 1fr 1fr', gridAutoRows: 70, alignItems: v, gap: 4 }, cell(0, {}, 'a'), cell(1, { fontSize: 28 }, 'Big'), cell(2, { height: 30, paddingTop: 8 }, 'c')));
add('grid-self-alignment', grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: 60, gap: 4 }, cell(0, { justifySelf: 'end', alignSelf: 'center' }, 'a'), cell(1, { justifySelf: 'center', alignSelf: 'end' }, 'b'), cell(2, { placeSelf: 'start end' }, 'c'), cell(3, { margin: 'auto' }, 'auto margins')));
for (const v of ['start', 'end', 'center', 'space-between', 'space-around', 'space-evenly']) add(`grid-justify-content-${v}`, grid({ gridTemplateColumns: 'repeat(3, 60px)', gridAutoRows: 30, height: 200, justifyContent: v, alignContent: v, gap: 4 }, ...cells(5)));
add('grid-place-items-center', grid({ gridTemplateColumns: '1fr 1fr', gridAutoRows: 60, placeItems: 'center' }, ...cells(3)));
add('grid-place-content-center', grid({ gridTemplateColumns: '80px 80px', height: 200, placeContent: 'center', gap: 4 }, ...cells(4)));
add('grid-stretch-auto-tracks', grid({ gridTemplateColumns: 'auto auto', gridTemplateRows: 'auto auto', height: 200 }, ...cells(4)));

// Sizing of the container and its items.
add('grid-items-box-model', grid({ gridTemplateColumns: '1fr 1fr', padding: 10, border: '4px solid #334155', gap: 6 }, cell(0, { padding: 8, margin: 4, border: '2px solid #0f172a' }, 'padded'), cell(1, { width: '50%', height: 40 }, 'half'), cell(2, { minHeight: 50 }, 'min'), cell(3, { maxWidth: 60 }, 'max width text')));
add('grid-spanning-intrinsic', grid({ gridTemplateColumns: 'auto auto', gap: 4, width: 'auto' }, cell(0, { gridColumn: 'span 2' }, 'A spanning item with a long title'), cell(1, {}, 'a'), cell(2, {}, 'b')));
add('grid-in-flex-row', div({ width: 380, backgroundColor: '#e2e8f0', gap: 8, alignItems: 'flex-start' }, div({ display: 'grid', gridTemplateColumns: 'auto auto', gap: 4, backgroundColor: '#fef3c7' }, cell(0, {}, 'one'), cell(1, {}, 'two words'), cell(2, {}, 'three')), cell(3, { flexGrow: 1 }, 'rest')));
add('grid-in-block', div({ display: 'block', width: 360 }, div({ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4 }, ...cells(2)), div({ display: 'block' }, 'after the grid')));
add('grid-text-wrap', grid({ gridTemplateColumns: '2fr 1fr', gap: 8, fontSize: 18 }, cell(0, {}, 'A paragraph of text in the wide column that wraps over lines'), cell(1, {}, 'Narrow column with words')));
add('grid-nested', grid({ gridTemplateColumns: '1fr 1fr', gap: 6, padding: 6 }, div({ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 3 }, ...cells(4)), cell(5, {}, 'outer')));
add('grid-rtl', grid({ gridTemplateColumns: '60px 1fr 80px', direction: 'rtl', gap: 4 }, ...cells(4)));
add('grid-absolute-child', grid({ gridTemplateColumns: '1fr 1fr', position: 'relative', height: 120 }, cell(0, {}, 'a'), cell(1, { position: 'absolute', right: 10, bottom: 10, width: 40, height: 20 }), cell(2, {}, 'b')));
add('grid-inline-grid', div({ display: 'block', width: 360, fontSize: 16 }, 'Before ', div({ display: 'inline-grid', gridTemplateColumns: '30px 30px', gap: 2, backgroundColor: '#fde68a' }, ...cells(4)), ' after the inline grid.'));

// Cards.
const stat = (label, value, i) => div({ flexDirection: 'column', padding: 16, borderRadius: 12, backgroundColor: COLORS[i], gap: 4 }, div({ fontSize: 14, color: '#334155' }, label), div({ fontSize: 32, fontWeight: 700 }, value));
add('grid-card-stats-2x2', div({ width: 560, padding: 24, flexDirection: 'column', gap: 16, backgroundColor: '#0f172a', fontFamily: 'Roboto' },
  div({ fontSize: 28, fontWeight: 700, color: 'white' }, 'Weekly report'),
  div({ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 12 }, stat('Visitors', '48,210', 0), stat('Signups', '1,204', 1), stat('Revenue', '$12.4k', 3), stat('Churn', '0.8%', 4))), { width: 620, height: 400, fonts: ROBOTO });
add('grid-card-areas-layout', div({ display: 'grid', width: 600, height: 315, gridTemplateAreas: '"header header" "sidebar main" "sidebar footer"', gridTemplateColumns: '160px 1fr', gridTemplateRows: '64px 1fr 40px', gap: 10, padding: 10, backgroundColor: '#f8fafc', fontFamily: 'Playfair Display' },
  div({ gridArea: 'header', backgroundColor: '#1e293b', color: 'white', alignItems: 'center', paddingLeft: 16, fontSize: 26, fontWeight: 700 }, 'The Layout Journal'),
  div({ gridArea: 'sidebar', backgroundColor: '#e2e8f0', flexDirection: 'column', padding: 12, gap: 6, fontSize: 15 }, div({}, 'Sections'), div({}, 'Grid'), div({}, 'Flexbox'), div({}, 'Inline')),
  div({ gridArea: 'main', display: 'block', padding: 14, fontSize: 20, lineHeight: 1.3, backgroundColor: 'white' }, 'Areas let a card name its regions and place each one by name, as a newspaper would.'),
  div({ gridArea: 'footer', alignItems: 'center', justifyContent: 'flex-end', paddingRight: 12, fontSize: 13, backgroundColor: '#fde68a' }, 'ogsmith.dev')), { width: 620, height: 335, fonts: PLAYFAIR });
add('grid-card-gallery', div({ display: 'grid', width: 480, gridTemplateColumns: 'repeat(auto-fill, minmax(100px, 1fr))', gridAutoRows: 70, gap: 8, padding: 8, backgroundColor: '#111827' },
  ...Array.from({ length: 7 }, (_, i) => div({ backgroundColor: COLORS[i], borderRadius: 8, justifyContent: 'center', alignItems: 'center', fontWeight: 700, gridColumn: i === 0 ? 'span 2' : undefined, gridRow: i === 0 ? 'span 2' : undefined }, `#${i + 1}`))), { width: 500, height: 260 });
add('grid-card-profile', div({ display: 'grid', width: 520, gridTemplateColumns: 'auto 1fr', columnGap: 18, rowGap: 4, alignItems: 'center', padding: 20, backgroundColor: '#ecfeff', fontFamily: 'Roboto' },
  div({ gridRow: 'span 2', width: 72, height: 72, borderRadius: 36, backgroundColor: '#0891b2' }),
  div({ fontSize: 26, fontWeight: 700, alignSelf: 'end' }, 'Ada Lovelace'),
  div({ fontSize: 16, color: '#475569', alignSelf: 'start' }, 'Analyst of engines, first programmer')), { width: 560, height: 160, fonts: ROBOTO });

// Harder cases: spanning items over intrinsic and flexible tracks, images, percentages, intrinsic container sizes.
const IMG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';
add('grid-hard-span-auto-text', grid({ gridTemplateColumns: 'auto auto auto', gap: 6 }, cell(0, { gridColumn: 'span 2' }, 'A spanning title that is long enough to wrap'), cell(1, {}, 'one'), cell(2, {}, 'two words'), cell(3, {}, 'x'), cell(4, {}, 'three little words')));
add('grid-hard-span-fr-intrinsic', div({ width: 380, alignItems: 'flex-start', backgroundColor: '#e2e8f0' }, div({ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 4, backgroundColor: '#fef3c7' }, cell(0, { gridColumn: 'span 2' }, 'Spanning both flexible columns'), cell(1, {}, 'a'), cell(2, {}, 'b'))));
add('grid-hard-images', grid({ gridTemplateColumns: 'repeat(3, 1fr)', gap: 6, alignItems: 'stretch' }, { type: 'img', props: { src: IMG, width: 40, height: 20 } }, { type: 'img', props: { src: IMG, style: { width: '100%' } } }, cell(0, {}, 'text'), { type: 'img', props: { src: IMG, width: 80, height: 40, style: { justifySelf: 'center' } } }));
add('grid-hard-percent-item-size', grid({ gridTemplateColumns: '100px 1fr', gridTemplateRows: '80px 60px', gap: 4 }, cell(0, { width: '50%', height: '50%' }, 'a'), cell(1, { height: '100%' }, 'b'), cell(2, { margin: '10%' }, 'c')));
add('grid-hard-min-content-container', div({ width: 380, alignItems: 'flex-start' }, div({ display: 'grid', gridTemplateColumns: 'auto auto', gap: 4, backgroundColor: '#fef3c7' }, cell(0, {}, 'several words here'), cell(1, {}, 'and more words')), div({ width: 330, flexShrink: 0, backgroundColor: '#cbd5e1' }, 'wide sibling')));
add('grid-hard-fr-rows-overflowing', grid({ gridTemplateColumns: '1fr', gridTemplateRows: '1fr 1fr', height: 120 }, cell(0, {}, 'short'), cell(1, { height: 90 }, 'tall content')));
add('grid-hard-minmax-zero-fr', grid({ gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 4, width: 200 }, cell(0, {}, 'Supercalifragilisticexpialidocious'), cell(1, {}, 'b')));
add('grid-hard-flex-item-grow', div({ width: 380, height: 200, flexDirection: 'column', backgroundColor: '#e2e8f0' }, div({ height: 30 }, 'Header'), div({ display: 'grid', flexGrow: 1, gridTemplateRows: 'auto 1fr', gridTemplateColumns: '1fr 1fr', gap: 4, backgroundColor: '#fef3c7' }, ...cells(4))));
add('grid-hard-baseline-in-flex-row', div({ width: 380, alignItems: 'baseline', gap: 8, backgroundColor: '#e2e8f0' }, div({ fontSize: 24 }, 'Title'), div({ display: 'grid', gridTemplateColumns: 'auto auto', gap: 4, paddingTop: 10, backgroundColor: '#fef3c7' }, cell(0, { fontSize: 12 }, 'small'), cell(1, {}, 'base'))));
add('grid-hard-spanning-rows-auto', grid({ gridTemplateColumns: '1fr 1fr', gap: 4 }, cell(0, { gridRow: 'span 3', height: 150 }, 'tall'), cell(1, {}, 'a'), cell(2, { height: 60 }, 'b'), cell(3, {}, 'c')));
add('grid-hard-line-name-span', grid({ gridTemplateColumns: '[a] 40px [b] 40px [a] 40px [b] 40px', gap: 2 }, cell(0, { gridColumn: 'a / span b' }, '1'), cell(1, { gridColumn: '2 a / span 2 b' }, '2'), cell(2, { gridColumn: 'b -1' }, '3')));
add('grid-hard-text-in-grid-directly', grid({ gridTemplateColumns: '1fr 1fr', gap: 4, fontSize: 18 }, 'Loose text becomes an anonymous item', cell(0, {}, 'element')));

export default cases;
