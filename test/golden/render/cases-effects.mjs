// Paint-effect cases (filter, backdropFilter, clipPath, mask, mixBlendMode, text fill and decoration thickness, pixelated images) as cards use them.
const FONTS = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
  { family: 'Playfair Display', weight: 700, style: 'normal', file: 'node_modules/@fontsource/playfair-display/files/playfair-display-latin-700-normal.woff2' },
  { family: 'JetBrains Mono', weight: 400, style: 'normal', file: 'node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2' },
];
const SERIF = '"Playfair Display"';
const MONO = '"JetBrains Mono"';
const h = (type, style, ...children) => ({ type, props: { style, children } });
const div = (style, ...children) => h('div', style, ...children);
const span = (style, ...children) => h('span', style, ...children);
const img = (src, width, height, style = {}) => ({ type: 'img', props: { src, width, height, style } });

/** 40×20: red left half, blue right half. */
const PNG_RED_BLUE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAABYSURBVEiJY3zv4vKfgYrAx24TNY1jYKKqaTQAow6kFAx6B7JQopm74yKG2H4GeQwxx20PybZj0IfgqAMpBaMOpBSMOpBSMOpASgHjaHOLQjDqQErBoHcgALZyC6dNrd3/AAAAAElFTkSuQmCC';
/** 8×8 pixel art in four colours. */
const PNG_PIXELS = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAABgSURBVBiVY+AX1/qvdDTu/68zov+/2Mf9R+czfrGP+8+ABzCx9W5n0GtjYJC+cYaBgYGBAZ3PpPHTk+FSFQOD8DoTBgYGBgZ0PtPboDMMem0MDDfYtzMwMDAwoPPp4AYAWK49cQic/4cAAAAASUVORK5CYII=';
/** 32×32 black triangle with a transparent square hole (an alpha mask). */
const PNG_TRIANGLE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAACxSURBVFiF1ZS5EcAwCAQpTaWrMztR4IBfcIyZufx2BSL6+ayTsdknI7OI6DkZsbA/BeAWvvQjFjZTAGaBo4da4OhhFjR6iAWNvt2Ch77Vgoe+zUKEvsVChL7cQoa+1EKGvszCDX2JBY7emjILEn20QNqC9PaZAmEL2ttnCoQtaJufLeC2YG1+toDbgnX3NwVMC567vylgWrj59bwRLVT8et6wFhD0ogUkPWsBSW/uAnRe13OArJCfv7MAAAAASUVORK5CYII=';

const cases = [];
const add = (name, element, width = 300, height = 200) => cases.push({ name: `effects-${name}`, width, height, fonts: FONTS, element });
const stage = (style, ...children) => div({ width: 300, height: 200, backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter', ...style }, ...children);
const scene = (style, ...children) => div({ width: 300, height: 200, position: 'relative', fontFamily: 'Inter', backgroundColor: '#0f172a', ...style }, ...children);
const blob = (left, top, size, color, style = {}) => div({ position: 'absolute', left, top, width: size, height: size, borderRadius: size / 2, backgroundColor: color, ...style });
const photo = (style = {}, ...children) => div({ width: 80, height: 56, backgroundImage: 'linear-gradient(135deg, #f97316, #db2777 50%, #4f46e5)', borderRadius: 8, alignItems: 'center', justifyContent: 'center', color: 'white', fontWeight: 700, fontSize: 14, ...style }, ...children);
const label = (text) => div({ fontSize: 10, color: '#475569', fontFamily: MONO }, text);
const swatch = (name, style) => div({ flexDirection: 'column', alignItems: 'center', gap: 3 }, photo({ width: 62, ...style }, 'Aa'), label(name));
const grid = (...children) => stage({ flexWrap: 'wrap', gap: 8, padding: 10, alignContent: 'center' }, ...children);

// filter
add('filter-blur-glow', scene({},
  blob(30, 30, 120, '#8b5cf6', { filter: 'blur(30px)' }),
  blob(150, 60, 110, '#06b6d4', { filter: 'blur(24px)' }),
  div({ position: 'absolute', left: 24, top: 70, fontSize: 34, fontWeight: 700, color: 'white' }, 'Launch week'),
  div({ position: 'absolute', left: 24, top: 120, fontSize: 16, fontFamily: SERIF, color: '#e2e8f0', filter: 'blur(1px)' }, 'soft focus subtitle')));
add('filter-color-functions', grid(
  swatch('brightness', { filter: 'brightness(1.5)' }),
  swatch('contrast', { filter: 'contrast(1.8)' }),
  swatch('grayscale', { filter: 'grayscale(100%)' }),
  swatch('sepia', { filter: 'sepia(0.9)' }),
  swatch('saturate', { filter: 'saturate(3)' }),
  swatch('hue-rotate', { filter: 'hue-rotate(120deg)' }),
  swatch('invert', { filter: 'invert(1)' }),
  swatch('opacity', { filter: 'opacity(40%)' })));
add('filter-drop-shadow', stage({ gap: 24, backgroundColor: '#f1f5f9' },
  div({ width: 70, height: 70, filter: 'drop-shadow(0 8px 6px rgba(15, 23, 42, 0.45))', alignItems: 'center', justifyContent: 'center' },
    div({ width: 60, height: 60, backgroundColor: '#f43f5e', borderRadius: '50% 50% 50% 0' })),
  div({ fontFamily: SERIF, fontSize: 40, fontWeight: 700, color: '#fbbf24', filter: 'drop-shadow(3px 3px 0 #1e293b) drop-shadow(-1px -1px 2px #f43f5e)' }, 'Gala')));
add('filter-chain-card', div({ width: 300, height: 200, position: 'relative', fontFamily: 'Inter', backgroundColor: '#111827' },
  div({ position: 'absolute', left: 0, top: 0, width: 300, height: 200, backgroundImage: `url(${PNG_RED_BLUE})`, backgroundSize: 'cover', filter: 'grayscale(0.7) contrast(1.4) brightness(0.6) blur(2px)' }),
  div({ position: 'absolute', left: 20, bottom: 24, flexDirection: 'column', gap: 4, filter: 'sepia(0.4) saturate(1.5) hue-rotate(-20deg)' },
    div({ fontSize: 28, fontWeight: 700, color: '#a5f3fc' }, 'Chained filters'),
    div({ fontSize: 14, fontFamily: MONO, color: '#fde68a' }, 'grayscale contrast blur'))));

// backdropFilter
const backdrop = (...children) => scene({ backgroundImage: 'linear-gradient(120deg, #f43f5e, #f59e0b 40%, #10b981 70%, #3b82f6)', alignItems: 'center', justifyContent: 'center' },
  blob(20, 20, 80, '#1e1b4b'), blob(200, 110, 70, '#fef08a'), div({ position: 'absolute', left: 0, top: 95, width: 300, height: 10, backgroundColor: '#0f172a' }),
  ...children);
add('backdrop-blur-glass', backdrop(
  div({ width: 200, height: 110, borderRadius: 18, backdropFilter: 'blur(10px)', backgroundColor: 'rgba(255, 255, 255, 0.25)', border: '1px solid rgba(255,255,255,0.5)', flexDirection: 'column', padding: 16, boxSizing: 'border-box', gap: 6 },
    div({ fontSize: 22, fontWeight: 700, color: 'white' }, 'Frosted glass'),
    div({ fontSize: 13, fontFamily: SERIF, color: '#0f172a' }, 'backdrop-filter: blur'))));
add('backdrop-functions', backdrop(
  div({ width: 120, height: 130, borderRadius: 12, backdropFilter: 'grayscale(1) brightness(0.7)', marginRight: 12, color: 'white', fontWeight: 700, padding: 10 }, 'grayscale'),
  div({ width: 120, height: 130, borderRadius: '50%', WebkitBackdropFilter: 'saturate(2.5) invert(0.2) blur(3px)', backdropFilter: 'saturate(2.5) invert(0.2) blur(3px)', color: '#0f172a', fontWeight: 700, alignItems: 'center', justifyContent: 'center' }, 'saturate')));

// clipPath
add('clip-circle-ellipse', stage({ gap: 14, backgroundColor: '#fafaf9' },
  img(PNG_RED_BLUE, 80, 80, { objectFit: 'cover', clipPath: 'circle(50%)' }),
  div({ width: 80, height: 80, backgroundImage: 'linear-gradient(#0ea5e9, #1e3a8a)', clipPath: 'ellipse(45% 30% at 50% 40%)' }),
  div({ width: 70, height: 70, padding: 10, border: '5px solid #f43f5e', backgroundColor: '#fde68a', clipPath: 'circle(closest-side at 40% 50%) content-box' })));
add('clip-inset-polygon', stage({ gap: 14, backgroundColor: '#f8fafc' },
  div({ width: 90, height: 70, backgroundColor: '#6366f1', clipPath: 'inset(8px 12px round 14px 4px)', color: 'white', alignItems: 'center', justifyContent: 'center', fontWeight: 700 }, 'NEW'),
  div({ width: 80, height: 70, backgroundImage: 'linear-gradient(#facc15, #ea580c)', clipPath: 'polygon(50% 0%, 100% 100%, 0% 100%)' }),
  div({ width: 80, height: 80, backgroundColor: '#0f766e', clipPath: 'polygon(evenodd, 50% 0%, 79% 90%, 2% 35%, 98% 35%, 21% 90%)' })));
add('clip-path-shapes', stage({ gap: 16, backgroundColor: '#fff1f2' },
  div({ width: 80, height: 72, backgroundColor: '#e11d48', clipPath: "path('M40 70 L6 36 A17 17 0 0 1 40 12 A17 17 0 0 1 74 36 Z')" }),
  div({ width: 100, height: 60, padding: 8, backgroundColor: '#fb7185', border: '6px solid #881337', clipPath: 'inset(0 round 20px) padding-box', fontFamily: SERIF, fontSize: 22, fontWeight: 700, color: 'white' }, 'Ticket')));

// mask-image
add('mask-linear-fade', stage({ backgroundColor: '#0f172a', padding: 20, boxSizing: 'border-box', alignItems: 'flex-start' },
  div({ flexDirection: 'column', gap: 6, width: 260, height: 160, WebkitMaskImage: 'linear-gradient(to bottom, black 40%, transparent)', maskImage: 'linear-gradient(to bottom, black 40%, transparent)' },
    div({ fontFamily: SERIF, fontWeight: 700, color: 'white', fontSize: 24 }, 'Release notes'),
    div({ display: 'block', color: '#e2e8f0', fontSize: 17, lineHeight: 1.5 }, 'A long changelog that fades out toward the bottom of the card instead of being cut off by the edge.'))));
add('mask-radial-and-tiles', stage({ gap: 16, backgroundColor: '#fefce8' },
  div({ width: 110, height: 110, backgroundImage: 'linear-gradient(45deg, #7c3aed, #db2777)', maskImage: 'radial-gradient(circle, black 50%, transparent 70%)' }),
  div({ width: 110, height: 110, backgroundColor: '#0f172a', WebkitMaskImage: 'radial-gradient(circle, black 5px, transparent 6px)', WebkitMaskSize: '22px 22px', WebkitMaskPosition: 'center' })));
add('mask-url-image', stage({ gap: 16, backgroundColor: '#ecfeff' },
  div({ width: 96, height: 96, backgroundImage: 'linear-gradient(#14b8a6, #1e3a8a)', maskImage: `url(${PNG_TRIANGLE})`, maskSize: 'contain', maskRepeat: 'no-repeat' }),
  div({ width: 96, height: 64, backgroundColor: '#ea580c', maskImage: `url(${PNG_TRIANGLE})`, maskSize: '32px 32px', maskRepeat: 'repeat-x', maskPosition: '0 50%' })));

// mixBlendMode
const BLENDS = ['multiply', 'screen', 'overlay', 'darken', 'lighten', 'color-dodge', 'color-burn', 'hard-light', 'soft-light', 'difference', 'exclusion', 'hue', 'saturation', 'color', 'luminosity', 'plus-lighter'];
add('blend-modes', div({ width: 300, height: 200, flexWrap: 'wrap', backgroundColor: 'white', padding: 6, gap: 4, fontFamily: MONO },
  ...BLENDS.map((mode) => div({ width: 68, height: 43, backgroundImage: 'linear-gradient(90deg, #1d4ed8, #facc15 60%, #f43f5e)', alignItems: 'flex-end', justifyContent: 'flex-end' },
    div({ width: 44, height: 30, backgroundColor: 'rgba(16, 185, 129, 0.85)', borderRadius: 6, mixBlendMode: mode, fontSize: 8, color: '#7c2d12' }, mode.slice(0, 7))))));
add('blend-text-card', div({ width: 300, height: 200, position: 'relative', fontFamily: 'Inter', backgroundImage: 'linear-gradient(90deg, #ffffff 50%, #0f172a 50%)' },
  div({ position: 'absolute', left: 30, top: 40, fontSize: 44, fontWeight: 700, color: 'white', mixBlendMode: 'difference' }, 'Contrast'),
  div({ position: 'absolute', left: 30, top: 110, width: 240, height: 50, backgroundColor: '#f43f5e', mixBlendMode: 'multiply', fontFamily: SERIF, fontSize: 28, fontWeight: 700, color: '#fde047', paddingLeft: 10 }, 'multiply')));

add('blend-isolated-by-stacking-context', div({ width: 300, height: 200, position: 'relative', fontFamily: 'Inter', backgroundImage: 'linear-gradient(90deg, #0ea5e9, #f43f5e)' },
  div({ position: 'absolute', left: 20, top: 30, width: 120, height: 140, zIndex: 1, backgroundColor: 'rgba(255,255,255,0.3)' },
    div({ width: 80, height: 80, margin: 20, borderRadius: 40, backgroundColor: '#facc15', mixBlendMode: 'difference' })),
  div({ position: 'absolute', left: 160, top: 30, width: 120, height: 140, transform: 'rotate(4deg)', backgroundColor: 'rgba(255,255,255,0.3)' },
    div({ width: 80, height: 80, margin: 20, borderRadius: 40, backgroundColor: '#facc15', mixBlendMode: 'multiply' }, div({ fontSize: 16, fontWeight: 700, color: '#1e3a8a', padding: 24 }, 'Aa')))));

// text: decoration thickness, fill colour
add('text-decoration-thickness', stage({ flexDirection: 'column', gap: 8, alignItems: 'flex-start', padding: 16 },
  div({ fontSize: 22, textDecoration: 'underline', textDecorationThickness: 1 }, 'Thin underline'),
  div({ fontSize: 22, fontWeight: 700, textDecorationLine: 'underline', textDecorationColor: '#f43f5e', textDecorationThickness: 4 }, 'Bold 4px rule'),
  div({ fontSize: 24, fontFamily: SERIF, fontWeight: 700, textDecoration: 'line-through 0.1em #2563eb' }, 'Struck serif'),
  div({ fontSize: 18, fontFamily: MONO, textDecoration: 'underline', textDecorationThickness: 'from-font' }, 'mono from-font')));
add('text-fill-color', stage({ flexDirection: 'column', gap: 8 },
  div({ fontSize: 40, fontWeight: 700, backgroundImage: 'linear-gradient(90deg, #f43f5e, #8b5cf6)', WebkitBackgroundClip: 'text', backgroundClip: 'text', WebkitTextFillColor: 'transparent' }, 'Gradient'),
  div({ fontSize: 28, fontFamily: SERIF, fontWeight: 700, color: '#1d4ed8', WebkitTextFillColor: '#f59e0b', textDecoration: 'underline' }, 'Fill over color'),
  div({ fontSize: 24, fontFamily: MONO, WebkitTextFillColor: 'white', WebkitTextStroke: '1px #0f172a' }, span({ color: 'red' }, 'inherited'))));

// objectFit on a background (ignored by Chromium: object-fit applies to replaced elements) and imageRendering
add('object-fit-background', stage({ gap: 16 },
  div({ width: 110, height: 80, backgroundImage: `url(${PNG_RED_BLUE})`, objectFit: 'cover', backgroundRepeat: 'no-repeat' }),
  div({ width: 110, height: 80, backgroundImage: `url(${PNG_RED_BLUE})`, backgroundSize: 'cover', objectFit: 'contain' })));
add('image-rendering-pixelated', stage({ gap: 12, backgroundColor: '#f5f5f4' },
  img(PNG_PIXELS, 72, 72, { imageRendering: 'pixelated' }),
  img(PNG_PIXELS, 72, 72),
  div({ width: 72, height: 72, imageRendering: 'pixelated', backgroundImage: `url(${PNG_PIXELS})`, backgroundSize: '36px 36px' })));

// effects with positioned descendants (painted inside the group) and with transforms (filters and clips move with the element)
add('positioned-children-in-group', scene({ backgroundColor: '#f8fafc' },
  div({ position: 'absolute', left: 30, top: 30, width: 240, height: 140, borderRadius: 16, backgroundColor: '#1e293b', filter: 'sepia(0.8) drop-shadow(0 6px 8px rgba(0,0,0,0.5))', opacity: 0.9 },
    div({ position: 'absolute', right: -12, top: -12, padding: '4px 10px', borderRadius: 999, backgroundColor: '#22d3ee', fontWeight: 700, fontSize: 14 }, 'LIVE'),
    div({ position: 'absolute', left: 16, bottom: 16, fontFamily: SERIF, fontSize: 26, fontWeight: 700, color: '#bae6fd' }, 'Keynote'))));
add('transformed-effects', stage({ gap: 30, backgroundColor: '#ecfdf5' },
  div({ width: 90, height: 90, backgroundColor: '#059669', transform: 'rotate(-12deg)', clipPath: 'inset(6px round 18px)', filter: 'drop-shadow(6px 6px 0 #064e3b)', alignItems: 'center', justifyContent: 'center', color: 'white', fontWeight: 700, fontSize: 20 }, 'v2'),
  div({ width: 90, height: 60, backgroundImage: 'linear-gradient(90deg, #f59e0b, #ef4444)', transform: 'scale(1.2) skewX(-8deg)', filter: 'blur(2px) saturate(1.6)', WebkitMaskImage: 'linear-gradient(black 60%, transparent)' })));

// a card using several effects at once
add('card-glass-og', div({ width: 600, height: 315, position: 'relative', fontFamily: 'Inter', backgroundColor: '#020617', overflow: 'hidden' },
  blob(-40, -60, 260, '#7c3aed', { filter: 'blur(50px)' }),
  blob(380, 120, 240, '#0891b2', { filter: 'blur(60px) saturate(1.5)' }),
  div({ position: 'absolute', left: 40, top: 40, width: 520, height: 235, borderRadius: 24, backdropFilter: 'blur(16px)', backgroundColor: 'rgba(255,255,255,0.08)', border: '1px solid rgba(255,255,255,0.2)', flexDirection: 'column', padding: 32, boxSizing: 'border-box', gap: 12 },
    div({ fontFamily: SERIF, fontSize: 44, fontWeight: 700, color: 'white', filter: 'drop-shadow(0 4px 8px rgba(0,0,0,0.6))' }, 'Effects, natively'),
    div({ fontSize: 20, color: '#cbd5e1', WebkitMaskImage: 'linear-gradient(90deg, black 70%, transparent)' }, 'filters, masks, clip paths and blend modes as Chromium draws them'),
    div({ flexDirection: 'row', gap: 10, marginTop: 8 },
      img(PNG_RED_BLUE, 40, 40, { clipPath: 'circle(50%)', objectFit: 'cover' }),
      div({ fontFamily: MONO, fontSize: 16, color: '#a5f3fc', alignSelf: 'center', mixBlendMode: 'screen' }, '@ogsmith')))), 600, 315);

export default cases;
