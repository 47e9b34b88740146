// Style stage: computes the style of every element, parents before children.
import type { ElementNode } from '../element/types.js';
import { resolveStyle } from './resolve.js';
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
  });
  // rem is relative to the html element, which keeps the initial 16px (the element tree's root is its descendant).
  const rootFontSize = HTML_FONT_SIZE;
  const rootStyle = resolveStyle(withPresentationalHints(root, 0), null, context(root, rootFontSize));
  styles[root.id] = rootStyle;
  const stack: { node: ElementNode; style: ComputedStyle; lists: number }[] = [{ node: root, style: rootStyle, lists: LISTS.has(root.type) ? 1 : 0 }];
  while (stack.length > 0) {
    const { node, style, lists } = stack.pop()!;
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const childStyle = resolveStyle(withPresentationalHints(child, lists), style, context(child, rootFontSize));
      styles[child.id] = childStyle;
      stack.push({ node: child, style: childStyle, lists: lists + (LISTS.has(child.type) ? 1 : 0) });
    }
  }
  const anonymousCache = new Map<ComputedStyle, ComputedStyle>();
  const anonymousStyle = (parent: ComputedStyle): ComputedStyle => {
    const cached = anonymousCache.get(parent);
    if (cached) return cached;
    const resolved = resolveStyle(ANONYMOUS_BLOCK, parent, { ...context(root, rootFontSize), path: `${root.path} (anonymous)`, elementType: 'div' });
    // line-clamp and text-overflow reach the text of a flex container too (ogsmith clamps in any display; browsers only in blocks).
    const overflowing = parent.textOverflow !== 'clip' && parent.overflowX !== 'visible';
    const style = parent.lineClamp === 'none' && !overflowing ? resolved : { ...resolved, lineClamp: parent.lineClamp, textOverflow: parent.textOverflow, overflowX: overflowing ? parent.overflowX : resolved.overflowX };
    anonymousCache.set(parent, style);
    return style;
  };
  return { styles, anonymousStyle };
}
