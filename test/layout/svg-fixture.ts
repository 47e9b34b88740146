// Test helper: drops what the browser recorded inside inline svg elements (their shapes' boxes), which ogsmith draws as one image.
import type { FixtureBox, FixtureText } from './compare-layout.js';

interface ElementLike { readonly type?: unknown; readonly props?: { readonly children?: unknown } }

/** Children as the oracle lists them: flattened, without null, undefined, booleans and ''. */
function childrenOf(node: ElementLike): unknown[] {
  const c = node.props?.children;
  if (c === undefined || c === null || c === false) return [];
  return (Array.isArray(c) ? c.flat(Infinity) : [c]).filter((x) => x !== null && x !== undefined && x !== false && x !== true && x !== '');
}

/** The browser's tree with the children of every inline `svg` element removed (the element tree and the fixture walk in step). */
export function withoutSvgContent(expected: FixtureBox, element: unknown): FixtureBox {
  const node = element as ElementLike;
  if (node.type === 'svg') return { ...expected, children: [] };
  const children = childrenOf(node);
  return {
    ...expected,
    children: expected.children.map((child, i): FixtureBox | FixtureText => ('text' in child ? child : withoutSvgContent(child, children[i]))),
  };
}
