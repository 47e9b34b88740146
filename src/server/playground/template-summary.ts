// A template as the playground page needs it: its JSON Schema (to build the form) and starting values.
import type { TObject, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Template } from '../../templates/define.js';

export interface TemplateSummary {
  readonly name: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** The parameters' JSON Schema (TypeBox schemas are JSON Schema; symbols dropped). */
  readonly params: unknown;
  /** A value per parameter to start the form with (see initialValues). */
  readonly initial: Readonly<Record<string, string>>;
}

interface PropertyHints {
  readonly default?: unknown;
  readonly examples?: unknown;
  readonly description?: unknown;
}

/** The example a description gives, as in `Price as shown, e.g. "$48.00"` or `Version, e.g. 2.4.0`. */
function describedExample(description: string): string | undefined {
  return /e\.g\.\s+(?:"([^"]+)"|([^\s,;)]+))/.exec(description)?.slice(1).find((part) => part !== undefined);
}

/**
 * The parameter's default, else its first `examples` entry; for a required parameter without either, the example its
 * description gives, else the description itself, else its name: the first of these the schema accepts.
 */
function initialValues(schema: TObject): Record<string, string> {
  const required = new Set(schema.required ?? []);
  const out: Record<string, string> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const hints = property as PropertyHints;
    const candidates: unknown[] = [hints.default, Array.isArray(hints.examples) ? (hints.examples as unknown[])[0] : undefined];
    if (required.has(name)) {
      const description = typeof hints.description === 'string' ? hints.description : '';
      candidates.push(describedExample(description), description, name.charAt(0).toUpperCase() + name.slice(1));
    }
    const value = candidates.find((candidate) => candidate !== undefined && candidate !== '' && Value.Check(property as TSchema, candidate));
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
  }
  return out;
}

export function templateSummary(template: Template): TemplateSummary {
  return {
    name: template.name,
    description: template.description,
    width: template.width,
    height: template.height,
    params: JSON.parse(JSON.stringify(template.params)) as unknown,
    initial: initialValues(template.params),
  };
}
