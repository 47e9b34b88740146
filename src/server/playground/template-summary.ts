// A template as the playground page needs it: its JSON Schema (to build the form) and starting values.
import type { TObject } from '@sinclair/typebox';
import type { Template } from '../../templates/define.js';

export interface TemplateSummary {
  readonly name: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** The parameters' JSON Schema (TypeBox schemas are JSON Schema; symbols dropped). */
  readonly params: unknown;
  /** A value per parameter to start the form with: its default, else its first example, else for a required text its description. */
  readonly initial: Readonly<Record<string, string>>;
}

interface PropertyHints {
  readonly default?: unknown;
  readonly examples?: unknown;
  readonly description?: unknown;
}

function initialValues(schema: TObject): Record<string, string> {
  const required = new Set(schema.required ?? []);
  const out: Record<string, string> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const hints = property as PropertyHints;
    const example = Array.isArray(hints.examples) ? (hints.examples as unknown[])[0] : undefined;
    const value = hints.default ?? example ?? (required.has(name) && typeof hints.description === 'string' ? hints.description : undefined);
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
