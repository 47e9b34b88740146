// Walks an SVG element tree and writes the vector scene's commands: shapes, groups with opacity and clips, uses, nested viewports, images.
import { OgsmithError } from '../../errors/catalogue.js';
import { dataUrlBytes, naturalSize } from '../../layout/element/image-natural-size.js';
import { isCurrentColor, parseColor } from '../../layout/style/color.js';
import { BoundsAccumulator, pathBounds, type Box } from './bounds.js';
import { referencedElement, resolveClip, type ClipSource } from './clip-path.js';
import { gradientPaint, hrefTarget } from './gradient.js';
import { lengthOr, parseLength, type Viewport } from './lengths.js';
import { IDENTITY, multiply, parseTransform, parseViewBox, translate, viewBoxMatrix } from './matrix.js';
import type { Matrix, StrokeStyle, VectorClip, VectorCommand, VectorMask, VectorPaint, VectorPath } from './scene.js';
import { PathBuilder } from './path-builder.js';
import { SHAPE_ELEMENTS, shapePath } from './shapes.js';
import { INITIAL_STYLE, inheritStyle, parseOpacity, property, type InheritedStyle } from './style.js';
import { maskPlacement } from './mask.js';
import type { SvgElement, SvgTree } from './svg-tree.js';
import { svgUnsupported } from './unsupported.js';

interface DrawContext {
  /** User space of the element (its transform not yet applied) to scene px. */
  readonly matrix: Matrix;
  /** Inherited properties from the parent (or the `use` that refers to the element). */
  readonly style: InheritedStyle;
  readonly viewport: Viewport;
  /** Elements being expanded through `use`, to refuse a cycle. */
  readonly using: readonly SvgElement[];
}

/** Elements that never draw where they are written (only through a reference) and elements that draw nothing at all. */
const NOT_DRAWN_IN_PLACE: ReadonlySet<string> = new Set(['defs', 'symbol', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'filter', 'title', 'desc', 'metadata', 'script', 'view', 'cursor', 'font', 'font-face', 'glyph', 'missing-glyph', 'hkern', 'vkern', 'color-profile']);

/** Drawn elements the vector parser cannot draw, with the reason given in the error. */
const UNSUPPORTED_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['text', 'cannot be drawn: SVG text needs fonts the vector parser does not load'],
  ['tspan', 'cannot be drawn: SVG text needs fonts the vector parser does not load'],
  ['textPath', 'cannot be drawn: SVG text needs fonts the vector parser does not load'],
  ['foreignObject', 'cannot be drawn: HTML inside an SVG is not supported'],
  ['switch', 'cannot be drawn: conditional processing is not supported'],
  ['animate', 'is an animation, which the vector parser does not run'],
  ['animateMotion', 'is an animation, which the vector parser does not run'],
  ['animateTransform', 'is an animation, which the vector parser does not run'],
  ['set', 'is an animation, which the vector parser does not run'],
]);

/** Properties whose effects the vector scene cannot express; any value but their initial one is refused (clip-path and mask are drawn). */
const UNSUPPORTED_PROPERTIES: readonly (readonly [string, string])[] = [
  ['filter', 'none'],
  ['marker', 'none'],
  ['marker-start', 'none'],
  ['marker-mid', 'none'],
  ['marker-end', 'none'],
  ['mix-blend-mode', 'normal'],
  ['vector-effect', 'none'],
];

const URL_PAINT = /^url\(\s*['"]?([^'")\s]*)['"]?\s*\)\s*(.*)$/i;

export class SceneWriter implements ClipSource {
  commands: VectorCommand[] = [];
  private readonly paths = new Map<SvgElement, { viewport: Viewport; path: VectorPath }>();

  constructor(readonly tree: SvgTree) {}

  /** The element's path, parsed once per viewport size. */
  path(element: SvgElement, viewport: Viewport): VectorPath {
    const known = this.paths.get(element);
    if (known && known.viewport.width === viewport.width && known.viewport.height === viewport.height) return known.path;
    const path = shapePath(element, viewport);
    this.paths.set(element, { viewport, path });
    return path;
  }

  /** Draws the root `<svg>`: its children under `matrix` (the viewBox mapping), with its own opacity and clip-path. */
  root(root: SvgElement, matrix: Matrix, style: InheritedStyle, viewport: Viewport): void {
    refuseEffects(root);
    const inner: DrawContext = { matrix: withTransform(matrix, root), style: inheritStyle(style, root, viewport), viewport, using: [] };
    this.effects(root, inner, null, () => this.children(root, inner));
  }

  private children(element: SvgElement, context: DrawContext): void {
    for (const child of element.children) this.element(child, context);
  }

  /** Draws one element where it is written (or where a `use` places it). */
  element(element: SvgElement, context: DrawContext): void {
    const name = element.name;
    if (name.includes(':')) return; // Another namespace's element (editor metadata): never drawn by SVG.
    if (name === 'style') {
      if (element.text.trim() !== '') svgUnsupported('style', 'is a style sheet; the vector parser reads presentation attributes and style attributes only');
      return;
    }
    // Not drawn here, or not drawn at all: nothing to refuse either.
    if (NOT_DRAWN_IN_PLACE.has(name) || property(element, 'display') === 'none') return;
    const reason = UNSUPPORTED_ELEMENTS.get(name);
    if (reason !== undefined) svgUnsupported(name, reason);
    if (!SHAPE_ELEMENTS.has(name) && !['g', 'a', 'svg', 'use', 'image'].includes(name)) svgUnsupported(name, 'is not an element the vector parser can draw');
    refuseEffects(element);
    const inner: DrawContext = { ...context, matrix: withTransform(context.matrix, element), style: inheritStyle(context.style, element, context.viewport) };
    if (SHAPE_ELEMENTS.has(name)) this.shape(element, inner);
    else if (name === 'g' || name === 'a') this.effects(element, inner, null, () => this.children(element, inner));
    else if (name === 'svg') this.viewportElement(element, inner, undefined, undefined);
    else if (name === 'use') this.use(element, inner);
    else this.image(element, inner);
  }

  /**
   * Draws `draw` inside a group when the element has opacity below 1, a clip-path or a viewport clip
   * (`extraClip`); directly otherwise.
   */
  private effects(element: SvgElement, context: DrawContext, extraClip: VectorClip | null, draw: () => void, opacity = parseOpacity(property(element, 'opacity')) ?? 1): void {
    if (opacity <= 0) return;
    const bounds = (): Box | null => this.bounds(element, IDENTITY, context.viewport, true);
    const clipPath = referencedElement(element, 'clip-path', this.tree);
    let clip = extraClip;
    if (clipPath && clipPath.name === 'clipPath') {
      const own = resolveClip(clipPath, context.matrix, bounds, this, context.viewport);
      clip = clip ? { shapes: clip.shapes, clip: own } : own;
    }
    const maskElement = referencedElement(element, 'mask', this.tree);
    const mask = maskElement && maskElement.name === 'mask' ? this.mask(maskElement, context, bounds) : null;
    if (mask === 'nothing') return;
    if (opacity >= 1 && !clip && !mask) {
      draw();
      return;
    }
    this.commands.push({ op: 'pushGroup', opacity: Math.min(1, opacity), clip, mask });
    draw();
    this.commands.push({ op: 'popGroup' });
  }

  /** A mask element's content drawn into its own command list; 'nothing' when the mask hides everything. */
  private mask(mask: SvgElement, context: DrawContext, bounds: () => Box | null): VectorMask | 'nothing' {
    if (context.using.includes(mask) || context.using.length >= 8) svgUnsupported('mask', 'is used inside its own content or nests more than 8 deep');
    if (referencedElement(mask, 'mask', this.tree) !== undefined) svgUnsupported('mask', 'has a mask of its own');
    const placement = maskPlacement(mask, context.matrix, bounds, context.viewport);
    if (!placement) return 'nothing';
    const outer = this.commands;
    const content: VectorCommand[] = [];
    this.commands = content;
    try {
      const inner: DrawContext = { matrix: placement.contentMatrix, style: inheritStyle(INITIAL_STYLE, mask, context.viewport), viewport: context.viewport, using: [...context.using, mask] };
      this.children(mask, inner);
    } finally {
      this.commands = outer;
    }
    return { type: placement.type, commands: content, region: placement.region };
  }

  private shape(element: SvgElement, context: DrawContext): void {
    // A shape's children are descriptions or animations; an animation cannot be drawn.
    for (const child of element.children) {
      const reason = UNSUPPORTED_ELEMENTS.get(child.name);
      if (reason !== undefined) svgUnsupported(child.name, reason);
    }
    const { style } = context;
    if (!style.visible) return;
    const path = this.path(element, context.viewport);
    if (path.verbs.length === 0) return;
    let box: Box | null | undefined;
    const bounds = (): Box | null => (box === undefined ? (box = pathBounds(path)) : box);
    const wantsFill = element.name !== 'line' && style.fill !== 'none';
    const wantsStroke = style.stroke !== 'none' && style.strokeWidth > 0;
    const opacity = parseOpacity(property(element, 'opacity')) ?? 1;
    // With one paint and no clip, opacity multiplies the paint's alpha (the same pixels as a group).
    const fold = !(wantsFill && wantsStroke) && referencedElement(element, 'clip-path', this.tree) === undefined && referencedElement(element, 'mask', this.tree) === undefined;
    const alpha = fold ? opacity : 1;
    const fill = wantsFill ? this.paint(element, style.fill, bounds, style.fillOpacity * alpha, context) : null;
    const stroke = wantsStroke ? this.paint(element, style.stroke, bounds, style.strokeOpacity * alpha, context) : null;
    if (!fill && !stroke) return;
    const draws: VectorCommand[] = [];
    if (fill) draws.push({ op: 'fill', path, matrix: context.matrix, paint: fill, rule: style.fillRule });
    if (stroke) draws.push({ op: 'stroke', path, matrix: context.matrix, paint: stroke, stroke: strokeStyle(style) });
    if (style.paintOrderStrokeFirst) draws.reverse();
    this.effects(element, context, null, () => this.commands.push(...draws), fold ? 1 : opacity);
  }

  /** A fill or stroke value as a scene paint with `opacity` folded in; null when it paints nothing. */
  private paint(element: SvgElement, text: string, bounds: () => Box | null, opacity: number, context: DrawContext): VectorPaint | null {
    if (text === 'none' || opacity <= 0) return null;
    const url = URL_PAINT.exec(text);
    if (url) {
      const [, ref = '', fallback = ''] = url;
      if (!ref.startsWith('#')) svgUnsupported(element.name, `is painted with ${JSON.stringify(text.slice(0, 80))}; only references inside the SVG (#id) can be drawn`);
      const target = this.tree.ids.get(ref.slice(1));
      if (target?.name === 'linearGradient' || target?.name === 'radialGradient') return gradientPaint(target, this.tree, bounds(), context.viewport, opacity);
      if (target?.name === 'pattern') svgUnsupported('pattern', `is used as a paint (by <${element.name}>); only gradients and colours can be drawn`);
      // A reference to nothing or to an element that is not a paint server: the fallback, else none (SVG 2, "paint").
      return fallback.trim() === '' ? null : this.paint(element, fallback.trim(), bounds, opacity, context);
    }
    const color = isCurrentColor(text) ? context.style.color : parseColor(text);
    return color && color.a * opacity > 0 ? { kind: 'solid', color: { ...color, a: color.a * opacity } } : null;
  }

  private use(element: SvgElement, context: DrawContext): void {
    const target = hrefTarget(element, this.tree);
    if (!target) return;
    if (context.using.includes(target) || context.using.length >= 8) svgUnsupported('use', `refers to ${JSON.stringify(target.attributes.id ?? target.name)} through a cycle or more than 8 nested uses`);
    const x = lengthOr(property(element, 'x'), context.viewport, 'x', 0);
    const y = lengthOr(property(element, 'y'), context.viewport, 'y', 0);
    const placed: DrawContext = { ...context, matrix: multiply(context.matrix, translate(x, y)), using: [...context.using, target] };
    const width = property(element, 'width');
    const height = property(element, 'height');
    this.effects(element, context, null, () => {
      if (target.name === 'symbol' || target.name === 'svg') {
        if (property(target, 'display') === 'none') return;
        refuseEffects(target);
        const inner = { ...placed, matrix: withTransform(placed.matrix, target), style: inheritStyle(placed.style, target, placed.viewport) };
        this.viewportElement(target, inner, width, height);
      } else this.element(target, placed);
    });
  }

  /** A nested `svg` or a `symbol` placed by a use: its viewport (x, y, width, height), viewBox mapping and overflow clip. */
  private viewportElement(element: SvgElement, context: DrawContext, useWidth: string | undefined, useHeight: string | undefined): void {
    const x = lengthOr(property(element, 'x'), context.viewport, 'x', 0);
    const y = lengthOr(property(element, 'y'), context.viewport, 'y', 0);
    const width = parseLength(useWidth, context.viewport, 'x') ?? parseLength(property(element, 'width'), context.viewport, 'x') ?? context.viewport.width;
    const height = parseLength(useHeight, context.viewport, 'y') ?? parseLength(property(element, 'height'), context.viewport, 'y') ?? context.viewport.height;
    if (!(width > 0 && height > 0)) return;
    const box = parseViewBox(element.attributes.viewBox);
    const matrix = multiply(context.matrix, box ? viewBoxMatrix(box, x, y, width, height, element.attributes.preserveAspectRatio) : translate(x, y));
    const viewport = box ? { width: box.width, height: box.height } : { width, height };
    const overflow = property(element, 'overflow');
    const clip: VectorClip | null = overflow === 'visible' || overflow === 'auto' ? null : { shapes: [{ path: rectanglePath(x, y, width, height), matrix: context.matrix, rule: 'nonzero' }], clip: null };
    const inner: DrawContext = { ...context, matrix, viewport };
    this.effects(element, context, clip, () => this.children(element, inner));
  }

  private image(element: SvgElement, context: DrawContext): void {
    if (!context.style.visible) return;
    const href = (element.attributes.href ?? element.attributes['xlink:href'])?.trim();
    if (!href) return;
    const bytes = dataUrlBytes(href);
    if (!bytes) svgUnsupported('image', `refers to ${JSON.stringify(href.slice(0, 60))}; only data: URLs can be drawn`);
    let natural: { width: number; height: number };
    try {
      natural = naturalSize(bytes);
    } catch (error) {
      throw new OgsmithError('INVALID_IMAGE', 'An SVG image embeds an <image> whose size cannot be read', { cause: error });
    }
    const x = lengthOr(property(element, 'x'), context.viewport, 'x', 0);
    const y = lengthOr(property(element, 'y'), context.viewport, 'y', 0);
    const givenWidth = parseLength(property(element, 'width'), context.viewport, 'x');
    const givenHeight = parseLength(property(element, 'height'), context.viewport, 'y');
    const width = givenWidth ?? (givenHeight !== null ? (givenHeight * natural.width) / natural.height : natural.width);
    const height = givenHeight ?? (givenWidth !== null ? (givenWidth * natural.height) / natural.width : natural.height);
    if (!(width > 0 && height > 0 && natural.width > 0 && natural.height > 0)) return;
    const preserve = element.attributes.preserveAspectRatio;
    const [a, , , d, e, f] = viewBoxMatrix({ x: 0, y: 0, width: natural.width, height: natural.height }, x, y, width, height, preserve);
    const slice = /\bslice\b/.test(preserve ?? '') && !/^\s*none\b/.test(preserve ?? '');
    const clip: VectorClip | null = slice ? { shapes: [{ path: rectanglePath(x, y, width, height), matrix: context.matrix, rule: 'nonzero' }], clip: null } : null;
    this.effects(element, context, clip, () => this.commands.push({ op: 'image', bytes, matrix: context.matrix, x: e, y: f, width: natural.width * a, height: natural.height * d }));
  }

  /**
   * The bounding box of an element's geometry under `matrix` (its own transform applied unless
   * `own` is true, which measures it in its own user space: objectBoundingBox).
   */
  bounds(element: SvgElement, matrix: Matrix, viewport: Viewport, own = false): Box | null {
    if (property(element, 'display') === 'none' || NOT_DRAWN_IN_PLACE.has(element.name)) return null;
    const at = own ? matrix : withTransform(matrix, element);
    if (SHAPE_ELEMENTS.has(element.name)) return pathBounds(this.path(element, viewport), at);
    const acc = new BoundsAccumulator();
    if (element.name === 'g' || element.name === 'a' || element.name === 'svg') for (const child of element.children) acc.addBox(this.bounds(child, at, viewport));
    if (element.name === 'use') {
      const target = hrefTarget(element, this.tree);
      const x = lengthOr(property(element, 'x'), viewport, 'x', 0);
      const y = lengthOr(property(element, 'y'), viewport, 'y', 0);
      if (target && target.name !== 'symbol') acc.addBox(this.bounds(target, multiply(at, translate(x, y)), viewport));
    }
    return acc.box();
  }
}

function withTransform(matrix: Matrix, element: SvgElement): Matrix {
  const text = element.attributes.transform ?? element.style.get('transform');
  if (text === undefined) return matrix;
  const result = multiply(matrix, parseTransform(text, element.name));
  if (!result.every(Number.isFinite)) svgUnsupported(element.name, `has a transform ${JSON.stringify(text.slice(0, 80))} whose matrix is not finite`);
  return result;
}

/** Refuses an element whose properties ask for an effect the scene cannot express (filter, mask, markers, blending). */
function refuseEffects(element: SvgElement): void {
  for (const [name, initial] of UNSUPPORTED_PROPERTIES) {
    const value = property(element, name);
    if (value !== undefined && value !== initial) svgUnsupported(element.name, `has ${name} ${JSON.stringify(value.slice(0, 80))}, which the vector parser cannot draw`);
  }
  const origin = property(element, 'transform-origin') ?? property(element, 'transform-box');
  if (origin !== undefined && !/^(0(px)?\s+0(px)?|left\s+top|top\s+left|view-box)$/.test(origin)) svgUnsupported(element.name, `has transform-origin/transform-box ${JSON.stringify(origin.slice(0, 80))}, which the vector parser cannot draw`);
}

function rectanglePath(x: number, y: number, width: number, height: number): VectorPath {
  const path = new PathBuilder();
  path.roundedRect(x, y, width, height, 0, 0);
  return path.build();
}

/** The stroke properties of an inherited style as a scene stroke (odd dash lists doubled, all-zero ones dropped). */
function strokeStyle(style: InheritedStyle): StrokeStyle {
  let dashes = style.dashes;
  if (dashes.reduce((sum, v) => sum + v, 0) <= 0) dashes = [];
  else if (dashes.length % 2 === 1) dashes = [...dashes, ...dashes];
  return { width: style.strokeWidth, cap: style.cap, join: style.join, miterLimit: style.miterLimit, dashes, dashOffset: style.dashOffset };
}
