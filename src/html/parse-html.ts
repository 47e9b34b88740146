// HTML text to ogsmith's element tree: parse5 (WHATWG tree construction, as browsers build the DOM), then one plain element per HTML element.
import { defaultTreeAdapter, html as html5, parseFragment, type DefaultTreeAdapterTypes as Tree, type ParserError } from 'parse5';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { Fragment, type OgsmithElement, type OgsmithNode } from '../jsx/element.js';
import { propsFromAttributes } from './attributes.js';

/** Longest HTML text parseHtml() reads (characters); the server's body limit is far below it. */
export const MAX_HTML_LENGTH = 1_000_000;

/** The context the fragment is parsed in, as a browser sets `div.innerHTML` (made at the first parse: the Node bundle loads parse5 then). */
let context: Tree.Element | undefined;
const contextElement = (): Tree.Element => (context ??= defaultTreeAdapter.createElement('div', html5.NS.HTML, []));

interface Building {
  readonly source: Tree.ParentNode;
  readonly children: OgsmithNode[];
  readonly path: string;
}

function parseError(error: ParserError, source: string): OgsmithError {
  const line = source.split('\n')[error.startLine - 1] ?? '';
  const near = line.slice(Math.max(0, error.startCol - 21), error.startCol + 20);
  return new OgsmithError('INVALID_HTML', `HTML does not parse: ${error.code} at line ${error.startLine}, column ${error.startCol} (near ${quote(near)})`);
}

function isElement(node: Tree.ChildNode): node is Tree.Element {
  return 'tagName' in node;
}

/**
 * Converts parse5's nodes into element objects, with an explicit stack (no recursion, whatever the
 * nesting). Text keeps its whitespace: layout collapses it as the browser's white-space rules do
 * (dropped between flex items, one space between inline boxes). Comments are dropped, except the
 * slots html`…` leaves for interpolated elements.
 */
function toElements(fragment: Tree.DocumentFragment, slots: readonly OgsmithElement[]): OgsmithNode[] {
  const top: Building = { source: fragment, children: [], path: 'html' };
  const pending: { readonly node: Tree.ChildNode; readonly into: Building; readonly index: number }[] = [];
  const enqueue = (parent: Building): void => {
    // Reversed, so children are taken from the stack in document order.
    for (let i = parent.source.childNodes.length - 1; i >= 0; i--) pending.push({ node: parent.source.childNodes[i]!, into: parent, index: i });
  };
  enqueue(top);
  while (pending.length > 0) {
    const { node, into, index } = pending.pop()!;
    if (defaultTreeAdapter.isTextNode(node)) {
      into.children.push(node.value);
      continue;
    }
    if (defaultTreeAdapter.isCommentNode(node)) {
      const slot = SLOT.exec(node.data);
      const element = slot ? slots[Number(slot[1])] : undefined;
      if (element) into.children.push(element);
      continue;
    }
    if (!isElement(node)) continue;
    const path = `${into.path} > ${node.tagName}[${index}]`;
    const props = propsFromAttributes(node.attrs, path);
    if (node.childNodes.length === 0) {
      into.children.push({ type: node.tagName, props, key: null } satisfies OgsmithElement);
      continue;
    }
    const children: OgsmithNode[] = [];
    into.children.push({ type: node.tagName, props: { ...props, children }, key: null } satisfies OgsmithElement);
    enqueue({ source: node, children, path });
  }
  return top.children;
}

/**
 * Parses HTML with inline `style` attributes into an element: the single top-level element (text of
 * whitespace only around it is dropped), or a fragment when there are several nodes. Entities are
 * decoded; a tokenizer error (an unclosed tag, `<div/>`, a duplicate attribute…) is INVALID_HTML
 * naming it, line and column; elements ogsmith does not know fail later like in JSX.
 */
export function parseHtml(source: string): OgsmithElement {
  return parseHtmlWithSlots(source, []);
}

/** A comment html`…` writes where an interpolated element goes: `<!--ogsmith-slot-N-->`. */
export const slotComment = (index: number): string => `<!--ogsmith-slot-${index}-->`;
const SLOT = /^ogsmith-slot-(\d+)$/;

/** parseHtml() that puts `slots[N]` where the HTML has slotComment(N). */
export function parseHtmlWithSlots(source: string, slots: readonly OgsmithElement[]): OgsmithElement {
  if (typeof source !== 'string') throw new OgsmithError('INVALID_HTML', `HTML must be a string, got ${quote(source)}`);
  if (source.length > MAX_HTML_LENGTH) throw new OgsmithError('INVALID_HTML', `HTML is ${source.length} characters long, more than ${MAX_HTML_LENGTH}`);
  let failure: ParserError | undefined;
  const fragment = parseFragment(contextElement(), source, { onParseError: (error) => (failure ??= error) });
  if (failure) throw parseError(failure, source);
  const nodes = toElements(fragment, slots).filter((node) => typeof node !== 'string' || node.trim() !== '');
  const [only] = nodes;
  if (nodes.length === 1 && typeof only === 'object' && only !== null && !Array.isArray(only)) return only as OgsmithElement;
  return { type: Fragment, props: { children: nodes }, key: null };
}
