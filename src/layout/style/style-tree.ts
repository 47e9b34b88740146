// Style stage: computes the style of every element, parents before children.
import type { ElementNode } from '../element/types.js';
import { resolveStyle } from './resolve.js';
import { cachedStyle, rememberStyle, styleKey } from './style-cache.js';
import { cascade, uaDeclarations } from './ua-stylesheet.js';
import type { ComputedStyle, StyleContext } from './types.js';

export interface StyleTreeOptions {
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  readonly defaultFontFamily: string;
  readonly strict: boolean;
  readonly warnings: string[];
}

export interface StyleTree {
  /** Computed style per node id (undefined for text ids). */
  readonly styles: readonly (ComputedStyle | undefined)[];
  /** Style of an anonymous block box inside a parent with the given style. */
  readonly anonymousStyle: (parent: ComputedStyle) => ComputedStyle;
}

const ANONYMOUS_BLOCK = { display: 'block' } as const;
const ANONYMOUS_KEY = '(anonymous)';
/** Declarations longer than this (a data: URL background) are resolved per element: the cache would keep megabytes of keys. */
const MAX_SHARED_KEY = 4096;
/** Anonymous block styles that carry their parent's line clamp, per parent style. */
const clampedAnonymous = new WeakMap<ComputedStyle, ComputedStyle>();
const HTML_FONT_SIZE = 16;

const LISTS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu']);

/**
 * The element's declarations in cascade order: the UA stylesheet's, then img width/height attributes
 * as CSS width/height (HTML presentational hints), then the style object, which overrides both.
 */
function withPresentationalHints(node: ElementNode, enclosingLists: number): Readonly<Record<string, unknown>> | undefined {
  const ua = uaDeclarations(node.type, { hasHref: node.attributes.href !== undefined, enclosingLists });
  const image = node.image;
  if (!image || (image.width === undefined && image.height === undefined)) return cascade(ua, node.style);
  const hints: Record<string, unknown> = {};
  if (image.width !== undefined) hints.width = image.width;
  if (image.height !== undefined) hints.height = image.height;
  return cascade(ua, { ...hints, ...node.style });
}

/**
 * Key of an element's declarations for style sharing, or null when a value is not a string or number.
 * Elements of one type (and lang) with the same declarations under the same parent style compute the same style
 * (as browsers share styles between such siblings), so it is resolved once.
 */
function sharingKey(type: string, declarations: Readonly<Record<string, unknown>> | undefined): string | null {
  let key = type;
  if (!declarations) return key;
  for (const name in declarations) {
    const value = declarations[name];
    if (typeof value === 'string') key += `\u0000${name}\u0001${value}`;
    else if (typeof value === 'number') key += `\u0000${name}\u0002${value}`;
    else if (value !== undefined && value !== null) return null;
  }
  return key;
}

export function computeStyles(root: ElementNode, nodeCount: number, options: StyleTreeOptions): StyleTree {
  const styles: (ComputedStyle | undefined)[] = new Array<ComputedStyle | undefined>(nodeCount);
  const context = (node: ElementNode, rootFontSize: number): StyleContext => ({
    viewportWidth: options.viewportWidth,
    viewportHeight: options.viewportHeight,
    rootFontSize,
    defaultFontFamily: options.defaultFontFamily,
    path: node.path,
    elementType: node.type,
    strict: options.strict,
    warnings: options.warnings,
    ...(node.attributes.lang === undefined ? {} : { lang: node.attributes.lang }),
  });
  // rem is relative to the html element, which keeps the initial 16px (the element tree's root is its descendant).
  const rootFontSize = HTML_FONT_SIZE;
  const scope = `${options.viewportWidth}\u0005${options.viewportHeight}\u0005${rootFontSize}\u0005${options.defaultFontFamily}`;
  /** Resolves through the cross-render cache when the declarations have a key; a style that warned is not kept. */
  const styleOf = (declarations: Readonly<Record<string, unknown>> | undefined, key: string | null, parent: ComputedStyle | null, ctx: () => StyleContext): ComputedStyle => {
    const cacheKey = key === null || key.length > MAX_SHARED_KEY ? null : styleKey(parent, scope, key);
    const hit = cacheKey === null ? undefined : cachedStyle(cacheKey);
    if (hit) return hit;
    const warningsBefore = options.warnings.length;
    const style = resolveStyle(declarations, parent, ctx());
    if (cacheKey !== null && options.warnings.length === warningsBefore) rememberStyle(cacheKey, style);
    return style;
  };
  const elementStyle = (node: ElementNode, parent: ComputedStyle | null, lists: number): ComputedStyle => {
    const declarations = withPresentationalHints(node, lists);
    const key = sharingKey(node.attributes.lang === undefined ? node.type : `${node.type}\u0003${node.attributes.lang}`, declarations);
    return styleOf(declarations, key, parent, () => context(node, rootFontSize));
  };
  const rootStyle = elementStyle(root, null, 0);
  styles[root.id] = rootStyle;
  const stack: { node: ElementNode; style: ComputedStyle; lists: number }[] = [{ node: root, style: rootStyle, lists: LISTS.has(root.type) ? 1 : 0 }];
  while (stack.length > 0) {
    const { node, style, lists } = stack.pop()!;
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const childStyle = elementStyle(child, style, lists);
      styles[child.id] = childStyle;
      stack.push({ node: child, style: childStyle, lists: lists + (LISTS.has(child.type) ? 1 : 0) });
    }
  }
  const anonymousStyle = (parent: ComputedStyle): ComputedStyle => {
    const resolved = styleOf(ANONYMOUS_BLOCK, ANONYMOUS_KEY, parent, () => {
      const { lang: _rootLang, ...rootContext } = context(root, rootFontSize);
      return { ...rootContext, path: `${root.path} (anonymous)`, elementType: 'div' };
    });
    // line-clamp and text-overflow reach the text of a flex container too (ogsmith clamps in any display; browsers only in blocks).
    const overflowing = parent.textOverflow !== 'clip' && parent.overflowX !== 'visible';
    if (parent.lineClamp === 'none' && !overflowing) return resolved;
    let style = clampedAnonymous.get(parent);
    if (!style) {
      style = { ...resolved, lineClamp: parent.lineClamp, textOverflow: parent.textOverflow, overflowX: overflowing ? parent.overflowX : resolved.overflowX };
      clampedAnonymous.set(parent, style);
    }
    return style;
  };
  return { styles, anonymousStyle };
}
