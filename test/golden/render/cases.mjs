// Paint-feature cases: one per feature, drawn by Chromium (the oracle) and by ogsmith. `npm run fixtures:render`.
import layoutCases from '../layout/cases.mjs';
import scriptCases from './cases-scripts.mjs';
import layoutFeatureCases from './cases-layout-features.mjs';

const FONTS = layoutCases[0].fonts;
const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const span = (style, ...children) => h('span', style, ...children);
const PNG_RED_BLUE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAABYSURBVEiJY3zv4vKfgYrAx24TNY1jYKKqaTQAow6kFAx6B7JQopm74yKG2H4GeQwxx20PybZj0IfgqAMpBaMOpBSMOpBSMOpASgHjaHOLQjDqQErBoHcgALZyC6dNrd3/AAAAAElFTkSuQmCC';

const cases = [];
const add = (name, element, width = 300, height = 200) => cases.push({ name: `paint-${name}`, width, height, fonts: FONTS, element });
const stage = (style, ...children) => div({ width: 300, height: 200, backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center', ...style }, ...children);
const tile = (style, ...children) => div({ width: 160, height: 110, ...style }, ...children);

add('background-color', stage({}, tile({ backgroundColor: 'rgb(37 99 235 / 80%)' })));
add('linear-gradient-angle', stage({}, tile({ backgroundImage: 'linear-gradient(45deg, #f43f5e, #6366f1 70%, #22d3ee)' })));
add('linear-gradient-to-corner', stage({}, tile({ backgroundImage: 'linear-gradient(to top right, #0ea5e9, #f59e0b)' })));
add('linear-gradient-layers', stage({}, tile({ backgroundImage: 'linear-gradient(to right, rgba(255,255,255,0.8), transparent), linear-gradient(#16a34a, #1e3a8a)' })));
add('repeating-linear-gradient', stage({}, tile({ backgroundImage: 'repeating-linear-gradient(90deg, #111827 0px, #111827 10px, #fbbf24 10px, #fbbf24 20px)' })));
add('radial-gradient', stage({}, tile({ backgroundImage: 'radial-gradient(circle at 30% 40%, #fde047, #ea580c 60%, #7c2d12)' })));
add('radial-gradient-ellipse', stage({}, tile({ backgroundImage: 'radial-gradient(#a78bfa, #1e1b4b)' })));
add('conic-gradient', stage({}, tile({ backgroundImage: 'conic-gradient(from 90deg, #ef4444, #eab308, #22c55e, #3b82f6, #ef4444)' })));
add('gradient-dot-grid', stage({}, tile({ backgroundColor: '#f8fafc', backgroundImage: 'radial-gradient(circle, #475569 2px, transparent 2.5px)', backgroundSize: '20px 20px' })));
add('gradient-sized-positioned', stage({}, tile({ backgroundColor: '#fef9c3', backgroundImage: 'linear-gradient(45deg, #f43f5e, #6366f1)', backgroundSize: '60px 40px', backgroundPosition: 'center', backgroundRepeat: 'no-repeat' })));
add('gradient-stripes-repeat-x', stage({}, tile({ backgroundColor: '#e0f2fe', backgroundImage: 'linear-gradient(90deg, #0c4a6e 50%, #38bdf8 50%)', backgroundSize: '24px 50%', backgroundRepeat: 'repeat-x', backgroundPosition: '0 100%' })));
add('gradient-percent-size-layers', stage({}, tile({ backgroundImage: 'linear-gradient(#16a34a, #bbf7d0), radial-gradient(#fde047, #ea580c)', backgroundSize: '25% 50%, auto', backgroundPosition: 'right bottom, 0 0', backgroundRepeat: 'no-repeat, no-repeat', borderRadius: 18 })));
add('border-solid-sides', stage({}, tile({ borderTop: '6px solid #ef4444', borderRight: '10px solid #22c55e', borderBottom: '4px solid #3b82f6', borderLeft: '12px solid #111827' })));
add('border-radius', stage({}, tile({ backgroundColor: '#6366f1', borderRadius: 24, border: '4px solid #1e1b4b' })));
add('border-radius-elliptical', stage({}, tile({ backgroundColor: '#14b8a6', borderRadius: '40px 10px / 20px 50px' })));
add('border-dashed', stage({}, tile({ border: '4px dashed #0f172a', backgroundColor: '#e2e8f0' })));
add('border-dashed-radius', stage({}, tile({ border: '4px dashed #0f172a', borderRadius: 24, backgroundColor: '#e2e8f0' })));
add('border-dotted-radius', stage({}, tile({ border: '6px dotted #be123c', borderRadius: 40 })));
add('border-dotted', stage({}, tile({ border: '6px dotted #be123c' })));
add('border-double', stage({}, tile({ border: '9px double #1e3a8a', borderRadius: 16, backgroundColor: '#dbeafe' })));
add('box-shadow', stage({}, tile({ backgroundColor: 'white', borderRadius: 12, boxShadow: '0 10px 25px rgba(0,0,0,0.35)' })));
add('box-shadow-spread-multiple', stage({}, tile({ backgroundColor: '#fef3c7', boxShadow: '0 0 0 6px #f59e0b, 12px 12px 0 2px rgba(0,0,0,0.4)' })));
add('box-shadow-inset', stage({}, tile({ backgroundColor: '#e0f2fe', boxShadow: 'inset 0 0 20px 4px rgba(2,132,199,0.8)' })));
add('overflow-hidden-radius', stage({}, tile({ overflow: 'hidden', borderRadius: 30, backgroundColor: '#fca5a5' }, div({ width: 200, height: 60, backgroundColor: '#7f1d1d', marginTop: -10, marginLeft: -20 }))));
add('opacity-group', stage({}, tile({ opacity: 0.5, backgroundColor: '#1d4ed8' }, div({ width: 80, height: 80, margin: 15, backgroundColor: '#facc15' }))));
add('transform-rotate', stage({}, tile({ backgroundColor: '#8b5cf6', transform: 'rotate(15deg)' })));
add('transform-scale-translate', stage({}, tile({ backgroundColor: '#10b981', transform: 'translate(20px, -10px) scale(0.8, 0.6)', transformOrigin: 'top left' })));
add('transform-skew', stage({}, tile({ backgroundColor: '#f97316', transform: 'skewX(-15deg)' })));
add('z-index-absolute', div({ width: 300, height: 200, position: 'relative', backgroundColor: 'white' },
  div({ position: 'absolute', left: 40, top: 40, width: 120, height: 90, backgroundColor: '#ef4444', zIndex: 2 }),
  div({ position: 'absolute', left: 90, top: 70, width: 120, height: 90, backgroundColor: '#3b82f6', zIndex: 1 }),
  div({ width: 160, height: 60, marginTop: 100, marginLeft: 110, backgroundColor: '#22c55e' })));
add('text-color-size', stage({ flexDirection: 'column' }, div({ color: '#be185d', fontSize: 36, fontWeight: 700 }, 'Bold title'), div({ color: '#334155', fontSize: 16 }, 'and a quieter subtitle')));
add('text-shadow', stage({}, div({ fontSize: 40, fontWeight: 700, color: '#0ea5e9', textShadow: '3px 3px 0 #0c4a6e' }, 'Shadow')));
add('text-decoration', stage({ flexDirection: 'column', gap: 10 }, div({ fontSize: 24, textDecoration: 'underline' }, 'Underlined'), div({ fontSize: 24, textDecoration: 'line-through #dc2626' }, 'Struck out'), div({ fontSize: 24, textDecoration: 'overline dashed' }, 'Overlined')));
add('text-stroke', stage({}, div({ fontSize: 48, fontWeight: 700, color: 'transparent', WebkitTextStroke: '2px #111827' }, 'Outline')));
add('background-clip-text', stage({}, div({ fontSize: 48, fontWeight: 700, color: 'transparent', backgroundImage: 'linear-gradient(90deg, #ec4899, #8b5cf6)', backgroundClip: 'text', WebkitBackgroundClip: 'text' }, 'Gradient')));
add('inline-span-backgrounds', div({ display: 'block', width: 260, fontSize: 18, lineHeight: 1.8, backgroundColor: 'white', padding: 10 }, 'Tags ', span({ backgroundColor: '#dbeafe', padding: '3px 8px', borderRadius: 6, color: '#1d4ed8' }, 'layout engine'), ' and ', span({ backgroundColor: '#dcfce7', padding: '3px 8px', borderRadius: 6, color: '#15803d' }, 'fast text shaping'), ' wrap.'));
add('image-object-fit', div({ width: 300, height: 200, backgroundColor: 'white', gap: 10, padding: 10, flexWrap: 'wrap' },
  ...['fill', 'contain', 'cover', 'none', 'scale-down'].map((fit) => ({ type: 'img', props: { src: PNG_RED_BLUE, width: 80, height: 60, style: { objectFit: fit, backgroundColor: '#e5e7eb' } } }))));
add('image-radius', stage({}, { type: 'img', props: { src: PNG_RED_BLUE, width: 120, height: 120, style: { borderRadius: 60, objectFit: 'cover' } } }));
const BG = `url(${PNG_RED_BLUE})`;
add('background-url-cover', stage({}, tile({ backgroundImage: BG, backgroundSize: 'cover', backgroundPosition: 'center', backgroundRepeat: 'no-repeat' })));
add('background-url-contain', stage({}, tile({ backgroundColor: '#e5e7eb', backgroundImage: BG, backgroundSize: 'contain', backgroundPosition: 'right bottom', backgroundRepeat: 'no-repeat' })));
add('background-url-repeat', stage({}, tile({ backgroundImage: BG, backgroundSize: '40px 20px', backgroundPosition: '10px 5px' })));
add('background-url-repeat-x', stage({}, tile({ backgroundColor: '#f1f5f9', background: `${BG} 0 50% / 30px 15px repeat-x` })));
add('background-url-radius-padding', stage({}, tile({ backgroundImage: BG, backgroundSize: '100% 100%', borderRadius: 20, border: '6px solid rgba(0,0,0,0.3)', padding: 10 })));
add('text-ellipsis-nowrap', stage({ flexDirection: 'column', alignItems: 'stretch', padding: 20, boxSizing: 'border-box' }, div({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 22, backgroundColor: '#fde68a' }, 'A very long title that cannot possibly fit on one line')));
add('text-line-clamp', stage({ flexDirection: 'column', alignItems: 'stretch', padding: 20, boxSizing: 'border-box' }, div({ display: '-webkit-box', WebkitBoxOrient: 'vertical', overflow: 'hidden', WebkitLineClamp: 2, fontSize: 22, backgroundColor: '#bbf7d0' }, 'A very long title that cannot possibly fit on two lines of this narrow box at all')));
add('card-gradient', div({ width: 600, height: 315, boxSizing: 'border-box', padding: 40, flexDirection: 'column', justifyContent: 'space-between', color: 'white', backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 60%, #6d28d9 100%)' },
  div({ fontSize: 16, letterSpacing: 2, textTransform: 'uppercase', opacity: 0.7 }, 'ogsmith.dev / blog'),
  div({ fontSize: 40, fontWeight: 700, lineHeight: 1.15 }, 'Open Graph images that match the browser'),
  div({ alignItems: 'center', gap: 12 }, div({ width: 36, height: 36, borderRadius: 18, backgroundImage: 'linear-gradient(#f472b6, #fb923c)' }), div({ fontSize: 18 }, 'Ada Lovelace · 5 min read'))), 600, 315);
add('card-tags', div({ width: 600, height: 315, boxSizing: 'border-box', padding: 36, flexDirection: 'column', gap: 20, backgroundColor: '#fffbeb', border: '8px solid #f59e0b', borderRadius: 24 },
  div({ fontSize: 34, fontWeight: 700, color: '#78350f' }, 'Release 3.0: autofit, clamping and bidi'),
  div({ flexWrap: 'wrap', gap: 10 }, ...['text', 'layout', 'fonts', 'rtl', 'emoji'].map((tag) => div({ padding: '6px 14px', borderRadius: 999, backgroundColor: '#fde68a', color: '#92400e', fontSize: 18, boxShadow: '0 2px 4px rgba(120,53,15,0.25)' }, tag)))), 600, 315);

cases.push(...scriptCases);
cases.push(...layoutFeatureCases);

export default cases;
