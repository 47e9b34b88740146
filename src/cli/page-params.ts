// A page's parameters checked against its template the way the server checks a URL's, and the page's content hash.
import { createHash } from 'node:crypto';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { DEFAULT_SERVER_LIMITS } from '../server/limits.js';
import { checkText, readTemplateParams } from '../server/request-params.js';
import type { Template } from '../templates/define.js';
import { displayDate } from './display-date.js';

/** One raw value (from YAML, JSON or front matter) as the string a URL would carry. */
function asText(key: string, value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return String(displayDate(value));
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) return value.join(', ');
  throw new OgsmithError('INVALID_PAGE', `${where}: parameter ${quote(key)} must be text, a number, a boolean or a list of them, got ${quote(value)}`);
}

/** The checked, defaulted parameters in key order: the same values `/og/<template>` would render with. */
export function pageParams(template: Template, raw: Readonly<Record<string, unknown>>, where: string): Readonly<Record<string, unknown>> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    text[key] = asText(key, value, where);
    checkText(`Parameter ${quote(key)}`, text[key], DEFAULT_SERVER_LIMITS.maxTextLength);
  }
  const properties = template.params.properties as Readonly<Record<string, { readonly default?: unknown }>>;
  const missing = (template.params.required ?? []).filter((key) => !Object.hasOwn(text, key) && properties[key]?.default === undefined);
  if (missing.length > 0) throw new OgsmithError('INVALID_PARAMETER', `Parameter ${missing.map((key) => quote(key)).join(', ')} is required by template ${quote(template.name)} and missing`);
  return readTemplateParams(template.name, template.params, text);
}

export interface HashInput {
  readonly version: string;
  readonly template: string;
  readonly templateSource: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number;
  readonly format: string;
  readonly quality: number | undefined;
  readonly fonts: string;
}

/** The page's content hash: what its image depends on (template source, parameters, size, format, fonts, ogsmith). */
export function pageHash(input: HashInput): string {
  const parts = [1, input.version, input.template, input.templateSource, input.params, input.width, input.height, input.format, input.quality ?? null, input.fonts];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}
