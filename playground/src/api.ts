// The playground API as the page sees it: types of its answers and the two calls.

export interface TemplateInfo {
  readonly name: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly params: ObjectSchema;
  readonly initial: Readonly<Record<string, string>>;
}

/** The parts of a TypeBox (JSON Schema) object the form understands. */
export interface ObjectSchema {
  readonly properties: Readonly<Record<string, PropertySchema>>;
  readonly required?: readonly string[];
}

export interface PropertySchema {
  readonly type?: string;
  readonly description?: string;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
  readonly pattern?: string;
  readonly anyOf?: readonly { readonly const?: unknown }[];
  readonly enum?: readonly unknown[];
}

export interface TemplatesAnswer {
  readonly templates: readonly TemplateInfo[];
  readonly signed: boolean;
  readonly limits: { readonly maxWidth: number; readonly maxHeight: number };
}

export type PlacedItem =
  | { readonly kind: 'box'; readonly path: string; readonly tag: string; readonly depth: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'line'; readonly path: string; readonly text: string; readonly depth: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly baseline: number };

export interface Timings {
  readonly fetch: number;
  readonly style: number;
  readonly layout: number;
  readonly paint: number;
  readonly encode: number;
  readonly total: number;
}

export interface RenderAnswer {
  readonly image: string;
  readonly bytes: number;
  readonly width: number;
  readonly height: number;
  readonly format: string;
  readonly timings: Timings;
  readonly items: readonly PlacedItem[];
  readonly warnings: readonly string[];
  readonly url: string | null;
  readonly meta: string;
  readonly texts: { readonly title?: string; readonly description?: string };
  readonly renderBody: unknown;
}

export type RenderRequest =
  | { readonly template: string; readonly params: Readonly<Record<string, string>>; readonly width?: number; readonly height?: number }
  | { readonly source: string; readonly width: number; readonly height: number };

export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiError(error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText);
  }
  return body as T;
}

export async function loadTemplates(): Promise<TemplatesAnswer> {
  return answer<TemplatesAnswer>(await fetch('/playground/api/templates'));
}

export async function renderCard(request: RenderRequest, signal: AbortSignal): Promise<RenderAnswer> {
  const response = await fetch('/playground/api/render', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request), signal });
  return answer<RenderAnswer>(response);
}
