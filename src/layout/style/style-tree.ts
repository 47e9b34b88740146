// Style stage: computes the style of every element, parents before children.
import type { ElementNode } from '../element/types.js';
import { resolveStyle } from './resolve.js';
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

/** img width/height attributes act as CSS width/height that the style object overrides (HTML presentational hints). */
function withPresentationalHints(node: ElementNode): Readonly<Record<string, unknown>> | undefined {
  const image = node.image;
  if (!image || (image.width === undefined && image.height === undefined)) return node.style;
  const hints: Record<string, unknown> = {};
  if (image.width !== undefined) hints.width = image.width;
  if (image.height !== undefined) hints.height = image.height;
  return { ...hints, ...node.style };
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
  const rootStyle = resolveStyle(withPresentationalHints(root), null, context(root, rootFontSize));
  styles[root.id] = rootStyle;
  const stack: { node: ElementNode; style: ComputedStyle }[] = [{ node: root, style: rootStyle }];
  while (stack.length > 0) {
    const { node, style } = stack.pop()!;
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const childStyle = resolveStyle(withPresentationalHints(child), style, context(child, rootFontSize));
      styles[child.id] = childStyle;
      stack.push({ node: child, style: childStyle });
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
