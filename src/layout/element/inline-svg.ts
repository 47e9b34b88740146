// Inline <svg> elements: the JSX subtree serialised to SVG markup (React props → SVG attributes), drawn as an image of the element's size.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import type { ImageAttributes } from './types.js';

type Props = Readonly<Record<string, unknown>>;
interface SvgElementLike { readonly type: unknown; readonly props?: Props }

/** SVG elements allowed inside an inline svg (what satori passes through; the SVG limits of src/raster/svg bound their cost). */
const SVG_CHILD_ELEMENTS: ReadonlySet<string> = new Set([
  'g', 'path', 'circle', 'rect', 'ellipse', 'line', 'polyline', 'polygon', 'defs', 'linearGradient', 'radialGradient', 'stop', 'use', 'symbol',
  'clipPath', 'mask', 'pattern', 'text', 'tspan', 'textPath', 'title', 'desc', 'image', 'marker', 'switch', 'svg',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight',
  'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset',
  'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** SVG attributes that keep their camelCase name (React writes them as they are); all others are hyphenated (strokeWidth → stroke-width). */
const CAMEL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'viewBox', 'preserveAspectRatio', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternContentUnits', 'patternTransform', 'spreadMethod',
  'stdDeviation', 'pathLength', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'filterUnits', 'primitiveUnits', 'markerWidth', 'markerHeight',
  'markerUnits', 'refX', 'refY', 'baseFrequency', 'numOctaves', 'tableValues', 'kernelMatrix', 'kernelUnitLength', 'diffuseConstant', 'specularConstant',
  'specularExponent', 'surfaceScale', 'edgeMode', 'targetX', 'targetY', 'xChannelSelector', 'yChannelSelector', 'lengthAdjust', 'textLength', 'startOffset',
  'stitchTiles', 'limitingConeAngle', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'attributeName', 'repeatCount',
]);
/** React names with a namespace prefix in SVG. */
const NAMESPACED: Readonly<Record<string, string>> = { xlinkHref: 'xlink:href', xmlnsXlink: 'xmlns:xlink', xmlSpace: 'xml:space', xmlLang: 'xml:lang', className: 'class', htmlFor: 'for' };
/** React's unitless style numbers that matter inside SVG (others get px). */
const UNITLESS_STYLE: ReadonlySet<string> = new Set(['opacity', 'fillOpacity', 'strokeOpacity', 'stopOpacity', 'floodOpacity', 'strokeWidth', 'strokeMiterlimit', 'fontWeight', 'lineHeight', 'zIndex']);
const SKIPPED_PROPS: ReadonlySet<string> = new Set(['children', 'style', 'key', 'ref', 'xmlns', 'xmlnsXlink', 'dangerouslySetInnerHTML']);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
/** Size of an svg with neither width/height attributes nor a viewBox (the CSS default object size). */
const DEFAULT_SIZE = { width: 300, height: 150 } as const;

/** True for SVG element names that only make sense inside an <svg> (path, circle, …). */
export function isSvgChildElement(type: string): boolean {
  return SVG_CHILD_ELEMENTS.has(type) && type !== 'svg';
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

function attributeName(prop: string): string {
  if (NAMESPACED[prop]) return NAMESPACED[prop];
  if (CAMEL_ATTRIBUTES.has(prop) || prop.startsWith('data-') || prop.startsWith('aria-')) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function styleText(style: unknown, path: string): string {
  if (style === undefined || style === null) return '';
  if (typeof style !== 'object' || Array.isArray(style)) throw new OgsmithError('INVALID_ATTRIBUTE', `The style prop must be an object, got ${quote(style)}`, { path });
  return Object.entries(style as Props)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${typeof value === 'number' && !UNITLESS_STYLE.has(name) ? `${value}px` : String(value)}`)
    .join(';');
}

function attributes(props: Props, path: string, skip: ReadonlySet<string> = SKIPPED_PROPS): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (skip.has(name) || value === undefined || value === null || value === false || typeof value === 'function') continue;
    if (typeof value === 'object') throw new OgsmithError('INVALID_ATTRIBUTE', `SVG attribute ${name} must be a string or a number, got ${quote(value)}`, { path });
    out += ` ${attributeName(name)}="${escapeAttribute(String(value))}"`;
  }
  const style = styleText(props.style, path);
  return style ? `${out} style="${escapeAttribute(style)}"` : out;
}

type Expand = (child: SvgElementLike) => unknown;

class SvgWriter {
  private elements = 0;
  constructor(private readonly expand: Expand) {}

  children(value: unknown, path: string, depth: number): string {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') return '';
    if (typeof value === 'string' || typeof value === 'number') return escapeText(String(value));
    if (Array.isArray(value)) return value.map((item, i) => this.children(item, `${path}[${i}]`, depth)).join('');
    if (typeof value !== 'object' || !('type' in value)) throw new OgsmithError('INVALID_ELEMENT', `A child of an inline svg is ${quote(value)}, not an SVG element or text`, { path });
    const element = this.expand(value as SvgElementLike);
    if (element !== value) return this.children(element, path, depth + 1);
    const { type, props = {} } = value as SvgElementLike;
    if (typeof type === 'symbol') return this.children(props.children, path, depth + 1);
    if (typeof type !== 'string' || !SVG_CHILD_ELEMENTS.has(type)) {
      throw new OgsmithError('UNKNOWN_ELEMENT_TYPE', `Element type ${quote(String(type))} is not supported inside an inline svg; use SVG elements (${[...SVG_CHILD_ELEMENTS].slice(0, 12).join(', ')}…)`, { path: `${path} > ${String(type)}` });
    }
    if (++this.elements > 20_000 || depth > 64) throw new OgsmithError('SVG_TOO_COMPLEX', 'An inline svg is refused: more than 20000 elements or 64 levels of nesting', { path });
    return `<${type}${attributes(props, path)}>${this.children(props.children, `${path} > ${type}`, depth + 1)}</${type}>`;
  }
}

function lengthAttribute(value: unknown): number | string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function viewBoxSize(value: unknown): { width: number; height: number } | null {
  if (typeof value !== 'string') return null;
  const parts = value.trim().split(/[\s,]+/).map(Number);
  const [, , width, height] = parts;
  return parts.length === 4 && width !== undefined && height !== undefined && width > 0 && height > 0 && Number.isFinite(width + height) ? { width, height } : null;
}

/** The natural size: px width/height attributes, else the viewBox (its ratio fills in a missing one), else 300×150. */
function naturalOf(width: number | string | undefined, height: number | string | undefined, viewBox: { width: number; height: number } | null): { width: number; height: number } {
  const w = typeof width === 'number' ? width : undefined;
  const h = typeof height === 'number' ? height : undefined;
  if (w !== undefined && h !== undefined) return { width: w, height: h };
  if (viewBox) {
    if (w !== undefined) return { width: w, height: (w * viewBox.height) / viewBox.width };
    if (h !== undefined) return { width: (h * viewBox.width) / viewBox.height, height: h };
    return viewBox;
  }
  return { width: w ?? DEFAULT_SIZE.width, height: h ?? DEFAULT_SIZE.height };
}

/** An inline svg as serialised once: its root attributes (no width/height) and its content. */
export interface InlineSvg {
  readonly rootAttributes: string;
  readonly body: string;
}

const ROOT_SKIPPED: ReadonlySet<string> = new Set([...SKIPPED_PROPS, 'width', 'height']);

/** Prop carrying an inline svg already serialised (the render pool sends normalised trees to its workers as plain data). */
export const SERIALISED_SVG_PROP = 'ogsmithSerialisedSvg';

/** What SERIALISED_SVG_PROP holds. */
export interface SerialisedSvg extends InlineSvg {
  readonly natural: { readonly width: number; readonly height: number };
}

function isSerialisedSvg(value: unknown): value is SerialisedSvg {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SerialisedSvg, unknown>>;
  const natural = v.natural as { width?: unknown; height?: unknown } | undefined;
  return typeof v.rootAttributes === 'string' && typeof v.body === 'string' && typeof natural?.width === 'number' && typeof natural.height === 'number';
}

/** The inline svg as an image (natural size, markup) and its width/height attributes as CSS size hints (the style object overrides them). */
export function inlineSvgImage(props: Props, path: string, expand: Expand): { readonly image: ImageAttributes; readonly hints: Readonly<Record<string, number | string>> } {
  const serialised = props[SERIALISED_SVG_PROP];
  if (serialised !== undefined) {
    if (!isSerialisedSvg(serialised)) throw new OgsmithError('INVALID_ATTRIBUTE', `${SERIALISED_SVG_PROP} must hold { rootAttributes, body, natural }, got ${quote(serialised)}`, { path });
    const inlineSvg: InlineSvg = { rootAttributes: serialised.rootAttributes, body: serialised.body };
    const bytes = new TextEncoder().encode(svgMarkup(inlineSvg, serialised.natural.width, serialised.natural.height, null));
    return { image: { src: '<inline svg>', bytes, width: undefined, height: undefined, alt: undefined, natural: serialised.natural, inlineSvg }, hints: {} };
  }
  const width = lengthAttribute(props.width);
  const height = lengthAttribute(props.height);
  const natural = naturalOf(width, height, viewBoxSize(props.viewBox));
  const inlineSvg: InlineSvg = { rootAttributes: attributes({ ...props, style: undefined }, path, ROOT_SKIPPED), body: new SvgWriter(expand).children(props.children, `${path} > svg`, 1) };
  const bytes = new TextEncoder().encode(svgMarkup(inlineSvg, natural.width, natural.height, null));
  const hints: Record<string, number | string> = {};
  if (width !== undefined) hints.width = width;
  if (height !== undefined) hints.height = height;
  return { image: { src: '<inline svg>', bytes, width: undefined, height: undefined, alt: undefined, natural, inlineSvg }, hints };
}

/** SVG text for drawing at `width`×`height` px, currentColor replaced by `color` (the element's colour) when given. */
export function svgMarkup(svg: InlineSvg, width: number, height: number, color: string | null): string {
  const markup = `<svg xmlns="${SVG_NAMESPACE}" xmlns:xlink="${XLINK_NAMESPACE}" width="${width}" height="${height}"${svg.rootAttributes}>${svg.body}</svg>`;
  return color === null ? markup : markup.replace(/currentcolor/gi, color);
}
