// Layout fixture cases for atomic inlines (inline-block, inline-flex) and vertical-align, in Inter, Roboto and Playfair Display.
import { div, h, INTER, PLAYFAIR, ROBOTO, span } from './case-kit.mjs';

const block = (style, ...children) => div({ display: 'block', ...style }, ...children);
const PNG_40x20 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';

const cases = [];
const add = (name, element, { width = 400, height = 240, fonts = INTER } = {}) => cases.push({ name, width, height, fonts, element });
const page = (style, ...children) => block({ width: 360, padding: 10, backgroundColor: '#f8fafc', ...style }, ...children);
const chip = (style, ...children) => span({ display: 'inline-block', padding: '2px 8px', backgroundColor: '#bfdbfe', borderRadius: 6, ...style }, ...children);
const square = (size, style = {}) => span({ display: 'inline-block', width: size, height: size, backgroundColor: '#f472b6', ...style });

// inline-block.
add('inline-block-basic', page({ fontSize: 18 }, 'Text with ', chip({}, 'a chip'), ' inside and ', chip({ padding: 8, margin: '0 6px' }, 'another'), ' after it.'));
add('inline-block-tags-wrap', page({ fontSize: 16, lineHeight: 1.6 }, 'Tagged: ', ...['layout', 'grid', 'flexbox', 'inline-block', 'typography', 'rendering', 'open graph', 'cards'].flatMap((t, i) => [chip({ backgroundColor: ['#bfdbfe', '#bbf7d0', '#fde68a', '#fecaca'][i % 4], marginRight: 4 }, t), ' '])));
add('inline-block-multiline-baseline', page({ fontSize: 16 }, 'Before ', span({ display: 'inline-block', width: 90, backgroundColor: '#fde68a' }, 'two lines of text here'), ' after.'));
add('inline-block-overflow-hidden', page({ fontSize: 16 }, 'Before ', span({ display: 'inline-block', width: 90, overflow: 'hidden', backgroundColor: '#fde68a' }, 'clipped box text'), ' after.'));
add('inline-block-empty', page({ fontSize: 16 }, 'Empty ', square(30), ' boxes ', square(12, { margin: 4 }), ' sit on the baseline.'));
add('inline-block-percent-width', page({ fontSize: 16 }, span({ display: 'inline-block', width: '40%', backgroundColor: '#c4b5fd' }, 'forty percent'), span({ display: 'inline-block', width: '50%', backgroundColor: '#86efac' }, 'half')));
add('inline-block-block-children', page({ fontSize: 16 }, 'A ', div({ display: 'inline-block', backgroundColor: '#fecaca', padding: 4 }, block({}, 'first line'), block({ fontSize: 24 }, 'Last')), ' z.'));
add('inline-block-in-span', page({ fontSize: 16 }, span({ color: '#1d4ed8' }, 'Linked ', chip({}, 'chip'), ' text'), ' plain.'));
add('inline-block-wraps-as-unit', page({ fontSize: 18, width: 200 }, 'Words then ', chip({}, 'an unbreakable chip'), ' and more words.'));
add('inline-block-text-align-center', page({ fontSize: 16, textAlign: 'center' }, chip({}, 'centred'), ' ', chip({}, 'chips')));
add('inline-block-roboto', page({ fontSize: 17, fontFamily: 'Roboto' }, 'Roboto with ', chip({ fontWeight: 700 }, 'bold chip'), ' and ', chip({ fontSize: 12 }, 'small chip'), ' inline.'), { fonts: ROBOTO });

// inline-flex and inline-grid.
add('inline-flex-basic', page({ fontSize: 16 }, 'Status: ', span({ display: 'inline-flex', alignItems: 'center', gap: 4, padding: '2px 6px', backgroundColor: '#bbf7d0', borderRadius: 10 }, span({ display: 'block', width: 8, height: 8, borderRadius: 4, backgroundColor: '#16a34a' }), 'online'), ' now.'));
add('inline-flex-column', page({ fontSize: 16 }, 'Stack ', div({ display: 'inline-flex', flexDirection: 'column', backgroundColor: '#fde68a' }, div({}, 'top'), div({ fontSize: 22 }, 'bottom')), ' end.'));
add('inline-flex-baseline-first-item', page({ fontSize: 16 }, 'Base ', div({ display: 'inline-flex', alignItems: 'flex-end', gap: 4, backgroundColor: '#e9d5ff' }, div({ height: 40, backgroundColor: '#a855f7', width: 10 }), div({ fontSize: 24 }, 'Big')), ' line.'));

// vertical-align.
const vaLine = (value, style = {}) => block({ fontSize: 18, backgroundColor: '#e2e8f0', marginBottom: 4, ...style }, `${value}: x`, square(14, { verticalAlign: value }), span({ fontSize: 30, verticalAlign: value, backgroundColor: '#fde68a' }, 'Ag'), span({ display: 'inline-block', height: 34, width: 10, backgroundColor: '#93c5fd', verticalAlign: value }), 'y');
for (const value of ['baseline', 'middle', 'top', 'bottom', 'text-top', 'text-bottom', 'sub', 'super']) add(`vertical-align-${value}`, page({}, vaLine(value)));
add('vertical-align-lengths', page({}, vaLine('6px'), vaLine('-0.5em'), vaLine('50%'), vaLine('-20%', { lineHeight: 1.5 })), { height: 300 });
add('vertical-align-sub-super-spans', page({ fontSize: 18 }, 'E = mc', span({ verticalAlign: 'super', fontSize: 12 }, '2'), ' and H', span({ verticalAlign: 'sub', fontSize: 12 }, '2'), 'O, x', span({ verticalAlign: 'super', fontSize: 12 }, 'n', span({ verticalAlign: 'super', fontSize: 10 }, 'k')), '.'));
add('vertical-align-icon-in-text', page({ fontSize: 18, fontFamily: 'Playfair Display' }, square(16, { verticalAlign: 'middle', borderRadius: 8, marginRight: 6 }), 'Read the launch notes ', { type: 'img', props: { src: PNG_40x20, width: 20, height: 10, style: { display: 'inline', verticalAlign: 'middle' } } }, ' on the blog.'), { fonts: PLAYFAIR });
add('vertical-align-image-text-bottom', page({ fontSize: 16 }, 'An image ', { type: 'img', props: { src: PNG_40x20, width: 40, height: 20, style: { display: 'inline', verticalAlign: 'text-bottom' } } }, ' and ', { type: 'img', props: { src: PNG_40x20, width: 40, height: 20, style: { display: 'inline', verticalAlign: 'top' } } }, ' in a line.'));
add('vertical-align-top-bottom-tall', page({ fontSize: 16, width: 240 }, 'Tall ', span({ display: 'inline-block', height: 60, width: 20, backgroundColor: '#86efac', verticalAlign: 'top' }), ' top and ', span({ display: 'inline-block', height: 50, width: 20, backgroundColor: '#fca5a5', verticalAlign: 'bottom' }), ' bottom boxes wrap onto the next line.'));
add('vertical-align-mixed-fonts', page({ fontSize: 16 }, 'Inter ', span({ fontFamily: 'Roboto', fontSize: 24, verticalAlign: 'middle' }, 'Roboto'), ' ', span({ fontFamily: 'Playfair Display', fontSize: 28, verticalAlign: 'text-top' }, 'Playfair'), ' end'), { fonts: [...INTER, ...ROBOTO, ...PLAYFAIR] });

// Inline boxes with decorations across lines (box-decoration-break: slice).
add('inline-box-shadow-lines', page({ fontSize: 20, lineHeight: 1.8, width: 260 }, 'Some ', span({ boxShadow: '3px 3px 0 #1e3a8a', backgroundColor: '#bfdbfe', padding: '2px 4px', border: '1px solid #1e3a8a' }, 'highlighted words that wrap across lines'), ' end.'));
add('inline-box-shadow-blur', page({ fontSize: 20, lineHeight: 2, width: 300 }, 'A ', span({ boxShadow: '0 4px 8px rgba(0,0,0,0.5)', backgroundColor: '#fde68a', borderRadius: 6, padding: '0 6px' }, 'soft shadowed phrase in a line'), ' here.'));

// Cards.
add('inline-card-article-meta', block({ width: 560, padding: 28, backgroundColor: '#0f172a', color: 'white', fontFamily: 'Roboto' },
  block({ fontSize: 38, fontWeight: 700, lineHeight: 1.2 }, 'Shipping a browser-exact layout engine'),
  block({ fontSize: 17, marginTop: 14, color: '#cbd5e1', lineHeight: 1.7 }, square(18, { verticalAlign: 'middle', borderRadius: 9, backgroundColor: '#38bdf8', marginRight: 8 }), 'Ada L. · 6 min read · ', ...['#layout', '#css', '#og'].map((t) => chip({ backgroundColor: '#1e293b', color: '#7dd3fc', fontSize: 14, marginLeft: 6 }, t)))), { width: 620, height: 260, fonts: ROBOTO });

// Harder cases.
add('inline-hard-middle-nested-span', page({ fontSize: 16 }, 'Outer ', span({ verticalAlign: 'middle', backgroundColor: '#fde68a' }, 'mid ', span({ fontSize: 32 }, 'Big')), ' end.'));
add('inline-hard-line-height-atomics', page({ fontSize: 16, lineHeight: '30px' }, 'Line ', chip({ lineHeight: '14px' }, 'tight'), ' height ', square(20, { verticalAlign: 'middle' }), ' set ', span({ display: 'inline-block', verticalAlign: 'text-top', fontSize: 10 }, 'tt'), '.'));
add('inline-hard-inline-block-padding-border', page({ fontSize: 16 }, 'A ', span({ display: 'inline-block', padding: 10, border: '3px solid #334155', margin: '5px 8px', backgroundColor: '#fecaca' }, 'boxed'), ' b ', span({ display: 'inline-block', paddingTop: 20, backgroundColor: '#bbf7d0' }, 'pt'), ' c.'));
add('inline-hard-justify-with-atomics', page({ fontSize: 16, textAlign: 'justify', width: 250 }, 'Justified text with ', chip({}, 'chips'), ' and more words that wrap ', chip({}, 'here'), ' and end with a last line.'));
add('inline-hard-inline-flex-in-flex-item', div({ width: 380, padding: 10, backgroundColor: '#f8fafc' }, div({ display: 'block', fontSize: 16 }, 'Price ', span({ display: 'inline-flex', alignItems: 'baseline', gap: 2 }, span({ fontSize: 28, fontWeight: 700 }, '$9'), span({ fontSize: 12 }, '/mo')), ' only.')));
add('inline-hard-rtl-inline-block', page({ fontSize: 16, direction: 'rtl' }, 'Right to left ', chip({}, 'chip'), ' world ', square(12), ' end'));

export default cases;
