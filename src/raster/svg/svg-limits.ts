// SVG image bounds: reads an SVG's structure (saxes) and refuses features whose native rasterisation cost has no bound.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { svgText } from './svg-sniff.js';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { dataUrlBytes, naturalSize } from '../../layout/element/image-natural-size.js';

/** What one SVG image may contain; every bound is documented in docs/server.md ("SVG images"). */
export const SVG_LIMITS = {
  /** Bytes of SVG text. */
  maxBytes: 1024 * 1024,
  /** Elements as written, and element nesting. */
  maxElements: 5000,
  maxNesting: 64,
  /** Elements once every reference (`use`, `href`, `url(#…)`: patterns, filters, masks, markers) is expanded where it is used. */
  maxExpandedElements: 20_000,
  /** References followed inside references (a `use` of a `use` of a pattern…). */
  maxReferenceDepth: 8,
  /** Filter primitives (`fe…` elements) once references are expanded. */
  maxFilterPrimitives: 32,
  /** feGaussianBlur / feDropShadow stdDeviation, feMorphology radius, feTurbulence numOctaves, feConvolveMatrix order. */
  maxBlurDeviation: 100,
  maxMorphologyRadius: 25,
  maxTurbulenceOctaves: 8,
  maxConvolveOrder: 5,
  /** A filter region's width/height as a fraction of the bounding box (300%), and its x/y (-100%). */
  maxFilterRegion: 3,
  minFilterOffset: -1,
  /** Pixels of an image embedded in the SVG (only data: URLs are allowed there). */
  maxEmbeddedImagePixels: 25_000_000,
} as const;

/** The cost of drawing an SVG once, used against the render's budget (svg-work.ts). */
export interface SvgCost {
  /** Expanded element count. */
  readonly elements: number;
  /** Filter work per drawn pixel, in passes (a blur is 4, each turbulence octave 1...). */
  readonly filterPasses: number;
}

interface SvgNode {
  readonly name: string;
  readonly children: SvgNode[];
  /** Ids this element refers to (href="#id", url(#id)). */
  readonly refs: string[];
  /** Filter passes of this element alone. */
  readonly passes: number;
}

const refuse = (what: string): never => {
  throw new OgsmithError('SVG_TOO_COMPLEX', `An SVG image is refused: ${what}`);
};

const numbers = (value: string | undefined): number[] => (value ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

function atMost(element: string, attribute: string, value: string | undefined, limit: number): number {
  let largest = 0;
  for (const n of numbers(value)) {
    if (!Number.isFinite(n) || Math.abs(n) > limit) refuse(`${element} ${attribute} is ${quote(value)}; the limit is ${limit}`);
    largest = Math.max(largest, Math.abs(n));
  }
  return largest;
}

/** Filter passes of one primitive (after checking its parameters). */
function primitivePasses(name: string, attributes: Readonly<Record<string, string>>): number {
  switch (name) {
    case 'feGaussianBlur':
    case 'feDropShadow':
      atMost(name, 'stdDeviation', attributes.stdDeviation, SVG_LIMITS.maxBlurDeviation);
      return 4;
    case 'feMorphology':
      return 1 + atMost(name, 'radius', attributes.radius, SVG_LIMITS.maxMorphologyRadius) / 2;
    case 'feTurbulence':
      return Math.max(1, atMost(name, 'numOctaves', attributes.numOctaves ?? '1', SVG_LIMITS.maxTurbulenceOctaves));
    case 'feConvolveMatrix': {
      const order = atMost(name, 'order', attributes.order ?? '3', SVG_LIMITS.maxConvolveOrder);
      return 1 + (order * order) / 4;
    }
    case 'feDiffuseLighting':
    case 'feSpecularLighting':
      return 4;
    default:
      return 1;
  }
}

/** A filter region attribute in bounding-box units: "300%" or 3; user-space regions are clipped to the canvas by Skia. */
function checkFilterRegion(attributes: Readonly<Record<string, string>>): void {
  if (attributes.filterUnits === 'userSpaceOnUse') return;
  for (const [name, bound] of [['width', SVG_LIMITS.maxFilterRegion], ['height', SVG_LIMITS.maxFilterRegion], ['x', SVG_LIMITS.minFilterOffset], ['y', SVG_LIMITS.minFilterOffset]] as const) {
    const raw = attributes[name];
    if (raw === undefined) continue;
    const value = raw.trim().endsWith('%') ? Number.parseFloat(raw) / 100 : Number(raw);
    const ok = Number.isFinite(value) && (bound > 0 ? value <= bound : value >= bound && value <= SVG_LIMITS.maxFilterRegion);
    if (!ok) refuse(`filter ${name} is ${quote(raw)}; a filter region may span at most ${SVG_LIMITS.maxFilterRegion * 100}% of its element, starting at ${SVG_LIMITS.minFilterOffset * 100}% at the least`);
  }
}

/** An <image> inside the SVG: only a data: URL of bounded size (never a path or URL Skia would read). */
function checkEmbeddedImage(href: string | undefined): void {
  if (href === undefined) return;
  const bytes = dataUrlBytes(href.trim());
  if (!bytes) refuse(`an <image> refers to ${quote(href.slice(0, 60))}; only data: URLs are allowed inside an SVG`);
  let size: { width: number; height: number } | undefined;
  try {
    size = bytes ? naturalSize(bytes) : undefined;
  } catch {
    refuse('an embedded <image> has no readable size');
  }
  if (size && size.width * size.height > SVG_LIMITS.maxEmbeddedImagePixels) refuse(`an embedded <image> is ${size.width}×${size.height} px; the limit is ${SVG_LIMITS.maxEmbeddedImagePixels} pixels`);
}

const URL_REF = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;

function referencesOf(name: string, attributes: Readonly<Record<string, string>>): string[] {
  const refs: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'href' || key === 'xlink:href') {
      if (value.trim().startsWith('#')) refs.push(value.trim().slice(1));
      else if (name !== 'image' && !value.trim().startsWith('data:') && value.trim() !== '') refuse(`<${name}> refers to ${quote(value.slice(0, 60))}; only references inside the SVG (#id) are allowed`);
      continue;
    }
    for (const match of value.matchAll(URL_REF)) if (match[1]) refs.push(match[1]);
  }
  return refs;
}

/** Receives the SVG's elements while svgCost reads them, so a caller can build its own tree in the same XML pass. */
export interface SvgReader {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(): void;
  text(text: string): void;
}

/** Parses the SVG into a light tree, checking sizes and per-element parameters on the way. */
function parse(text: string, reader?: SvgReader): { root: SvgNode; ids: Map<string, SvgNode> } {
  const parser = new SaxesParser();
  const root: SvgNode = { name: '#document', children: [], refs: [], passes: 0 };
  const stack: SvgNode[] = [root];
  const ids = new Map<string, SvgNode>();
  let count = 0;
  parser.on('doctype', () => refuse('it has a DOCTYPE (entity declarations are not allowed)'));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++count > SVG_LIMITS.maxElements) refuse(`it has more than ${SVG_LIMITS.maxElements} elements`);
    if (stack.length > SVG_LIMITS.maxNesting) refuse(`its elements nest deeper than ${SVG_LIMITS.maxNesting}`);
    const attributes = tag.attributes as Readonly<Record<string, string>>;
    const name = tag.name.replace(/^svg:/, '');
    if (name === 'filter') checkFilterRegion(attributes);
    if (name === 'image') checkEmbeddedImage(attributes.href ?? attributes['xlink:href']);
    const node: SvgNode = { name, children: [], refs: referencesOf(name, attributes), passes: name.startsWith('fe') ? primitivePasses(name, attributes) : 0 };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
    if (attributes.id !== undefined) ids.set(attributes.id, node);
    reader?.open(name, attributes);
  });
  parser.on('closetag', () => {
    stack.pop();
    reader?.close();
  });
  if (reader) {
    parser.on('text', (text) => reader.text(text));
    parser.on('cdata', (text) => reader.text(text));
  }
  parser.on('error', (error) => {
    throw new OgsmithError('INVALID_IMAGE', `An SVG image is not well-formed XML: ${error.message}`);
  });
  parser.write(text).close();
  return { root, ids };
}

interface Expanded {
  readonly elements: number;
  readonly primitives: number;
  readonly passes: number;
  /** References followed below this element. */
  readonly depth: number;
}

/** Elements that draw nothing where they are written, only where something refers to them. */
const DRAWN_WHEN_REFERENCED: ReadonlySet<string> = new Set(['defs', 'symbol', 'filter', 'pattern', 'mask', 'clipPath', 'marker', 'linearGradient', 'radialGradient']);

/** Sizes of the tree with every reference expanded where it is used; a reference cycle is refused. */
function expand(root: SvgNode, ids: ReadonlyMap<string, SvgNode>): Expanded {
  const memo = new Map<SvgNode, Expanded>();
  const visiting = new Set<SvgNode>();
  const visit = (node: SvgNode): Expanded => {
    const known = memo.get(node);
    if (known) return known;
    if (visiting.has(node)) refuse(`<${node.name}> refers to itself through its references`);
    visiting.add(node);
    let elements = 1;
    let primitives = node.name.startsWith('fe') ? 1 : 0;
    let passes = node.passes;
    let depth = 0;
    const add = (part: Expanded, hop: number): void => {
      elements += part.elements;
      primitives += part.primitives;
      passes += part.passes;
      depth = Math.max(depth, part.depth + hop);
      if (elements > SVG_LIMITS.maxExpandedElements) refuse(`it expands to more than ${SVG_LIMITS.maxExpandedElements} elements through its references`);
      if (depth > SVG_LIMITS.maxReferenceDepth) refuse(`its references nest deeper than ${SVG_LIMITS.maxReferenceDepth}`);
    };
    for (const child of node.children) if (!DRAWN_WHEN_REFERENCED.has(child.name)) add(visit(child), 0);
    for (const id of node.refs) {
      const target = ids.get(id);
      if (target) add(visit(target), 1);
    }
    visiting.delete(node);
    const result = { elements, primitives, passes, depth };
    memo.set(node, result);
    return result;
  };
  return visit(root);
}

export { isSvg } from './svg-sniff.js';

const costs = new WeakMap<Uint8Array, SvgCost>();

/**
 * Checks an SVG against SVG_LIMITS and returns its drawing cost; throws SVG_TOO_COMPLEX naming the
 * feature. A `reader` is given every element as it is read (the bytes are then always parsed).
 */
export function svgCost(bytes: Uint8Array, reader?: SvgReader): SvgCost {
  const known = reader ? undefined : costs.get(bytes);
  if (known) return known;
  if (bytes.byteLength > SVG_LIMITS.maxBytes) refuse(`it is ${bytes.byteLength} bytes; the limit is ${SVG_LIMITS.maxBytes}`);
  const { root, ids } = parse(svgText(bytes) ?? '', reader);
  const expanded = expand(root, ids);
  if (expanded.primitives > SVG_LIMITS.maxFilterPrimitives) refuse(`it applies ${expanded.primitives} filter primitives once references are expanded; the limit is ${SVG_LIMITS.maxFilterPrimitives}`);
  const cost = { elements: expanded.elements, filterPasses: expanded.passes };
  costs.set(bytes, cost);
  return cost;
}
