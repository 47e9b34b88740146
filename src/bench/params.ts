// Varied template parameters from a TypeBox schema, so every benchmark render is a cache miss with realistic text.
import type { TObject, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { OgsmithError, quote } from '../errors/catalogue.js';

const WORDS = 'rendering open graph images fast layout engine text fits every card browser exact fonts kerning lines wrap flex boxes gradients shadows pixels encode cache edge server build static site pages release notes product launch weekly digest'.split(' ');

/** A sentence of 2 to maxWords words chosen deterministically from the index, cut to maxLength. */
function sentence(index: number, maxLength: number, maxWords: number): string {
  const count = 2 + ((index * 7) % Math.max(1, maxWords - 1));
  const words = Array.from({ length: count }, (_, k) => WORDS[(index * 13 + k * 5) % WORDS.length]!);
  const text = words.join(' ');
  const cut = text.slice(0, maxLength).trimEnd();
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}

interface StringSchema {
  readonly maxLength?: number | undefined;
  readonly minLength?: number | undefined;
  readonly pattern?: string | undefined;
}

/** Candidate strings of several shapes (prose, versions, prices, words); the first the schema accepts wins. */
function stringFor(schema: StringSchema, index: number): string | undefined {
  const maxLength = schema.maxLength ?? 120;
  const candidates = [sentence(index, maxLength, Math.min(24, Math.max(2, Math.floor(maxLength / 8)))), `${1 + (index % 9)}.${index % 20}.${index % 7}`, `$${10 + (index % 190)}.00`, `item${index}`];
  const pattern = schema.pattern === undefined ? null : new RegExp(schema.pattern, 'u');
  return candidates.find((c) => c.length <= maxLength && c.length >= (schema.minLength ?? 0) && (!pattern || pattern.test(c)));
}

function isUrlField(schema: StringSchema & { readonly format?: string | undefined }): boolean {
  return schema.format === 'uri' || (schema.pattern?.includes('http') ?? false);
}

function valueFor(schema: TSchema, index: number): unknown {
  const literals = (schema.anyOf as readonly TSchema[] | undefined)?.map((s) => s.const as unknown).filter((v) => v !== undefined);
  if (literals && literals.length > 0) return literals[index % literals.length];
  switch (schema.type) {
    case 'string': {
      const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
      const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
      const text = { maxLength: num(schema.maxLength), minLength: num(schema.minLength), pattern: str(schema.pattern), format: str(schema.format) };
      // No invented URLs: a benchmark must not reach the network.
      return isUrlField(text) ? undefined : stringFor(text, index);
    }
    case 'number':
    case 'integer': {
      const low = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const high = typeof schema.maximum === 'number' ? schema.maximum : low + 100;
      const value = low + ((index * 37) % (Math.floor(high - low) + 1));
      return schema.type === 'integer' ? Math.floor(value) : value;
    }
    case 'boolean':
      return index % 2 === 0;
    default:
      return undefined;
  }
}

/**
 * Parameters number `index` for a template: every property the schema describes gets a value that
 * differs from one index to the next (optional ones are left out every fifth time), then the
 * schema's defaults fill the rest. Throws when the result does not satisfy the schema.
 */
export function variedParams(template: string, schema: TObject, index: number): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!required.has(name) && index % 5 === 4) continue;
    const value = valueFor(property, index);
    if (value !== undefined) params[name] = value;
  }
  const filled = Value.Default(schema, params) as Record<string, unknown>;
  if (!Value.Check(schema, filled)) {
    const first = [...Value.Errors(schema, filled)][0];
    throw new OgsmithError('INVALID_OPTIONS', `Cannot make benchmark parameters for template ${template}: ${first ? `${first.path || '(root)'} ${first.message}` : 'schema mismatch'}; got ${quote(filled)}`);
  }
  return filled;
}

/** variedParams with the index written into the first free-text field, so no two indices give the same image. */
export function uniqueParams(template: string, schema: TObject, index: number): Record<string, unknown> {
  const params = variedParams(template, schema, index);
  const field = Object.entries(schema.properties).find(([name, s]) => s.type === 'string' && s.pattern === undefined && typeof params[name] === 'string');
  if (!field) throw new OgsmithError('INVALID_OPTIONS', `Template ${template} has no free-text parameter to make benchmark requests unique`);
  const [name, property] = field;
  const suffix = ` ${index}`;
  const maxLength = typeof property.maxLength === 'number' ? property.maxLength : 200;
  params[name] = `${String(params[name]).slice(0, Math.max(1, maxLength - suffix.length))}${suffix}`;
  return params;
}
