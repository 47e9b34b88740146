// Element stage: calls function components, flattens children and validates the input tree.
import { isOgsmithError, OgsmithError, quote } from '../../errors/catalogue.js';
import { dataUrlBytes, naturalSize } from './image-natural-size.js';
import { tailwindStyle } from './tailwind.js';
import { inlineSvgImage, isSvgChildElement } from './inline-svg.js';
import { ELEMENT_TYPES, UA_ATTRIBUTES, type ElementNode, type ElementType, type ImageAttributes, type NormalizedTree, type TreeNode } from './types.js';
import { elementFromInput } from '../../html/html-input.js';

/** Reads an image source that is not inline data (a file path, a URL); null when it cannot. */
export type ImageResolver = (src: string) => Uint8Array | null;

export interface NormalizeOptions {
  readonly limits?: NormalizeLimits;
  readonly resolveImage?: ImageResolver;
  /** false: a broken image becomes an empty box and a warning instead of an error. */
  readonly strict?: boolean;
  readonly warnings?: string[];
}

export interface NormalizeLimits {
  /** Deepest nesting of elements and components (default 64). */
  readonly maxDepth: number;
  /** Most nodes (elements and text) in the tree (default 10,000). */
  readonly maxNodes: number;
}

export const DEFAULT_LIMITS: NormalizeLimits = { maxDepth: 64, maxNodes: 10_000 };

const KNOWN_TYPES: ReadonlySet<string> = new Set(ELEMENT_TYPES);
const FRAGMENT_NAMES: ReadonlySet<string> = new Set(['Symbol(react.fragment)', 'Symbol(ogsmith.fragment)']);

type Props = Readonly<Record<string, unknown>>;
interface ElementLike { readonly type: unknown; readonly props: Props }

function isElementLike(value: object): value is ElementLike {
  return 'type' in value && (!('props' in value) || value.props === undefined || (typeof value.props === 'object' && value.props !== null));
}

function propsOf(value: ElementLike): Props {
  return (value.props ?? {}) as Props;
}

class Normalizer {
  private nextId = 0;
  private readonly limits: NormalizeLimits;
  constructor(private readonly options: NormalizeOptions) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  private takeId(path: string): number {
    if (this.nextId >= this.limits.maxNodes) {
      throw new OgsmithError('TREE_TOO_LARGE', `The element tree has more than ${this.limits.maxNodes} nodes`, { path });
    }
    return this.nextId++;
  }

  /** Expands one child value into zero or more normalised nodes (arrays, fragments and components flatten). */
  private expand(value: unknown, parentPath: string, out: TreeNode[], depth: number): void {
    if (depth > this.limits.maxDepth) {
      throw new OgsmithError('TREE_TOO_DEEP', `The element tree nests deeper than ${this.limits.maxDepth} levels`, { path: parentPath });
    }
    if (value === null || value === undefined || value === false || value === true || value === '') return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new OgsmithError('INVALID_ELEMENT', `A child is the number ${quote(value)}, which cannot be shown as text`, { path: parentPath });
      }
      const path = `${parentPath} > text[${out.length}]`;
      out.push({ kind: 'text', id: this.takeId(path), path, text: String(value) });
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.expand(item, parentPath, out, depth + 1);
      return;
    }
    if (typeof value !== 'object' || !isElementLike(value)) {
      throw new OgsmithError('INVALID_ELEMENT', `A child is ${describe(value)}, not an element, string or number`, { path: parentPath });
    }
    const { type } = value;
    const props = propsOf(value);
    if (typeof type === 'function') {
      this.expand(callComponent(type as (props: Props) => unknown, props, parentPath), parentPath, out, depth + 1);
      return;
    }
    if (typeof type === 'symbol' && FRAGMENT_NAMES.has(type.toString())) {
      this.expand(props.children, parentPath, out, depth + 1);
      return;
    }
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      const where = typeof type === 'string' && isSvgChildElement(type) ? ` outside an <svg> element; inside one` : `; use one of ${ELEMENT_TYPES.join(', ')}`;
      throw new OgsmithError('UNKNOWN_ELEMENT_TYPE', `Element type ${describeType(type)} is not supported${where}`, { path: `${parentPath} > [${out.length}]` });
    }
    out.push(this.element(type as ElementType, props, `${parentPath} > ${type}[${out.length}]`, depth));
  }

  element(type: ElementType, props: Props, path: string, depth: number): ElementNode {
    const id = this.takeId(path);
    const svg = type === 'svg' ? inlineSvgImage(props, path, (child) => this.expandComponent(child, path)) : null;
    const styleProp = readStyle(props.style, path);
    // tw classes (as @vercel/og): the style prop wins over them.
    const ownStyle = props.tw === undefined || props.tw === null || props.tw === '' ? styleProp : { ...tailwindStyle(props.tw, path), ...styleProp };
    const style = svg ? { ...svg.hints, ...ownStyle } : ownStyle;
    const image = type === 'img' ? this.image(props, path) : svg ? svg.image : null;
    const children: TreeNode[] = [];
    if (type === 'br') children.push({ kind: 'text', id: this.takeId(`${path} > text[0]`), path: `${path} > text[0]`, text: '\n', hidden: true });
    else if (!image) this.expand(props.children, path, children, depth + 1);
    return { kind: 'element', id, type, path, style, image, attributes: readAttributes(props), children };
  }

  /** Calls function components inside an inline svg (the subtree is kept as elements, not normalised). */
  private expandComponent(value: { readonly type: unknown; readonly props?: Props }, path: string): unknown {
    return typeof value.type === 'function' ? callComponent(value.type as (props: Props) => unknown, value.props ?? {}, path) : value;
  }

  /** Reads the img attributes and its bytes; broken images throw, or warn with strict: false. */
  private image(props: Props, path: string): ImageAttributes {
    try {
      return readImage(props, path, this.options.resolveImage);
    } catch (error) {
      if (!isOgsmithError(error) || error.code !== 'INVALID_IMAGE' || this.options.strict !== false) throw error;
      this.options.warnings?.push(`${error.code}: ${error.message}`);
      return { ...readImage({ ...props, src: undefined }, path, undefined), src: describeSource(props.src) };
    }
  }

  root(input: unknown): ElementNode {
    const nodes: TreeNode[] = [];
    this.expand(input, 'root', nodes, 0);
    const [first] = nodes;
    if (nodes.length !== 1 || !first || first.kind !== 'element') {
      throw new OgsmithError('INVALID_ELEMENT', `The root must be exactly one element, got ${nodes.length === 0 ? 'nothing' : nodes.length > 1 ? `${nodes.length} nodes` : 'text'}`, { path: 'root' });
    }
    return first;
  }

  get count(): number {
    return this.nextId;
  }
}

function callComponent(component: (props: Props) => unknown, props: Props, path: string): unknown {
  if (typeof component.prototype === 'object' && component.prototype !== null && 'render' in component.prototype) {
    throw new OgsmithError('INVALID_ELEMENT', `Class component ${quote(component.name)} is not supported; use a function component`, { path });
  }
  try {
    return component(props);
  } catch (error) {
    if (isOgsmithError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new OgsmithError('COMPONENT_FAILED', `Component ${quote(component.name || 'anonymous')} threw: ${reason}`, { path, cause: error });
  }
}

function readStyle(style: unknown, path: string): Props | undefined {
  if (style === undefined || style === null) return undefined;
  if (typeof style !== 'object' || Array.isArray(style)) {
    throw new OgsmithError('INVALID_ATTRIBUTE', `The style prop must be an object, got ${quote(style)}`, { path });
  }
  return style as Props;
}

/** The attributes the UA stylesheet reads, as text (a boolean attribute present: ''). */
function readAttributes(props: Props): ElementNode['attributes'] {
  const out: Partial<Record<(typeof UA_ATTRIBUTES)[number], string>> = {};
  for (const name of UA_ATTRIBUTES) {
    const value = props[name];
    if (value === undefined || value === null || value === false) continue;
    out[name] = value === true ? '' : String(value);
  }
  return out;
}

function readDimension(props: Props, name: 'width' | 'height', path: string): number | undefined {
  const raw = props[name];
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+(\.\d+)?(px)?\s*$/.test(raw) ? Number.parseFloat(raw) : Number.NaN;
  if (!Number.isFinite(value) || value < 0) {
    throw new OgsmithError('INVALID_ATTRIBUTE', `img attribute ${name} must be a non-negative number of px, got ${quote(raw)}`, { path });
  }
  return value;
}

function describeSource(src: unknown): string | undefined {
  if (src === undefined || src === null) return undefined;
  if (src instanceof Uint8Array) return `<${src.byteLength} bytes>`;
  if (src instanceof ArrayBuffer) return `<${src.byteLength} bytes>`;
  const text = String(src);
  return text.startsWith('data:') && text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function sourceBytes(src: unknown, path: string, resolveImage: ImageResolver | undefined): Uint8Array | null {
  if (src === undefined || src === null || src === '') return null;
  if (src instanceof Uint8Array) return src;
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  if (typeof src !== 'string') throw new OgsmithError('INVALID_ATTRIBUTE', `img attribute src must be a string, Buffer or Uint8Array, got ${quote(src)}`, { path });
  const inline = dataUrlBytes(src);
  if (inline) return inline;
  const resolved = resolveImage?.(src) ?? null;
  if (!resolved) {
    throw new OgsmithError('INVALID_IMAGE', `img src ${quote(describeSource(src))} cannot be read: use a data: URL, bytes, or a file under the imageDirectory option`, { path });
  }
  return resolved;
}

function readImage(props: Props, path: string, resolveImage: ImageResolver | undefined): ImageAttributes {
  const bytes = sourceBytes(props.src, path, resolveImage);
  let natural: ImageAttributes['natural'] = null;
  if (bytes) {
    try {
      natural = naturalSize(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new OgsmithError('INVALID_IMAGE', `img src ${quote(describeSource(props.src))} is not an image ogsmith can read (PNG, JPEG, WebP, GIF, SVG, AVIF): ${reason}`, { path, cause: error });
    }
  }
  const alt = typeof props.alt === 'string' ? props.alt : undefined;
  return { src: describeSource(props.src), bytes, width: readDimension(props, 'width', path), height: readDimension(props, 'height', path), alt, natural };
}

function describe(value: unknown): string {
  if (typeof value === 'function') return `a function (${quote(value.name)}) used as a child; call it or use it as an element type`;
  if (typeof value === 'symbol') return `the symbol ${value.toString()}`;
  if (typeof value === 'object' && value !== null) return `an object without a type (${quote(value)})`;
  return `${typeof value} ${quote(value)}`;
}

function describeType(type: unknown): string {
  if (typeof type === 'string') return quote(type);
  if (typeof type === 'symbol') return type.toString();
  return `${typeof type} ${quote(type)}`;
}

/** Normalises any supported input into an element tree, or throws a coded error naming the offending node. */
export function normalizeTree(input: unknown, options: NormalizeOptions = {}): NormalizedTree {
  const normalizer = new Normalizer(options);
  const root = normalizer.root(elementFromInput(input));
  return { root, nodeCount: normalizer.count };
}
