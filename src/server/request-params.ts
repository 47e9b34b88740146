// Query and body values checked before anything renders: size, format, quality, text, and template parameters.
import type { TObject } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { ImageFormat } from '../raster/encode/formats.js';
import { templateSizing, type SizedTemplate, type TemplateSizing } from '../templates/frame-size.js';
import type { ServerLimits } from './limits.js';

/** Query parameters every image route understands besides the template's own (`v` busts caches, `sig` signs). */
export const RESERVED_PARAMS: ReadonlySet<string> = new Set(['width', 'height', 'format', 'quality', 'v', 'sig']);

export interface ImageShape {
  readonly width: number;
  readonly height: number;
  readonly format: ImageFormat;
  readonly quality: number | undefined;
}

const FORMATS: Readonly<Record<string, ImageFormat>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', avif: 'avif', svg: 'svg' };
// C0 controls except tab and newline, DEL, and the bidi embedding/override/isolate controls.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

const bad = (message: string): OgsmithError => new OgsmithError('INVALID_PARAMETER', message);

/** Checks one text value: its length and no control or bidi-override characters. */
export function checkText(field: string, value: string, maxLength: number): void {
  if (value.length > maxLength) throw new OgsmithError('TEXT_TOO_LONG', `${field} is ${value.length} characters long; the limit is ${maxLength}`);
  const forbidden = FORBIDDEN_TEXT.exec(value);
  if (forbidden) throw bad(`${field} contains the control character U+${forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which is not allowed`);
}

function wholeNumber(field: string, raw: unknown, min: number, max: number): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) throw bad(`${field} must be a whole number from ${min} to ${max}, got ${quote(raw)}`);
  return value;
}

/** Width, height, format and quality from query or body values, within the limits; `extension` is the path's (.png). */
export function readImageShape(values: Readonly<Record<string, unknown>>, defaults: { width: number; height: number }, limits: Pick<ServerLimits, 'maxWidth' | 'maxHeight' | 'maxPixels'>, extension?: string): ImageShape {
  const width = values.width === undefined ? defaults.width : wholeNumber('width', values.width, 1, limits.maxWidth);
  const height = values.height === undefined ? defaults.height : wholeNumber('height', values.height, 1, limits.maxHeight);
  if (width * height > limits.maxPixels) throw bad(`width × height is ${width * height} pixels; the limit is ${limits.maxPixels}`);
  const fromPath = extension === undefined ? undefined : FORMATS[extension];
  if (extension !== undefined && !fromPath) throw bad(`The extension .${extension} is not one of .png, .jpg, .webp, .avif, .svg`);
  let format = fromPath ?? 'png';
  if (values.format !== undefined) {
    const asked = typeof values.format === 'string' ? FORMATS[values.format.toLowerCase()] : undefined;
    if (!asked) throw bad(`format must be png, jpeg, webp, avif or svg, got ${quote(values.format)}`);
    if (fromPath && asked !== fromPath) throw bad(`format ${quote(values.format)} contradicts the path's .${extension}`);
    format = asked;
  }
  const quality = values.quality === undefined ? undefined : wholeNumber('quality', values.quality, 1, 100);
  if (quality !== undefined && (format === 'png' || format === 'svg')) throw bad(`quality applies to jpeg, webp and avif, not ${format}`);
  return { width, height, format, quality };
}

/**
 * A template image's shape and sizing: width and height checked as given, then sized for the
 * template (frame-size.ts: width alone keeps its ratio; a ratio it cannot lay out is refused), and
 * the resulting size checked against the limits again.
 */
export function readTemplateShape(values: Readonly<Record<string, unknown>>, template: SizedTemplate, limits: Pick<ServerLimits, 'maxWidth' | 'maxHeight' | 'maxPixels'>, extension?: string): { readonly shape: ImageShape; readonly sizing: TemplateSizing } {
  const asked = readImageShape(values, template, limits, extension);
  const sizing = templateSizing(template, { width: values.width === undefined ? undefined : asked.width, height: values.height === undefined ? undefined : asked.height });
  const { width, height } = sizing.image;
  if (width === asked.width && height === asked.height) return { shape: asked, sizing };
  return { shape: readImageShape({ ...values, width, height }, template, limits, extension), sizing };
}

/**
 * Names no template may declare: an object would take `__proto__` as its prototype instead of a value, so it would be
 * dropped unseen (and unsigned); refused before the signature, like any unknown parameter.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Query values as single strings: a parameter given twice, or a prototype name, is refused (it would make two URLs of one image). */
export function singleValues(query: unknown, limits: Pick<ServerLimits, 'maxTextLength'>): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (typeof query !== 'object' || query === null) return out;
  for (const [key, value] of Object.entries(query)) {
    if (PROTOTYPE_NAMES.has(key)) throw bad(`Unknown parameter ${quote(key)}; no image takes it`);
    if (typeof value !== 'string') throw bad(`Parameter ${quote(key)} is given more than once`);
    checkText(`Parameter ${quote(key)}`, value, limits.maxTextLength);
    out[key] = value;
  }
  return out;
}

/** The template's parameters from the query: unknown names refused, values converted, defaults filled, schema checked. */
export function readTemplateParams(templateName: string, schema: TObject, query: Readonly<Record<string, string>>): Readonly<Record<string, unknown>> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (RESERVED_PARAMS.has(key)) continue;
    if (!Object.hasOwn(schema.properties, key)) {
      throw bad(`Unknown parameter ${quote(key)} for template ${quote(templateName)}; it takes ${Object.keys(schema.properties).join(', ')} (and width, height, format, quality, v)`);
    }
    raw[key] = value;
  }
  const params = Value.Default(schema, Value.Convert(schema, raw)) as Record<string, unknown>;
  const first = Value.Errors(schema, params).First();
  if (first) {
    const field = first.path.replace(/^\//, '') || 'parameters';
    const message = `Parameter ${quote(field)} ${first.message.replace(/^Expected/, 'must be').toLowerCase()}, got ${quote(first.value)}`;
    throw first.type === ValueErrorType.StringMaxLength ? new OgsmithError('TEXT_TOO_LONG', message) : bad(message);
  }
  return Object.fromEntries(Object.keys(params).sort().map((key) => [key, params[key]]));
}
