// Text decorations propagate: an underline on an a, u or p also runs under the text of the elements inside it (CSS Text Decoration 3 §2).
import type { ElementNode } from '../../layout/element/types.js';
import type { ComputedStyle } from '../../layout/style/types.js';

function declaresDecoration(style: ComputedStyle): boolean {
  const line = style.paint.textDecorationLine ?? style.paint.textDecoration;
  return line !== undefined && !/^\s*none\b/i.test(line) && /underline|overline|line-through/i.test(line);
}

/**
 * The styles of the in-flow ancestors that declare a decoration, outermost first, per element id
 * (the element itself not included). Absolutely positioned elements and replaced elements (img, svg)
 * stop the propagation, as out-of-flow and atomic inline boxes do.
 */
export function propagatedDecorations(root: ElementNode, styleOf: (node: ElementNode) => ComputedStyle): ReadonlyMap<number, readonly ComputedStyle[]> {
  const out = new Map<number, readonly ComputedStyle[]>();
  const stack: { node: ElementNode; inherited: readonly ComputedStyle[] }[] = [{ node: root, inherited: [] }];
  while (stack.length > 0) {
    const { node, inherited } = stack.pop()!;
    const style = styleOf(node);
    const own = style.position === 'absolute' || node.image !== null ? [] : inherited;
    out.set(node.id, own);
    const passed = declaresDecoration(style) ? [...own, style] : own;
    for (const child of node.children) if (child.kind === 'element') stack.push({ node: child, inherited: passed });
  }
  return out;
}
