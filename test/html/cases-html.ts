// Cards written as HTML (indented, with entities and inline runs) and the same cards as element trees, for the oracle comparison.
const FONTS = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
] as const;

interface Element {
  readonly type: string;
  readonly props: { readonly style?: Readonly<Record<string, string | number>>; readonly children?: readonly (Element | string)[]; readonly [name: string]: unknown };
}
const h = (type: string, style: Readonly<Record<string, string | number>>, ...children: (Element | string)[]): Element => ({ type, props: { style, children } });

const PNG_40x20 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';

export interface HtmlCase {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly fonts: typeof FONTS;
  /** The card as HTML, laid out from parseHtml(). */
  readonly html: string;
  /** The same card as an element tree (what JSX would give): its boxes and line texts must equal the HTML's. */
  readonly element: Element;
}

export const htmlCases: readonly HtmlCase[] = [
  {
    name: 'html-card-flex',
    width: 600,
    height: 315,
    fonts: FONTS,
    html: `
<div style="display: flex; flex-direction: column; justify-content: space-between; width: 600px; height: 315px; padding: 32px; box-sizing: border-box; background: #0f172a; color: white">
  <div style="display: flex; align-items: center; gap: 12px">
    <img src="${PNG_40x20}" width="40" height="20" alt="logo">
    <span style="font-size: 18px; color: #94a3b8">ogsmith &middot; docs</span>
  </div>
  <h1 style="margin: 0; font-size: 44px; font-weight: 700; line-height: 1.1">
    Cards from HTML &amp; JSX &mdash; the&nbsp;same boxes
  </h1>
  <p style="display: block; margin: 0; font-size: 20px; color: #cbd5e1">
    Written by <span style="color: #f472b6; font-weight: 700">Ada</span>,
    read in 4&nbsp;min
  </p>
</div>
`,
    element: h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '600px', height: '315px', padding: '32px', boxSizing: 'border-box', background: '#0f172a', color: 'white' },
      h('div', { display: 'flex', alignItems: 'center', gap: '12px' },
        { type: 'img', props: { src: PNG_40x20, width: '40', height: '20', alt: 'logo' } },
        h('span', { fontSize: '18px', color: '#94a3b8' }, 'ogsmith \u00b7 docs')),
      h('h1', { margin: '0', fontSize: '44px', fontWeight: '700', lineHeight: '1.1' }, 'Cards from HTML & JSX \u2014 the\u00a0same boxes'),
      h('p', { display: 'block', margin: '0', fontSize: '20px', color: '#cbd5e1' }, 'Written by ', h('span', { color: '#f472b6', fontWeight: '700' }, 'Ada'), ', read in 4\u00a0min')),
  },
  {
    name: 'html-block-inline-runs',
    width: 400,
    height: 240,
    fonts: FONTS,
    html: `<div style="display: block; width: 360px; padding: 20px; font-size: 22px; background: #f1f5f9">
    <span style="font-weight: 700">Whitespace</span>
    <span style="color: #2563eb">between</span>   <span>inline</span>
    boxes collapses to one space,
    and line breaks in the source are spaces too.
    <div style="display: block; margin-top: 8px">A block &lt;div&gt; after them</div>
</div>`,
    element: h('div', { display: 'block', width: '360px', padding: '20px', fontSize: '22px', background: '#f1f5f9' },
      h('span', { fontWeight: '700' }, 'Whitespace'), ' ', h('span', { color: '#2563eb' }, 'between'), ' ', h('span', {}, 'inline'),
      ' boxes collapses to one space, and line breaks in the source are spaces too.',
      h('div', { display: 'block', marginTop: '8px' }, 'A block <div> after them')),
  },
];
