// The template contract: a name, a TypeBox schema of query parameters, and a pure params → element function.
import type { Kind, Static, TObject } from '@sinclair/typebox';
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';
import type { OgsmithElement } from '../jsx/element.js';
import { fillImage, type AspectRange, type FrameSize, type TemplateSizing } from './frame-size.js';

export interface TemplateDefinition<S extends TObject = TObject> {
  /** URL name: `/og/<name>`; lower case letters, digits and dashes. */
  readonly name: string;
  readonly description: string;
  /** Query parameters (strings from the URL, converted by the schema); unknown parameters are refused. */
  readonly params: S;
  /** Changes whenever the template's output changes for the same parameters (part of the ETag). */
  readonly version: string;
  /**
   * Design size (default 1200×630). A request for another size gets the frame laid out at the design
   * width and scaled to the image (frame-size.ts): width alone keeps this aspect ratio.
   */
  readonly width?: number;
  readonly height?: number;
  /**
   * Width ÷ height ratios the template lays out well at (its frame follows `frame`); a request
   * outside them is refused. Without it, only the design's own ratio is served.
   */
  readonly aspectRatios?: AspectRange;
  /** Cache-Control for this template's images; default the server's. */
  readonly cacheControl?: string;
  /** The element for the parameters, its root `frame.width` × `frame.height` (the design size unless `aspectRatios` allows another). */
  render(params: Static<S>, frame: FrameSize): OgsmithElement;
}

/** A registered template with its parameter type erased (the registry holds many). */
export interface Template {
  readonly name: string;
  readonly description: string;
  readonly params: TObject;
  readonly version: string;
  readonly width: number;
  readonly height: number;
  readonly aspectRatios: AspectRange | null;
  readonly cacheControl: string | undefined;
  /** The element for the parameters, laid out at `frame` (default: the design size). */
  readonly render: (params: Readonly<Record<string, unknown>>, frame?: FrameSize) => OgsmithElement;
}

/** Declares a template with typed parameters. */
export function defineTemplate<S extends TObject>(definition: TemplateDefinition<S>): TemplateDefinition<S> {
  return definition;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** TypeBox's `Kind` key (a registered symbol), named here so that defining a template does not load TypeBox. */
const KIND: typeof Kind = Symbol.for('TypeBox.Kind') as typeof Kind;

/** Checks a definition (also ones loaded from a user directory) and erases its parameter type. */
export function toTemplate(value: unknown, origin: string): Template {
  const d = value as Partial<TemplateDefinition> | null;
  if (typeof d !== 'object' || d === null) throw new Error(`${origin}: the default export is not a template definition`);
  if (typeof d.name !== 'string' || !NAME.test(d.name)) throw new Error(`${origin}: template name must match ${NAME}, got ${JSON.stringify(d.name)}`);
  if (typeof d.render !== 'function') throw new Error(`${origin}: template ${d.name} has no render function`);
  if (typeof d.params !== 'object' || d.params === null || (d.params as Partial<Record<typeof Kind, unknown>>)[KIND] !== 'Object') {
    throw new Error(`${origin}: template ${d.name} params must be a TypeBox Type.Object (import { Type } from '@sinclair/typebox')`);
  }
  const definition = d as TemplateDefinition;
  const design: FrameSize = { width: typeof d.width === 'number' ? d.width : 1200, height: typeof d.height === 'number' ? d.height : 630 };
  const render = (params: Readonly<Record<string, unknown>>, frame: FrameSize = design): OgsmithElement => definition.render(params, frame);
  return {
    name: d.name,
    description: typeof d.description === 'string' ? d.description : '',
    params: d.params,
    version: typeof d.version === 'string' ? d.version : '1',
    width: design.width,
    height: design.height,
    aspectRatios: aspectRangeOf(d.aspectRatios, `${origin}: template ${d.name}`),
    cacheControl: typeof d.cacheControl === 'string' ? d.cacheControl : undefined,
    render,
  };
}

/** A declared aspect range, checked: two positive finite ratios, min ≤ max; absent is null. */
function aspectRangeOf(value: unknown, where: string): AspectRange | null {
  if (value === undefined) return null;
  const range = value as Partial<AspectRange> | null;
  const { min, max } = range ?? {};
  if (typeof min !== 'number' || typeof max !== 'number' || !(min > 0) || !(max >= min) || !Number.isFinite(max)) {
    throw new Error(`${where}: aspectRatios must be { min, max }, two positive width ÷ height ratios with min ≤ max, got ${JSON.stringify(value)}`);
  }
  return { min, max };
}

/**
 * Calls a template with checked parameters; a throwing template is COMPONENT_FAILED, not a crash.
 * With a sizing (frame-size.ts), the template lays out its frame and the element is scaled to fill the image.
 */
export function callTemplate(template: Template, params: Readonly<Record<string, unknown>>, sizing?: TemplateSizing): OgsmithElement {
  let element: OgsmithElement;
  try {
    element = template.render(params, sizing?.frame);
  } catch (error) {
    if (isOgsmithError(error)) throw error;
    throw new OgsmithError('COMPONENT_FAILED', `Template ${quote(template.name)} threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return sizing ? fillImage(element, sizing) : element;
}
