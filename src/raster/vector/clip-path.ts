// clipPath elements as scene clips: their shapes (and uses of shapes) with clip-rule, units, transforms and their own clip-path.
import type { Box } from './bounds.js';
import { multiply, parseTransform, translate } from './matrix.js';
import type { ClipShape, Matrix, VectorClip, VectorPath } from './scene.js';
import { SHAPE_ELEMENTS } from './shapes.js';
import { INITIAL_STYLE, inheritStyle, property, type InheritedStyle } from './style.js';
import type { SvgElement, SvgTree } from './svg-tree.js';
import { hrefTarget } from './gradient.js';
import { svgUnsupported } from './unsupported.js';
import { lengthOr, type Viewport } from './lengths.js';

const URL_ID = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)$/i;

/** The element a `clip-path`/`mask`-like property names by url(#id); undefined for none, null for a missing target. */
export function referencedElement(element: SvgElement, name: string, tree: SvgTree): SvgElement | null | undefined {
  const text = property(element, name);
  if (text === undefined || text === 'none') return undefined;
  const match = URL_ID.exec(text);
  if (!match) svgUnsupported(element.name, `has ${name} ${JSON.stringify(text.slice(0, 80))}; only url(#id) references can be drawn`);
  return tree.ids.get(match[1]!) ?? null;
}

/** What clipPath resolution needs from the scene writer. */
export interface ClipSource {
  readonly tree: SvgTree;
  path(element: SvgElement, viewport: Viewport): VectorPath;
}

const elementTransform = (element: SvgElement): Matrix | null => {
  const text = element.attributes.transform;
  return text === undefined ? null : parseTransform(text, element.name);
};

/** One child of a clipPath as a clip shape, or null when it adds nothing (hidden, display none, not a shape). */
function clipShape(child: SvgElement, matrix: Matrix, style: InheritedStyle, source: ClipSource, viewport: Viewport): ClipShape | null {
  if (property(child, 'display') === 'none') return null;
  const own = inheritStyle(style, child, viewport);
  if (!own.visible) return null;
  if (referencedElement(child, 'clip-path', source.tree) !== undefined) svgUnsupported(child.name, 'inside a <clipPath> has its own clip-path');
  const transform = elementTransform(child);
  const at = transform ? multiply(matrix, transform) : matrix;
  if (SHAPE_ELEMENTS.has(child.name)) return { path: source.path(child, viewport), matrix: at, rule: own.clipRule };
  if (child.name === 'use') {
    const target = hrefTarget(child, source.tree);
    if (!target || !SHAPE_ELEMENTS.has(target.name)) return null;
    const x = lengthOr(property(child, 'x'), viewport, 'x', 0);
    const y = lengthOr(property(child, 'y'), viewport, 'y', 0);
    return clipShape(target, multiply(at, translate(x, y)), own, source, viewport);
  }
  if (child.name === 'text') svgUnsupported('text', 'inside a <clipPath> cannot be drawn (no text in the vector parser)');
  // Other children (g, image…) are not clip path content in SVG and clip nothing.
  return null;
}

/**
 * The clip a clipPath gives an element drawn with `matrix` whose bounding box in its user space is
 * `box` (read only for clipPathUnits="objectBoundingBox"); `depth` bounds clip-paths of clip-paths.
 */
export function resolveClip(clipPath: SvgElement, matrix: Matrix, box: () => Box | null, source: ClipSource, viewport: Viewport, depth = 0): VectorClip {
  if (depth > 8) svgUnsupported('clipPath', 'clip paths nest deeper than 8');
  let at = matrix;
  const transform = elementTransform(clipPath);
  if (transform) at = multiply(at, transform);
  if (clipPath.attributes.clipPathUnits === 'objectBoundingBox') {
    const bounds = box();
    if (!bounds || bounds.width <= 0 || bounds.height <= 0) return { shapes: [], clip: null };
    at = multiply(at, [bounds.width, 0, 0, bounds.height, bounds.x, bounds.y]);
  }
  const style = inheritStyle(INITIAL_STYLE, clipPath, viewport);
  const shapes: ClipShape[] = [];
  for (const child of clipPath.children) {
    const shape = clipShape(child, at, style, source, viewport);
    if (shape) shapes.push(shape);
  }
  const outer = referencedElement(clipPath, 'clip-path', source.tree);
  const clip = outer && outer.name === 'clipPath' ? resolveClip(outer, matrix, box, source, viewport, depth + 1) : null;
  return { shapes, clip };
}
