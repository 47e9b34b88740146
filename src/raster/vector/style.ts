// The SVG cascade of one element: presentation attributes under its style attribute, inherited properties taken from the parent.
import { isCurrentColor, parseColor, BLACK } from '../../layout/style/color.js';
import type { Rgba } from '../../layout/style/types.js';
import type { FillRule, StrokeStyle } from './scene.js';
import type { SvgElement } from './svg-tree.js';
import { parseLength, type Viewport } from './lengths.js';

/** Inherited properties as computed for an element (paints kept as text, resolved where a shape uses them). */
export interface InheritedStyle {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly fillRule: FillRule;
  readonly stroke: string;
  readonly strokeOpacity: number;
  readonly strokeWidth: number;
  readonly cap: StrokeStyle['cap'];
  readonly join: StrokeStyle['join'];
  readonly miterLimit: number;
  /** Dash lengths as written (px), or empty. */
  readonly dashes: readonly number[];
  readonly dashOffset: number;
  readonly clipRule: FillRule;
  readonly visible: boolean;
  readonly color: Rgba;
  readonly paintOrderStrokeFirst: boolean;
}

export const INITIAL_STYLE: InheritedStyle = {
  fill: 'black',
  fillOpacity: 1,
  fillRule: 'nonzero',
  stroke: 'none',
  strokeOpacity: 1,
  strokeWidth: 1,
  cap: 'butt',
  join: 'miter',
  miterLimit: 4,
  dashes: [],
  dashOffset: 0,
  clipRule: 'nonzero',
  visible: true,
  color: BLACK,
  paintOrderStrokeFirst: false,
};

/** An element's value for a property: its style attribute first, then its presentation attribute. */
export function property(element: SvgElement, name: string): string | undefined {
  const value = element.style.get(name) ?? element.attributes[name];
  return value === undefined ? undefined : value.trim();
}

const clampUnit = (v: number): number => Math.max(0, Math.min(1, v));

/** An opacity value (number or percentage), or null when invalid. */
export function parseOpacity(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? clampUnit(value) : null;
}

/** True when text is a paint SVG can use: none, a colour, currentColor or url(#…) with an optional fallback. */
function isPaint(text: string): boolean {
  return text === 'none' || isCurrentColor(text) || /^url\(/i.test(text) || parseColor(text) !== null;
}

const oneOf = <T extends string>(text: string | undefined, options: readonly T[]): T | undefined => (options as readonly string[]).includes(text ?? '') ? (text as T) : undefined;

/** The dash list of stroke-dasharray, or null when invalid (then stroking is solid, as SVG says). */
function parseDashes(text: string, viewport: Viewport): number[] | null {
  if (text === 'none') return [];
  const parts = text.split(/[\s,]+/).filter(Boolean).map((part) => parseLength(part, viewport, 'diagonal'));
  if (parts.some((v) => v === null || v < 0)) return null;
  return parts as number[];
}

/** Computes the inherited properties of `element` from its parent's (values that do not parse are ignored, as CSS does). */
export function inheritStyle(parent: InheritedStyle, element: SvgElement, viewport: Viewport): InheritedStyle {
  if (element.style.size === 0 && !hasPresentationAttribute(element)) return parent;
  const read = (name: string): string | undefined => {
    const value = property(element, name);
    return value === 'inherit' ? undefined : value;
  };
  const colorText = read('color');
  const color = colorText === undefined || isCurrentColor(colorText) ? parent.color : parseColor(colorText) ?? parent.color;
  const fill = read('fill');
  const stroke = read('stroke');
  const strokeWidth = parseLength(read('stroke-width'), viewport, 'diagonal');
  const miterLimit = Number(read('stroke-miterlimit'));
  const dashText = read('stroke-dasharray');
  const dashes = dashText === undefined ? null : parseDashes(dashText, viewport);
  const visibility = read('visibility');
  const paintOrder = read('paint-order');
  return {
    fill: fill !== undefined && isPaint(fill) ? fill : parent.fill,
    fillOpacity: parseOpacity(read('fill-opacity')) ?? parent.fillOpacity,
    fillRule: oneOf(read('fill-rule'), ['nonzero', 'evenodd'] as const) ?? parent.fillRule,
    stroke: stroke !== undefined && isPaint(stroke) ? stroke : parent.stroke,
    strokeOpacity: parseOpacity(read('stroke-opacity')) ?? parent.strokeOpacity,
    strokeWidth: strokeWidth !== null && strokeWidth >= 0 ? strokeWidth : parent.strokeWidth,
    cap: oneOf(read('stroke-linecap'), ['butt', 'round', 'square'] as const) ?? parent.cap,
    join: oneOf(read('stroke-linejoin'), ['miter', 'round', 'bevel'] as const) ?? parent.join,
    miterLimit: Number.isFinite(miterLimit) && miterLimit >= 1 ? miterLimit : parent.miterLimit,
    dashes: dashes ?? (dashText === undefined ? parent.dashes : []),
    dashOffset: parseLength(read('stroke-dashoffset'), viewport, 'diagonal') ?? parent.dashOffset,
    clipRule: oneOf(read('clip-rule'), ['nonzero', 'evenodd'] as const) ?? parent.clipRule,
    visible: visibility === undefined ? parent.visible : visibility === 'visible' ? true : visibility === 'hidden' || visibility === 'collapse' ? false : parent.visible,
    color,
    paintOrderStrokeFirst: paintOrder === undefined ? parent.paintOrderStrokeFirst : /^\s*stroke/.test(paintOrder) || /^\s*markers\s+stroke/.test(paintOrder),
  };
}

const INHERITED_NAMES = ['color', 'fill', 'stroke', 'stroke-width', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'fill-opacity', 'stroke-opacity', 'fill-rule', 'clip-rule', 'visibility', 'paint-order'];

function hasPresentationAttribute(element: SvgElement): boolean {
  for (const name of INHERITED_NAMES) if (element.attributes[name] !== undefined) return true;
  return false;
}
