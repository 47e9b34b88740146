// Example cards of the @vercel/og documentation and of og-playground, reproduced as our own cases (1200×630, named `og-…`): what a next/og user brings over.
import { el, div, span, h, img, face, INTER_FONTS, PLAYFAIR_FONTS, FLAG_PNG, PNG_QUADRANTS } from './satori-kit.mjs';

const cases = [];
/** `source` names the example reproduced; satori draws all of them (they are its showcase). */
const add = (name, source, element, fonts = INTER_FONTS) => cases.push({ name: `og-${name}`, width: 1200, height: 630, fonts, element, satori: { test: source, supported: true } });
const card = (style, ...children) => div({ width: 1200, height: 630, fontFamily: 'Inter', ...style }, ...children);
const TRIANGLE = (props) => el('svg', { viewBox: '0 0 75 65', ...props }, el('path', { d: 'M37.59.25l36.95 64H.64l36.95-64z' }));
const DOTS = { backgroundColor: 'white', backgroundImage: 'radial-gradient(circle at 25px 25px, lightgray 2%, transparent 0%), radial-gradient(circle at 75px 75px, lightgray 2%, transparent 0%)', backgroundSize: '100px 100px' };

// The canonical route of issue 18: a dark card with a UA-styled h1.
add('canonical-route', 'next/og route of issue 18', card({ backgroundColor: '#0f172a', color: 'white' }, h('h1', { fontSize: 64 }, 'hello-world-from-next-og')));

// @vercel/og docs (vercel.com/docs/og-image-generation/examples and the vercel-og-nextjs example).
add('docs-static-text', '@vercel/og README: quick start', card({ alignItems: 'center', justifyContent: 'center', fontSize: 128, background: 'lavender' }, 'Hello!'));
add('docs-dynamic-title', '@vercel/og docs: dynamic title', card({ ...DOTS, backgroundColor: 'black', backgroundImage: 'radial-gradient(circle at 25px 25px, #333 2%, transparent 0%), radial-gradient(circle at 75px 75px, #333 2%, transparent 0%)', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', textAlign: 'center', flexWrap: 'nowrap' },
  div({ display: 'flex', alignItems: 'center', justifyContent: 'center' }, TRIANGLE({ height: 80, fill: 'white' })),
  div({ display: 'flex', fontSize: 60, color: 'white', marginTop: 30, padding: '0 120px', lineHeight: 1.4, whiteSpace: 'pre-wrap', fontWeight: 700 }, 'Rendering social cards at the edge, one title at a time')));
add('docs-vercel-card', '@vercel/og docs: Vercel card / og-playground: Vercel', card({ ...DOTS, height: 630, textAlign: 'center', alignItems: 'center', justifyContent: 'center', flexDirection: 'column', flexWrap: 'nowrap' },
  div({ display: 'flex', alignItems: 'center', justifyContent: 'center' }, TRIANGLE({ height: 80, fill: 'black', style: { margin: '0 75px' } })),
  div({ display: 'flex', fontSize: 40, fontStyle: 'normal', color: 'black', marginTop: 30, lineHeight: 1.8, whiteSpace: 'pre-wrap' }, h('b', {}, 'Vercel Edge Network'))));
add('docs-svg', '@vercel/og docs: SVG', card({ fontSize: 40, color: 'black', background: 'white', textAlign: 'center', alignItems: 'center', justifyContent: 'center' },
  el('svg', { fill: '#000000', viewBox: '0 0 284 65', width: 568, height: 130 }, el('path', { d: 'M141.68 16.25c-11.04 0-19 7.2-19 18s8.96 18 20 18c6.67 0 12.55-2.64 16.19-7.09l-7.65-4.42c-2.02 2.21-5.09 3.5-8.54 3.5-4.79 0-8.86-2.5-10.37-6.5h28.02c.22-1.12.35-2.28.35-3.5 0-10.79-7.96-17.99-19-17.99zm-9.46 14.5c1.25-3.99 4.67-6.5 9.45-6.5 4.79 0 8.21 2.51 9.45 6.5h-18.9zM248.72 16.25c-11.04 0-19 7.2-19 18s8.96 18 20 18c6.67 0 12.55-2.64 16.19-7.09l-7.65-4.42c-2.02 2.21-5.09 3.5-8.54 3.5-4.79 0-8.86-2.5-10.37-6.5h28.02c.22-1.12.35-2.28.35-3.5 0-10.79-7.96-17.99-19-17.99zm-9.45 14.5c1.25-3.99 4.67-6.5 9.45-6.5 4.79 0 8.21 2.51 9.45 6.5h-18.9zM200.24 34.25c0 6 3.92 10 10 10 4.12 0 7.21-1.87 8.8-4.92l7.68 4.43c-3.18 5.3-9.14 8.49-16.48 8.49-11.05 0-19-7.2-19-18s7.96-18 19-18c7.34 0 13.29 3.19 16.48 8.49l-7.68 4.43c-1.59-3.05-4.68-4.92-8.8-4.92-6.07 0-10 4-10 10zm82.48-29v46h-9v-46h9zM37.59.25l36.95 64H.64l36.95-64zm92.38 5l-27.71 48-27.71-48h10.39l17.32 30 17.32-30h10.39zm58.91 12v9.69c-1-.29-2.06-.49-3.2-.49-5.81 0-10 4-10 10v14.8h-9v-34h9v9.2c0-5.08 5.91-9.2 13.2-9.2z' }))));
add('docs-dynamic-image', '@vercel/og docs: dynamic external image', card({ fontSize: 60, color: 'black', background: '#f6f6f6', paddingTop: 50, flexDirection: 'column', justifyContent: 'center', alignItems: 'center' },
  img(PNG_QUADRANTS, { width: 256, height: 256, style: { borderRadius: 128 } }), h('p', {}, 'github.com/vercel')));
add('docs-custom-font', '@vercel/og docs: custom font', card({ backgroundColor: 'white', fontSize: 100, fontFamily: '"JetBrains Mono"', paddingTop: 100, paddingLeft: 50 }, 'Typewriter'), [face('jetbrains-mono', 'JetBrains Mono', 400)]);
add('docs-languages', '@vercel/og docs: internationalization (Latin subset)', card({ fontFamily: 'Roboto', fontSize: 40, color: 'black', background: 'white', padding: '50px 200px', textAlign: 'center', justifyContent: 'center', alignItems: 'center', flexDirection: 'column' }, div({}, 'Hello, Bonjour, Hallå, Grüß Gott'), div({}, 'Olá, ¡Hola! Ciao, Hej, Goedendag')), [face('roboto', 'Roboto', 400)]);
add('docs-tailwind', '@vercel/og docs: Tailwind CSS (the classes as the styles twrnc gives)', card({ flexDirection: 'column', alignItems: 'center', justifyContent: 'center', backgroundColor: 'white' },
  div({ display: 'flex', width: '100%', backgroundColor: '#f9fafb' },
    div({ display: 'flex', flexDirection: 'column', width: '100%', padding: '48px 32px', justifyContent: 'space-between' },
      h('h2', { display: 'flex', flexDirection: 'column', fontSize: 30, lineHeight: '36px', fontWeight: 700, letterSpacing: '-0.025em', color: '#111827', textAlign: 'left', margin: 0 }, span({}, 'Ready to dive in?'), span({ color: '#4f46e5' }, 'Start your free trial today.')),
      div({ marginTop: 32, display: 'flex' },
        div({ display: 'flex', borderRadius: 6, boxShadow: '0 1px 3px 0 rgba(0,0,0,0.1), 0 1px 2px -1px rgba(0,0,0,0.1)' }, div({ display: 'flex', alignItems: 'center', justifyContent: 'center', borderRadius: 6, border: '1px solid transparent', backgroundColor: '#4f46e5', padding: '12px 20px', fontSize: 16, lineHeight: '24px', fontWeight: 500, color: 'white' }, 'Get started')),
        div({ marginLeft: 12, display: 'flex', borderRadius: 6, boxShadow: '0 1px 3px 0 rgba(0,0,0,0.1), 0 1px 2px -1px rgba(0,0,0,0.1)' }, div({ display: 'flex', alignItems: 'center', justifyContent: 'center', borderRadius: 6, border: '1px solid transparent', backgroundColor: 'white', padding: '12px 20px', fontSize: 16, lineHeight: '24px', fontWeight: 500, color: '#4f46e5' }, 'Learn more')))))));

// og-playground cards (vercel/og-playground).
add('playground-helloworld', 'og-playground: helloworld', card({ flexDirection: 'column', alignItems: 'center', justifyContent: 'center', backgroundColor: '#fff', fontSize: 32, fontWeight: 600 },
  TRIANGLE({ width: 75, height: 65, fill: '#000', style: { margin: '0 75px' } }), div({ marginTop: 40 }, 'Hello, World')));
add('playground-rauchg', 'og-playground: rauchg', card({ alignItems: 'center', justifyContent: 'center', letterSpacing: '-.02em', fontWeight: 700, background: 'white' },
  div({ left: 42, top: 42, position: 'absolute', display: 'flex', alignItems: 'center' }, span({ width: 24, height: 24, background: 'black' }), span({ marginLeft: 8, fontSize: 20 }, 'rauchg.com')),
  div({ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', padding: '20px 50px', margin: '0 42px', fontSize: 40, width: 'auto', maxWidth: 550, textAlign: 'center', backgroundColor: 'black', color: 'white', lineHeight: 1.4 }, 'Making the Web. Faster.')));
const clipText = (from, to, text) => div({ backgroundImage: `linear-gradient(90deg, ${from}, ${to})`, backgroundClip: 'text', WebkitBackgroundClip: 'text', color: 'transparent' }, text);
add('playground-gradients', 'og-playground: Gradients', card({ alignItems: 'center', justifyContent: 'center', flexDirection: 'column', backgroundImage: 'linear-gradient(to bottom, #dbf4ff, #fff1f1)', fontSize: 60, letterSpacing: -2, fontWeight: 700, textAlign: 'center' },
  clipText('rgb(0, 124, 240)', 'rgb(0, 223, 216)', 'Develop'), clipText('rgb(121, 40, 202)', 'rgb(255, 0, 128)', 'Preview'), clipText('rgb(255, 77, 77)', 'rgb(249, 203, 40)', 'Ship')));
const swatch = (color, value, label) => div({ display: 'flex', flexDirection: 'column', marginBottom: 15, color }, value, div({ fontWeight: 400 }, label));
add('playground-color-models', 'og-playground: Color Models', card({ justifyContent: 'space-between', alignItems: 'flex-start', fontSize: 24, fontWeight: 600, textAlign: 'left', padding: 70, boxSizing: 'border-box', color: 'red', backgroundImage: 'linear-gradient(to right, #334d50, #cbcaa5)' },
  div({ display: 'flex', flexDirection: 'column' }, swatch('#fff', '#fff', 'hexadecimal'), swatch('#ffffff70', '#ffffff70', 'hexadecimal + transparency'), swatch('rgb(45, 45, 45)', 'rgb(45, 45, 45)', 'rgb'), swatch('rgb(45, 45, 45, 0.3)', 'rgb(45, 45, 45, 0.3)', 'rgba')),
  div({ display: 'flex', flexDirection: 'column' }, swatch('hsl(186, 22%, 26%)', 'hsl(186, 22%, 26%)', 'hsl'), swatch('hsla(186, 22%, 26%, 40%)', 'hsla(186, 22%, 26%, 40%)', 'hsla'), swatch('white', '"white"', 'predefined color names'), swatch('currentcolor', 'should be red', '"currentcolor"'))));
add('playground-serif-quote', 'og-playground style: a serif quote card with an image', card({ backgroundColor: '#fdf6e3', padding: 80, boxSizing: 'border-box', flexDirection: 'column', justifyContent: 'space-between', fontFamily: '"Playfair Display"' },
  div({ fontSize: 64, lineHeight: 1.2, color: '#073642' }, '“The details are not the details. They make the design.”'),
  div({ alignItems: 'center' }, img(FLAG_PNG, { width: 60, height: 40, style: { borderRadius: 6, marginRight: 20 } }), div({ fontSize: 32, color: '#586e75', fontWeight: 700 }, 'Charles Eames'))), PLAYFAIR_FONTS);

export default cases;
