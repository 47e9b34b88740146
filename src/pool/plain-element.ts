// Turns any accepted element (components, fragments, React elements) into plain data a worker can receive.
import { normalizeTree, type NormalizeOptions } from '../layout/element/normalize.js';
import type { ElementNode, TreeNode } from '../layout/element/types.js';
import { SERIALISED_SVG_PROP, type SerialisedSvg } from '../layout/element/inline-svg.js';

export interface PlainElement {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
}

function plain(node: TreeNode): PlainElement | string {
  if (node.kind === 'text') return node.text;
  return plainElement(node);
}

function plainElement(node: ElementNode): PlainElement {
  const props: Record<string, unknown> = {};
  if (node.style) props.style = node.style;
  Object.assign(props, node.attributes);
  if (node.image?.inlineSvg && node.image.natural) {
    props[SERIALISED_SVG_PROP] = { ...node.image.inlineSvg, natural: node.image.natural } satisfies SerialisedSvg;
  } else if (node.image) {
    if (node.image.bytes) props.src = node.image.bytes;
    if (node.image.width !== undefined) props.width = node.image.width;
    if (node.image.height !== undefined) props.height = node.image.height;
    if (node.image.alt !== undefined) props.alt = node.image.alt;
  }
  if (node.children.length > 0) props.children = node.children.map(plain);
  return { type: node.type, props };
}

/** Expands components and fragments, reads image sources to bytes (with `options.resolveImage`) and drops what a structured clone cannot carry. */
export function toPlainElement(element: unknown, options: NormalizeOptions = {}): PlainElement {
  return plainElement(normalizeTree(element, options).root);
}
