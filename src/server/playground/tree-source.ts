// The element tree a playground user typed: JSON (as POST /render takes it) or JSX read as literals, checked like POST /render.
import { OgsmithError } from '../../errors/catalogue.js';
import type { ServerLimits } from '../limits.js';
import { checkElementTree } from '../tree-limits.js';
import { parseJsxLiteral } from './jsx-literal.js';

export type TreeSyntax = 'json' | 'jsx';

/** JSX when the text starts with `<` (after whitespace and parentheses), else JSON. */
export function guessSyntax(source: string): TreeSyntax {
  return /^[\s(]*</.test(source) ? 'jsx' : 'json';
}

/** Parses and checks the tree: the same size, depth, key and text limits as POST /render. */
export function readTreeSource(source: string, syntax: TreeSyntax, limits: ServerLimits): unknown {
  let element: unknown;
  if (syntax === 'jsx') {
    element = parseJsxLiteral(source, limits.maxDepth * 4 + 8);
  } else {
    try {
      element = JSON.parse(source) as unknown;
    } catch (error) {
      throw new OgsmithError('INVALID_BODY', `The tree is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (typeof element !== 'object' || element === null || Array.isArray(element)) throw new OgsmithError('INVALID_BODY', 'The tree must be one element object { type, props }');
  checkElementTree(element, limits);
  return element;
}
