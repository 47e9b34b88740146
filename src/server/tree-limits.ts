// An iterative walk over a JSON element tree, run before any recursive code sees it: size, depth, keys and text.
import { OgsmithError, quote } from '../errors/catalogue.js';
import { cssUrlSources } from '../layout/element/css-url-sources.js';
import { dataUrlBytes } from '../layout/element/image-natural-size.js';
import { ImagePixelBudget } from '../layout/element/image-pixel-budget.js';
import { checkText } from './request-params.js';
import { imagePixelLimits, type ServerLimits } from './limits.js';

const DATA_URL_START = /^\s*data:/i;

/**
 * An inline data: image is read as the renderer will read it (whitespace anywhere ignored) and
 * charged to the render's pixel budget from its headers, before anything decodes it.
 */
function checkInlineImage(src: string, path: string, budget: ImagePixelBudget): void {
  let bytes: Uint8Array | null;
  try {
    bytes = dataUrlBytes(src);
  } catch {
    throw new OgsmithError('INVALID_IMAGE', `The data: URL at ${path.slice(0, 120)} is not valid base64 or percent-encoding`);
  }
  if (bytes) budget.charge(`data: URL at ${path.slice(0, 120)}`, bytes);
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  readonly value: unknown;
  readonly path: string;
  /** Element nesting depth of the nearest element at or above this value. */
  readonly depth: number;
  /** JSON nesting depth. */
  readonly level: number;
}

/** Refuses trees that are too large or deep, hold forbidden keys, over-long or control-character text, or oversized inline images. Never recurses. */
export function checkElementTree(root: unknown, limits: Pick<ServerLimits, 'maxElements' | 'maxDepth' | 'maxTextLength' | 'remoteImages' | 'imagePixelsPerRender'>): void {
  const budget = new ImagePixelBudget(imagePixelLimits(limits));
  const maxLevel = limits.maxDepth * 4 + 8;
  const stack: Frame[] = [{ value: root, path: 'element', depth: 0, level: 0 }];
  let elements = 0;
  let values = 0;
  while (stack.length > 0) {
    const { value, path, depth, level } = stack.pop()!;
    if (++values > limits.maxElements * 64) throw new OgsmithError('TREE_TOO_LARGE', `The element tree has more than ${limits.maxElements * 64} values`);
    if (level > maxLevel) throw new OgsmithError('TREE_TOO_DEEP', `The element tree nests deeper than ${limits.maxDepth} elements (at ${path.slice(0, 120)})`);
    if (typeof value === 'string') {
      if (path.endsWith('.src') && DATA_URL_START.test(value)) checkInlineImage(value, path, budget);
      else if (path.includes('.props.style.')) {
        // Style values are CSS, not text (a data: background may be long): only their inline images are checked, read as the painter reads url().
        for (const source of cssUrlSources(value)) if (DATA_URL_START.test(source)) checkInlineImage(source, path, budget);
      } else checkText(`Text at ${path.slice(0, 120)}`, value, limits.maxTextLength);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    let childDepth = depth;
    if (!Array.isArray(value) && 'type' in value) {
      childDepth = depth + 1;
      if (childDepth > limits.maxDepth) throw new OgsmithError('TREE_TOO_DEEP', `The element tree nests deeper than ${limits.maxDepth} elements`);
      if (++elements > limits.maxElements) throw new OgsmithError('TREE_TOO_LARGE', `The element tree has more than ${limits.maxElements} elements`);
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (FORBIDDEN_KEYS.has(key)) throw new OgsmithError('INVALID_BODY', `The key ${quote(key)} is not allowed (at ${path})`);
      stack.push({ value: child, path: `${path}.${key}`, depth: childDepth, level: level + 1 });
    }
  }
}
