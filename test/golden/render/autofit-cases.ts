// Autofit golden cards: the same OG card with titles of 3, 12 and 40 words, an unbreakable one, spans, per-line headlines and a clamped title.
const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const div = (style: Record<string, unknown>, ...children: unknown[]) => h('div', style, ...children);

export const TITLES = {
  '3-words': 'Autofit just works',
  '12-words': 'One card template for every title, from a tweet to a headline',
  '40-words':
    'Open Graph cards are mostly text whose length nobody knows in advance: a release note, a blog post with a long headline, a product page, a talk, a recipe, and all of them must fit the same card without clipping',
  unbreakable: 'Pneumonoultramicroscopicsilicovolcanoconiosis',
} as const;

/** The card: a header, a title that fills the free space with textFit, and a footer. */
export function autofitCard(title: string | readonly unknown[], titleStyle: Record<string, unknown> = {}): unknown {
  return div(
    { width: 1200, height: 630, boxSizing: 'border-box', padding: 64, flexDirection: 'column', color: '#f8fafc', backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 70%, #6d28d9 100%)' },
    div({ fontSize: 28, color: '#a5b4fc', marginBottom: 24 }, 'ogsmith.dev / blog'),
    div({ flexGrow: 1, fontSize: 72, fontWeight: 700, lineHeight: 1.1, alignItems: 'center', textFit: 'both', textFitMinSize: 28, textFitMaxSize: 180, ...titleStyle }, title),
    div({ fontSize: 26, marginTop: 24, justifyContent: 'space-between', color: '#cbd5e1' }, div({}, 'Ada Lovelace'), div({}, '26 November 2026')),
  );
}

export const AUTOFIT_CASES: readonly { readonly name: string; readonly element: unknown }[] = [
  ...Object.entries(TITLES).map(([name, title]) => ({ name: `autofit-${name}`, element: autofitCard(title) })),
  { name: 'autofit-per-line', element: autofitCard('Big news:\nevery line gets its own size\nto fill the card', { whiteSpace: 'pre-line', textFit: 'both per-line', lineHeight: 1 }) },
  {
    name: 'autofit-spans',
    element: autofitCard(['Release ', h('span', { color: '#fbbf24', backgroundColor: 'rgba(255,255,255,0.12)', padding: '0 12px', borderRadius: 12 }, 'v2.0'), ' brings autofit to every card you make'], { display: 'block', letterSpacing: '-0.02em' }),
  },
  { name: 'autofit-clamped', element: autofitCard(`${TITLES['40-words']} ${TITLES['40-words']} ${TITLES['40-words']}`, { textFitMinSize: 40 }) },
];
