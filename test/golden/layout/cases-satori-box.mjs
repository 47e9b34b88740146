// satori-derived compatibility cases, box model and layout (our own cases for the features of satori's basic, border, box-sizing, margin, padding, gap, flexbox, position, units, overflow, colour and variable tests), named `satori-…`.
import { satoriCase, div, span, h, ROBOTO_FONTS } from './satori-kit.mjs';

const cases = [];
/** A case for a feature satori's `test/FILE.test.tsx` renders; `supported: false` when satori itself does not draw it as the browser does. */
const add = (file, name, element, { width = 220, height = 160, supported = true, fonts = ROBOTO_FONTS } = {}) => cases.push(satoriCase(file, name, element, { width, height, supported, fonts }));
const stage = (style, ...children) => div({ width: 220, height: 160, backgroundColor: '#f1f5f9', fontFamily: 'Roboto', ...style }, ...children);
const tile = (color, style = {}, ...children) => div({ backgroundColor: color, ...style }, ...children);

// basic.test.tsx
add('basic', 'empty-div', div({ width: 220, height: 160 }));
add('basic', 'text', stage({}, 'Hello, world'));
add('basic', 'background-text', stage({ backgroundColor: '#1e293b', color: 'white', fontSize: 22, alignItems: 'center', justifyContent: 'center' }, 'Title on dark'));
add('basic', 'hex-colors', stage({ gap: 6, padding: 8 }, tile('#f00', { width: 30, height: 30 }), tile('#00ff0080', { width: 30, height: 30 }), tile('#0000ffcc', { width: 30, height: 30 }), tile('#abc', { width: 30, height: 30 })));
add('basic', 'array-children', stage({ flexDirection: 'column', gap: 4, padding: 8 }, ...['one', 'two', 'three'].map((t, i) => tile(['#fecaca', '#bbf7d0', '#bfdbfe'][i], {}, t))));
add('basic', 'combined-text-nodes', stage({ fontSize: 18, padding: 8 }, 'Count: ', '3', ' of ', 12, ' items'));

// border.test.tsx
add('border', 'shorthand', stage({ padding: 10, gap: 10 }, tile('#fef3c7', { width: 60, height: 60, border: '4px solid #b45309' }), tile('#e0f2fe', { width: 60, height: 60, border: '2px solid' })));
add('border', 'color-default-current', stage({ padding: 10, gap: 10, color: '#7c3aed' }, tile('white', { width: 50, height: 50, borderWidth: 5, borderStyle: 'solid' }), tile('white', { width: 50, height: 50, borderWidth: 5, borderStyle: 'solid', borderColor: '#059669' }), tile('white', { width: 50, height: 50, border: '5px solid red', borderColor: 'blue' })));
add('border', 'width-inside', stage({ padding: 10 }, tile('#bfdbfe', { width: 100, height: 100, boxSizing: 'border-box', border: '20px solid #1d4ed8' })));
add('border', 'dashed', stage({ padding: 10, gap: 10 }, tile('white', { width: 80, height: 60, border: '3px dashed #0f172a' }), tile('white', { width: 60, height: 60, border: '2px dashed #dc2626', borderRadius: 12 })));
add('border', 'radius-shorthand', stage({ padding: 10, gap: 8, flexWrap: 'wrap' }, tile('#f472b6', { width: 60, height: 60, borderRadius: 12 }), tile('#60a5fa', { width: 60, height: 60, borderRadius: '10px 30px' }), tile('#34d399', { width: 60, height: 60, borderRadius: '5px 10px 20px' }), tile('#fbbf24', { width: 60, height: 60, borderRadius: '0 10px 20px 30px' })));
add('border', 'radius-corner', stage({ padding: 10, gap: 8 }, tile('#f472b6', { width: 60, height: 60, borderTopLeftRadius: 30 }), tile('#60a5fa', { width: 60, height: 60, borderBottomRightRadius: 20, borderTopRightRadius: 8 })));
add('border', 'radius-clamped', stage({ padding: 10, gap: 8 }, tile('#a78bfa', { width: 120, height: 40, borderRadius: 100 }), tile('#fb7185', { width: 40, height: 100, borderRadius: 9999 })));
add('border', 'radius-percent', stage({ padding: 10, gap: 8 }, tile('#22d3ee', { width: 80, height: 60, borderRadius: '50%' }), tile('#facc15', { width: 80, height: 60, borderRadius: '25% 10%' })));
add('border', 'radius-units', stage({ padding: 10, gap: 8, fontSize: 20 }, tile('#f97316', { width: 50, height: 50, borderRadius: '1em' }), tile('#14b8a6', { width: 50, height: 50, borderRadius: '1rem' }), tile('#8b5cf6', { width: 50, height: 50, borderRadius: '5vw' }), tile('#ef4444', { width: 50, height: 50, borderRadius: '10vh' })));
add('border', 'radius-slash', stage({ padding: 10, gap: 8 }, tile('#84cc16', { width: 90, height: 60, borderRadius: '40px / 20px' }), tile('#0ea5e9', { width: 90, height: 60, borderRadius: '10px 30px / 20px 5px' })));
add('border', 'directional', stage({ padding: 10, gap: 10 }, tile('#fef9c3', { width: 60, height: 60, borderTop: '6px solid #ef4444', borderRight: '4px solid #22c55e', borderBottom: '8px solid #3b82f6', borderLeft: '2px solid #a855f7' }), tile('#fef9c3', { width: 60, height: 60, borderBottom: '5px solid #0f172a' })));
// inset and outset: satori draws them solid; the browser shades the sides (and an hr's 1px inset border is two-tone).
add('border', 'inset-outset-hr', div({ width: 220, height: 160, backgroundColor: '#f8fafc', flexDirection: 'column', padding: 8, boxSizing: 'border-box' }, div({ gap: 8 }, ...['inset', 'outset'].flatMap((st) => ['gray', '#3b82f6', 'black'].map((c) => tile('white', { width: 20, height: 20, border: `8px ${st} ${c}` })))), div({ display: 'block', width: 200, marginTop: 4 }, h('hr', {}), h('hr', { borderWidth: 3 }), h('hr', { borderColor: '#dc2626', borderWidth: 4, width: 120 }))), { supported: false });
add('border', 'directional-radius', stage({ padding: 10, gap: 10 }, tile('#e0e7ff', { width: 80, height: 80, borderRadius: 16, borderTop: '8px solid #4338ca', borderLeft: '4px solid #db2777', borderRight: '4px solid #db2777' })));

// box-sizing.test.tsx
add('box-sizing', 'border-box', stage({ padding: 10, gap: 10 }, tile('purple', { width: 60, height: 60, padding: 10, boxSizing: 'border-box' }, tile('white', { width: '100%', height: '100%' }))));
add('box-sizing', 'content-box', stage({ padding: 10, gap: 10 }, tile('purple', { width: 60, height: 60, padding: 10, boxSizing: 'content-box' }, tile('white', { width: '100%', height: '100%' }))));

// margin.test.tsx and padding.test.tsx
for (const [label, value] of [['1', 12], ['2', '8px 24px'], ['3', '6px 20px 14px'], ['4', '4px 8px 16px 32px']]) {
  add('margin', `shorthand-${label}`, stage({ alignItems: 'flex-start' }, tile('#fca5a5', { margin: value, width: 80, height: 50 }), tile('#93c5fd', { width: 40, height: 40 })));
  add('padding', `shorthand-${label}`, stage({ alignItems: 'flex-start' }, tile('#fcd34d', { padding: value }, tile('#7c3aed', { width: 40, height: 30 }))));
}
add('margin', 'longhands', stage({ alignItems: 'flex-start' }, tile('#fca5a5', { marginTop: 10, marginLeft: 20, marginRight: 5, marginBottom: 15, width: 60, height: 40 }), tile('#93c5fd', { width: 40, height: 40 })));
add('margin', 'negative', stage({ padding: 20 }, tile('#fca5a5', { width: 60, height: 60 }), tile('#93c5fd', { width: 60, height: 60, marginLeft: -20, marginTop: -10 })));
add('margin', 'column-row', stage({ flexDirection: 'column', padding: 6 }, tile('#fca5a5', { height: 30, margin: '4px 10px' }), tile('#93c5fd', { height: 30, marginTop: 10 }), div({ gap: 0 }, tile('#86efac', { width: 40, height: 30, marginRight: 12 }), tile('#fde047', { width: 40, height: 30, marginLeft: 6 }))));
add('margin', 'auto', stage({ flexDirection: 'column', padding: 6, gap: 4 }, tile('#fca5a5', { width: 60, height: 25, margin: '0 auto' }), tile('#93c5fd', { width: 60, height: 25, marginLeft: 'auto' }), tile('#86efac', { width: 60, height: 25, marginRight: 'auto' })));
add('margin', 'units', stage({ flexDirection: 'column', fontSize: 10 }, tile('#fca5a5', { height: 20, margin: '1em 10%' }), tile('#93c5fd', { height: 20, marginLeft: '2rem', marginTop: '5vh' })));
add('margin', 'siblings-no-collapse', stage({ flexDirection: 'column' }, tile('#fca5a5', { height: 30, marginBottom: 20 }), tile('#93c5fd', { height: 30, marginTop: 10 })));
add('margin', 'block-collapse', div({ display: 'block', width: 220, height: 160, backgroundColor: '#f1f5f9' }, div({ display: 'block', height: 30, marginBottom: 20, backgroundColor: '#fca5a5' }), div({ display: 'block', height: 30, marginTop: 10, backgroundColor: '#93c5fd' })), { supported: false });
add('margin', 'positioned-text', stage({ position: 'relative', fontSize: 14 }, tile('#fca5a5', { position: 'absolute', top: 10, left: 10, margin: 10, width: 60, height: 40 }), tile('#93c5fd', { margin: '70px 0 0 20px', padding: 4 }, 'Margin around text')));
add('padding', 'border-radius-gradient', stage({ padding: 10, gap: 10 }, tile('#e0f2fe', { padding: 12, border: '3px solid #0284c7', borderRadius: 12 }, 'Pad'), div({ padding: 16, backgroundImage: 'linear-gradient(90deg, #f472b6, #818cf8)', borderRadius: 8, color: 'white' }, 'Grad')));
add('padding', 'multiline', stage({ padding: 6 }, tile('#fef3c7', { padding: '10px 14px', width: 120, fontSize: 14 }, 'Padding around text that wraps onto several lines')));
add('padding', 'percent', stage({}, tile('#fef3c7', { padding: '5% 10%' }, tile('#7c3aed', { width: 40, height: 30 }))));

// gap.test.tsx
add('gap', 'gap', stage({ gap: 10, flexWrap: 'wrap', padding: 10 }, ...[0, 1, 2, 3, 4, 5].map((i) => tile(['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd', '#c4b5fd'][i], { width: 50, height: 40 }))));
add('gap', 'row-column', stage({ rowGap: 16, columnGap: 4, flexWrap: 'wrap', padding: 10 }, ...[0, 1, 2, 3, 4, 5].map((i) => tile(['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd', '#c4b5fd'][i], { width: 50, height: 40 }))));
add('gap', 'percent', stage({ columnGap: '10%', rowGap: '5%', flexWrap: 'wrap' }, ...[0, 1, 2, 3, 4].map((i) => tile(['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd'][i], { width: 50, height: 40 }))));

// flexbox-advanced.test.tsx and layout.test.tsx
const three = (style = {}) => [tile('#f87171', { width: 40, height: 30, ...style }), tile('#60a5fa', { width: 40, height: 40, ...style }), tile('#4ade80', { width: 40, height: 50, ...style })];
add('flexbox-advanced', 'grow', stage({ gap: 4 }, tile('#f87171', { flexGrow: 1 }), tile('#60a5fa', { flexGrow: 2 }), tile('#4ade80', { flexGrow: 1, width: 40 })));
add('flexbox-advanced', 'shrink', stage({}, tile('#f87171', { width: 150, flexShrink: 1 }), tile('#60a5fa', { width: 150, flexShrink: 3 }), tile('#4ade80', { width: 60, flexShrink: 0 })));
add('flexbox-advanced', 'basis', stage({ flexDirection: 'column', gap: 4 }, div({}, tile('#f87171', { flexBasis: 100, height: 30 }), tile('#60a5fa', { flexBasis: '30%', height: 30 })), div({}, tile('#f87171', { flexBasis: 50, flexGrow: 1, height: 30 }), tile('#60a5fa', { flexBasis: 100, flexGrow: 1, height: 30 }))));
add('flexbox-advanced', 'flex-shorthand', stage({ flexDirection: 'column', gap: 4 }, div({}, tile('#f87171', { flex: 1, height: 30 }), tile('#60a5fa', { flex: 1, height: 30 })), div({}, tile('#f87171', { flex: 2, height: 30 }), tile('#60a5fa', { flex: '1 1 60px', height: 30 }), tile('#4ade80', { flex: 'none', width: 30, height: 30 }))));
add('flexbox-advanced', 'align-self', stage({ gap: 6, padding: 6 }, tile('#f87171', { width: 40, height: 30, alignSelf: 'flex-start' }), tile('#60a5fa', { width: 40, height: 30, alignSelf: 'flex-end' }), tile('#4ade80', { width: 40, height: 30, alignSelf: 'center' }), tile('#facc15', { width: 40, alignSelf: 'stretch' })));
for (const ac of ['flex-start', 'center', 'space-between']) add('flexbox-advanced', `align-content-${ac}`, stage({ flexWrap: 'wrap', alignContent: ac, padding: 4 }, ...[0, 1, 2, 3, 4, 5].map((i) => tile(['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd', '#c4b5fd'][i], { width: 60, height: 30 }))));
add('flexbox-advanced', 'nested', stage({ flexDirection: 'column', padding: 6, gap: 6 }, div({ gap: 6, flexGrow: 1 }, tile('#f87171', { flex: 1 }), div({ flex: 2, flexDirection: 'column', gap: 4 }, tile('#60a5fa', { flex: 1 }), tile('#4ade80', { flex: 1 }))), tile('#facc15', { height: 30 })));
add('flexbox-advanced', 'complex', stage({ justifyContent: 'space-between', alignItems: 'center', padding: 10, flexWrap: 'wrap', gap: 6 }, tile('#f87171', { flex: '1 0 60px', height: 40 }, 'a'), tile('#60a5fa', { flex: '2 1 80px', height: 60, alignSelf: 'flex-end' }, 'b'), tile('#4ade80', { flex: '0 0 50px', height: 30, order: -1 }, 'c')));
add('layout', 'stretch-default', stage({ padding: 8, gap: 8 }, tile('#f87171', { width: 50 }), tile('#60a5fa', { width: 50 }, 'text')));
add('layout', 'justify-content', stage({ flexDirection: 'column', gap: 4, padding: 4 }, ...['flex-start', 'center', 'flex-end', 'space-between', 'space-around'].map((j) => div({ justifyContent: j, backgroundColor: '#e2e8f0' }, ...three({ height: 20 })))));

// position.test.tsx
add('position', 'absolute', stage({ position: 'relative' }, tile('#f87171', { position: 'absolute', top: 10, left: 20, width: 50, height: 50 }), tile('#60a5fa', { position: 'absolute', right: 10, bottom: 10, width: 70, height: 40 }), tile('#4ade80', { position: 'absolute', top: 70, left: 30, right: 100, bottom: 20 })));
add('position', 'absolute-size', stage({ position: 'relative', fontSize: 14 }, tile('#fde047', { position: 'absolute', top: 20, left: 20, padding: 6 }, 'Shrink-wrapped absolute text'), tile('#c4b5fd', { position: 'absolute', top: '50%', left: '25%', width: '50%', height: '30%' })));
add('position', 'static-relative', stage({ gap: 6, padding: 10 }, tile('#f87171', { position: 'static', top: 30, width: 50, height: 50 }), tile('#60a5fa', { position: 'relative', top: 30, left: 10, width: 50, height: 50 }), tile('#4ade80', { position: 'relative', bottom: 10, right: 10, width: 50, height: 50 })));

// units.test.tsx
add('units', 'percent', stage({}, tile('#f87171', { width: '50%', height: '25%' }), tile('#60a5fa', { width: '25%', height: '75%' })));
add('units', 'em-rem', stage({ fontSize: 20, gap: 4 }, tile('#f87171', { width: '3em', height: '2em' }), tile('#60a5fa', { width: '3rem', height: '2rem', fontSize: 30 }), tile('#4ade80', { width: '2em', height: '4em', fontSize: 10 })));
add('units', 'vw-vh', stage({}, tile('#f87171', { width: '30vw', height: '40vh' }), tile('#60a5fa', { width: '20vw', height: '20vmin' })));
add('units', 'px-numbers', stage({ gap: '4px' }, tile('#f87171', { width: '40px', height: 40 }), tile('#60a5fa', { width: 40.5, height: '40.5px' })));
add('units', 'calc', stage({}, tile('#f87171', { width: 'calc(50% - 20px)', height: 'calc(2em + 10px)' }), tile('#60a5fa', { width: 'calc(100px / 2)', height: 'calc(100% - 30px)' })));

// overflow.test.tsx
add('overflow', 'hidden-text', stage({ padding: 10 }, tile('#fde68a', { width: 100, height: 40, overflow: 'hidden', fontSize: 16 }, 'Text that overflows its fixed box and is cut')));
add('overflow', 'nested-radius', stage({ padding: 10 }, tile('#fecaca', { width: 120, height: 100, overflow: 'hidden', borderRadius: 24, border: '4px solid #991b1b', padding: 6 }, tile('#1d4ed8', { width: 160, height: 140 }))));
add('overflow', 'ellipsis-nowrap', stage({ padding: 10, flexDirection: 'column' }, div({ display: 'block', width: 150, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: 16, backgroundColor: '#e0e7ff' }, 'A long title that does not fit on one line')));
add('overflow', 'visible-not-inherited', stage({ padding: 10 }, tile('#fde68a', { width: 100, height: 60, overflow: 'hidden' }, tile('#a7f3d0', { width: 80, height: 40, overflow: 'visible' }, tile('#1d4ed8', { width: 140, height: 20 })))));

// color-models.test.tsx
add('color-models', 'syntaxes', stage({ flexWrap: 'wrap', gap: 4, padding: 4 }, ...['#ff0000', '#00ff0080', 'rgb(0, 0, 255)', 'rgba(255, 0, 255, 0.5)', 'hsl(30, 100%, 50%)', 'hsla(200, 80%, 40%, 0.6)', 'rebeccapurple', 'hsl(120deg 60% 40% / 70%)', 'rgb(10 20 200 / 0.4)', 'transparent'].map((c) => tile(c, { width: 38, height: 38, border: '1px solid #0002' }))));
add('color-models', 'current-color', stage({ color: '#0891b2', gap: 8, padding: 8, fontSize: 18 }, tile('currentColor', { width: 40, height: 40 }), tile('white', { width: 40, height: 40, border: '4px solid currentColor' }), div({ color: 'inherit' }, 'inherited'), div({ color: '#be123c' }, div({ backgroundColor: 'currentcolor', width: 20, height: 20 }))));

// css-variables.test.tsx
add('css-variables', 'basic-inherit-override', stage({ '--accent': '#db2777', '--size': '40px', '--pad': '8px', gap: 8, padding: 'var(--pad)' }, tile('var(--accent)', { width: 'var(--size)', height: 'var(--size)' }), div({ '--accent': '#2563eb' }, tile('var(--accent)', { width: 'var(--size)', height: 'var(--size)' })), tile('var(--missing, var(--also-missing, #16a34a))', { width: 'calc(var(--size) + 10px)', height: '50%' })));
add('css-variables', 'text-border', stage({ '--fg': '#7c3aed', '--bw': '3px', color: 'var(--fg)', padding: 10, fontSize: 18 }, tile('white', { border: 'var(--bw) solid var(--fg)', padding: 6 }, 'Variable colour')));

// display.test.tsx and display-contents.test.tsx
add('display', 'none', stage({ gap: 6, padding: 6 }, tile('#f87171', { width: 40, height: 40 }), tile('#60a5fa', { width: 40, height: 40, display: 'none' }), tile('#4ade80', { width: 40, height: 40 })));
add('display-contents', 'children-join-parent', stage({ gap: 6, padding: 6 }, tile('#f87171', { width: 40, height: 40 }), div({ display: 'contents', padding: 20, margin: 20 }, tile('#60a5fa', { width: 40, height: 40 }), tile('#4ade80', { flexGrow: 1, height: 40 }))));

export default cases;
