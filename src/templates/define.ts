// The template contract: a name, a TypeBox schema of query parameters, and a pure params → element function.
import type { Kind, Static, TObject } from '@sinclair/typebox';
import { isOgsmithError, OgsmithError, quote } from '../errors/catalogue.js';
import type { OgsmithElement } from '../jsx/element.js';

export interface TemplateDefinition<S extends TObject = TObject> {
  /** URL name: `/og/<name>`; lower case letters, digits and dashes. */
  readonly name: string;
  readonly description: string;
  /** Query parameters (strings from the URL, converted by the schema); unknown parameters are refused. */
  readonly params: S;
  /** Changes whenever the template's output changes for the same parameters (part of the ETag). */
  readonly version: string;
  /** Default image size; width/height parameters may override it within the server's limits. */
  readonly width?: number;
  readonly height?: number;
  /** Cache-Control for this template's images; default the server's. */
  readonly cacheControl?: string;
  render(params: Static<S>): OgsmithElement;
}

/** A registered template with its parameter type erased (the registry holds many). */
export interface Template {
  readonly name: string;
  readonly description: string;
  readonly params: TObject;
  readonly version: string;
  readonly width: number;
  readonly height: number;
  readonly cacheControl: string | undefined;
  readonly render: (params: Readonly<Record<string, unknown>>) => OgsmithElement;
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
  const render = (params: Readonly<Record<string, unknown>>): OgsmithElement => definition.render(params);
  return {
    name: d.name,
    description: typeof d.description === 'string' ? d.description : '',
    params: d.params,
    version: typeof d.version === 'string' ? d.version : '1',
    width: typeof d.width === 'number' ? d.width : 1200,
    height: typeof d.height === 'number' ? d.height : 630,
    cacheControl: typeof d.cacheControl === 'string' ? d.cacheControl : undefined,
    render,
  };
}

/** Calls a template with checked parameters; a throwing template is COMPONENT_FAILED, not a crash. */
export function callTemplate(template: Template, params: Readonly<Record<string, unknown>>): OgsmithElement {
  try {
    return template.render(params);
  } catch (error) {
    if (isOgsmithError(error)) throw error;
    throw new OgsmithError('COMPONENT_FAILED', `Template ${quote(template.name)} threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
