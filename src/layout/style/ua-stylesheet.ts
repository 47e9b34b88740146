// The browser's UA stylesheet for the HTML elements ogsmith knows (Chromium's html.css values), applied before inline styles.
import type { Display } from './types.js';

type Declarations = Readonly<Record<string, string | number>>;

interface UaRule {
  readonly display: Display;
  /** Declarations as an inline style object would write them (em lengths resolve against the element's own font size). */
  readonly style?: Declarations;
}

const BLOCK_MARGINS = (em: string): Declarations => ({ marginTop: em, marginBottom: em });
const HEADING = (fontSize: string | null, margin: string): UaRule => ({ display: 'block', style: { ...(fontSize ? { fontSize } : {}), fontWeight: 'bold', ...BLOCK_MARGINS(margin) } });
const MONOSPACE: Declarations = { fontFamily: 'monospace' };
const ITALIC: Declarations = { fontStyle: 'italic' };
const LIST: Declarations = { ...BLOCK_MARGINS('1em'), paddingLeft: 40 };
const INDENTED: Declarations = { ...BLOCK_MARGINS('1em'), marginLeft: 40, marginRight: 40 };

/**
 * One rule per element, values read from Chromium 156's computed styles (its html.css). Not here
 * (documented in docs/css.md): div (display: flex, the satori convention, in working-style.ts),
 * span/img/svg (no UA declarations).
 */
const RULES = {
  p: { display: 'block', style: BLOCK_MARGINS('1em') },
  h1: HEADING('2em', '0.67em'),
  h2: HEADING('1.5em', '0.83em'),
  h3: HEADING('1.17em', '1em'),
  h4: HEADING(null, '1.33em'),
  h5: HEADING('0.83em', '1.67em'),
  h6: HEADING('0.67em', '2.33em'),
  section: { display: 'block' },
  header: { display: 'block' },
  footer: { display: 'block' },
  main: { display: 'block' },
  article: { display: 'block' },
  aside: { display: 'block' },
  nav: { display: 'block' },
  hgroup: { display: 'block' },
  search: { display: 'block' },
  figcaption: { display: 'block' },
  dt: { display: 'block' },
  address: { display: 'block', style: ITALIC },
  blockquote: { display: 'block', style: INDENTED },
  figure: { display: 'block', style: INDENTED },
  dl: { display: 'block', style: BLOCK_MARGINS('1em') },
  dd: { display: 'block', style: { marginLeft: 40 } },
  pre: { display: 'block', style: { ...MONOSPACE, whiteSpace: 'pre', ...BLOCK_MARGINS('1em') } },
  // Chromium draws its default hr in 154 grey above and 238 below, not the shades of its computed gray (44 and 212, as for
  // any other inset border): these side colours, shaded as inset, give what it draws. Its own borderColor is shaded as usual.
  hr: { display: 'block', style: { color: 'gray', borderStyle: 'inset', borderWidth: 1, borderTopColor: '#eeeeee', borderLeftColor: '#eeeeee', borderBottomColor: '#9a9a9a', borderRightColor: '#9a9a9a', ...BLOCK_MARGINS('0.5em'), marginLeft: 'auto', marginRight: 'auto', overflow: 'hidden' } },
  ul: { display: 'block', style: { listStyleType: 'disc', ...LIST } },
  menu: { display: 'block', style: { listStyleType: 'disc', ...LIST } },
  ol: { display: 'block', style: { listStyleType: 'decimal', ...LIST } },
  // display: list-item is a block box with a marker (list-marker.ts paints it).
  li: { display: 'block' },
  a: { display: 'inline' },
  abbr: { display: 'inline' },
  b: { display: 'inline', style: { fontWeight: 'bolder' } },
  strong: { display: 'inline', style: { fontWeight: 'bolder' } },
  br: { display: 'inline', style: { whiteSpace: 'pre' } },
  cite: { display: 'inline', style: ITALIC },
  dfn: { display: 'inline', style: ITALIC },
  em: { display: 'inline', style: ITALIC },
  i: { display: 'inline', style: ITALIC },
  var: { display: 'inline', style: ITALIC },
  code: { display: 'inline', style: MONOSPACE },
  kbd: { display: 'inline', style: MONOSPACE },
  samp: { display: 'inline', style: MONOSPACE },
  tt: { display: 'inline', style: MONOSPACE },
  data: { display: 'inline' },
  time: { display: 'inline' },
  label: { display: 'inline' },
  del: { display: 'inline', style: { textDecoration: 'line-through' } },
  s: { display: 'inline', style: { textDecoration: 'line-through' } },
  ins: { display: 'inline', style: { textDecoration: 'underline' } },
  u: { display: 'inline', style: { textDecoration: 'underline' } },
  mark: { display: 'inline', style: { backgroundColor: 'yellow', color: 'black' } },
  small: { display: 'inline', style: { fontSize: 'smaller' } },
  big: { display: 'inline', style: { fontSize: 'larger' } },
  sub: { display: 'inline', style: { fontSize: 'smaller', verticalAlign: 'sub' } },
  sup: { display: 'inline', style: { fontSize: 'smaller', verticalAlign: 'super' } },
} as const satisfies Record<string, UaRule>;

export type HtmlElement = keyof typeof RULES;
/** The HTML element names with UA rules, in table order. */
export const HTML_ELEMENTS = Object.keys(RULES) as HtmlElement[];

/** `a:any-link`: only an `a` with an href is a link (blue and underlined); without one it is plain text. */
const LINK: Declarations = { color: '#0000ee', textDecoration: 'underline' };
/** Lists inside lists: no block margins, and circle then square bullets for unordered ones. */
const NESTED_LIST: Declarations = { marginTop: 0, marginBottom: 0 };

/** Where an element sits, as far as the UA rules look: its link target and the lists around it. */
export interface UaContext {
  readonly hasHref: boolean;
  /** ul/ol/menu ancestors, not counting the element itself. */
  readonly enclosingLists: number;
}

/** The element's initial display under the UA stylesheet (div: flex, img: block, others inline). */
export function uaDisplay(type: string): Display {
  if (type === 'div') return 'flex';
  if (type === 'img') return 'block';
  const rule = (RULES as Readonly<Record<string, UaRule>>)[type];
  return rule?.display ?? 'inline';
}

/** The UA declarations of an element, or undefined when it has none. */
export function uaDeclarations(type: string, context: UaContext): Declarations | undefined {
  if (type === 'a') return context.hasHref ? LINK : undefined;
  const own = (RULES as Readonly<Record<string, UaRule>>)[type]?.style;
  const isList = type === 'ul' || type === 'ol' || type === 'menu';
  if (!isList || context.enclosingLists === 0) return own;
  const nested = type === 'ol' ? NESTED_LIST : { ...NESTED_LIST, listStyleType: context.enclosingLists === 1 ? 'circle' : 'square' };
  return { ...own, ...nested };
}

/**
 * The declarations in cascade order: UA rules the element's own style does not set, then its own.
 * Kept as an ordered object so that a shorthand and its longhands still apply in the order written.
 */
export function cascade(ua: Declarations | undefined, own: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  if (!ua) return own;
  if (!own) return ua;
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ua)) if (!(name in own)) merged[name] = value;
  return Object.assign(merged, own);
}
