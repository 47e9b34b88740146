// linearGradient and radialGradient as scene paints: href inheritance of attributes and stops, units, gradientTransform and spread resolved.
import { isCurrentColor, parseColor, BLACK } from '../../layout/style/color.js';
import type { Rgba } from '../../layout/style/types.js';
import type { Box } from './bounds.js';
import { parseFraction, parseLength, type Viewport } from './lengths.js';
import { IDENTITY, multiply, parseTransform } from './matrix.js';
import type { GradientStop, Matrix, SpreadMethod, VectorPaint } from './scene.js';
import { parseOpacity, property } from './style.js';
import type { SvgElement, SvgTree } from './svg-tree.js';
import { svgUnsupported } from './unsupported.js';

const GRADIENTS = new Set(['linearGradient', 'radialGradient']);
const MAX_HREF_CHAIN = 8;

/** The element an href="#id" / xlink:href names, or null. */
export function hrefTarget(element: SvgElement, tree: SvgTree): SvgElement | null {
  const href = (element.attributes.href ?? element.attributes['xlink:href'])?.trim();
  if (href === undefined || href === '') return null;
  if (!href.startsWith('#')) svgUnsupported(element.name, `refers to ${JSON.stringify(href.slice(0, 60))}; only references inside the SVG (#id) can be drawn`);
  return tree.ids.get(href.slice(1)) ?? null;
}

/** The gradient and the gradients it inherits from through href (nearest first), stopping at a non-gradient or a cycle. */
function gradientChain(gradient: SvgElement, tree: SvgTree): SvgElement[] {
  const chain = [gradient];
  for (let next = hrefTarget(gradient, tree); next && GRADIENTS.has(next.name) && !chain.includes(next) && chain.length < MAX_HREF_CHAIN; next = hrefTarget(next, tree)) chain.push(next);
  return chain;
}

/** The `color` property of an element in its document tree (for currentColor in stop-color). */
function documentColor(element: SvgElement | null): Rgba {
  for (let at = element; at; at = at.parent) {
    const text = property(at, 'color');
    if (text !== undefined && !isCurrentColor(text) && text !== 'inherit') {
      const parsed = parseColor(text);
      if (parsed) return parsed;
    }
  }
  return BLACK;
}

/** The stops of the first gradient of the chain that has any, offsets clamped and made non-decreasing, alphas multiplied by `opacity`. */
function stopsOf(chain: readonly SvgElement[], opacity: number): GradientStop[] {
  const owner = chain.find((g) => g.children.some((c) => c.name === 'stop'));
  if (!owner) return [];
  const stops: GradientStop[] = [];
  let last = 0;
  for (const stop of owner.children) {
    if (stop.name !== 'stop') continue;
    const offset = Math.max(last, Math.max(0, Math.min(1, parseFraction(stop.attributes.offset) ?? 0)));
    last = offset;
    const colorText = property(stop, 'stop-color') ?? 'black';
    const color = (isCurrentColor(colorText) ? documentColor(stop) : parseColor(colorText)) ?? BLACK;
    const alpha = color.a * (parseOpacity(property(stop, 'stop-opacity')) ?? 1) * opacity;
    stops.push({ offset, color: { ...color, a: alpha } });
  }
  return stops;
}

/** An attribute of the nearest gradient in the chain that sets it. */
function inherited(chain: readonly SvgElement[], name: string): string | undefined {
  for (const gradient of chain) {
    const value = gradient.attributes[name];
    if (value !== undefined) return value.trim();
  }
  return undefined;
}

/**
 * The paint a gradient element gives a shape whose bounding box is `box` (user space) and whose
 * viewport is `viewport`; null when it paints nothing (no stops, or a bounding-box gradient on an
 * element with no width or height).
 */
export function gradientPaint(gradient: SvgElement, tree: SvgTree, box: Box | null, viewport: Viewport, opacity: number): VectorPaint | null {
  const chain = gradientChain(gradient, tree);
  const stops = stopsOf(chain, opacity);
  if (stops.length === 0) return null;
  if (stops.length === 1) return { kind: 'solid', color: stops[0]!.color };
  const boundingBox = inherited(chain, 'gradientUnits') !== 'userSpaceOnUse';
  if (boundingBox && (!box || box.width <= 0 || box.height <= 0)) return null;
  const transformText = inherited(chain, 'gradientTransform');
  let matrix: Matrix = boundingBox && box ? [box.width, 0, 0, box.height, box.x, box.y] : IDENTITY;
  if (transformText !== undefined) matrix = multiply(matrix, parseTransform(transformText, gradient.name));
  const spreadText = inherited(chain, 'spreadMethod');
  const spread: SpreadMethod = spreadText === 'reflect' || spreadText === 'repeat' ? spreadText : 'pad';
  // A coordinate: a fraction in bounding-box units, a length (percentages of the viewport) in user space.
  const at = (name: string, axis: 'x' | 'y' | 'diagonal', fallback: string): number => {
    const text = inherited(chain, name) ?? fallback;
    const value = boundingBox ? parseFraction(text) : parseLength(text, viewport, axis);
    return value ?? (boundingBox ? parseFraction(fallback)! : parseLength(fallback, viewport, axis)!);
  };
  if (gradient.name === 'linearGradient') {
    return { kind: 'linear', stops, spread, matrix, x1: at('x1', 'x', '0%'), y1: at('y1', 'y', '0%'), x2: at('x2', 'x', '100%'), y2: at('y2', 'y', '0%') };
  }
  const cx = at('cx', 'x', '50%');
  const cy = at('cy', 'y', '50%');
  const r = at('r', 'diagonal', '50%');
  if (r <= 0) return { kind: 'solid', color: stops[stops.length - 1]!.color };
  return { kind: 'radial', stops, spread, matrix, cx, cy, r, fx: inherited(chain, 'fx') === undefined ? cx : at('fx', 'x', '50%'), fy: inherited(chain, 'fy') === undefined ? cy : at('fy', 'y', '50%'), fr: at('fr', 'diagonal', '0%') };
}
