// A form generated from a template's parameter schema: selects for choices, text areas for long texts, inputs otherwise.
import type { ObjectSchema, PropertySchema } from './api.js';
import { h } from './dom.js';

function choices(property: PropertySchema): string[] | null {
  const listed = property.enum ?? property.anyOf?.map((option) => option.const);
  if (!listed || listed.length === 0 || listed.some((value) => value === undefined)) return null;
  return listed.map(String);
}

function control(name: string, property: PropertySchema, value: string, required: boolean): HTMLElement {
  const id = `param-${name}`;
  const options = choices(property);
  if (options) {
    const select = h('select', { id, name });
    for (const option of options) select.append(h('option', { value: option, selected: option === value }, option));
    return select;
  }
  if (property.type === 'boolean') {
    const box = h('input', { id, name, type: 'checkbox', checked: value === 'true' });
    return box;
  }
  if (property.type === 'number' || property.type === 'integer') {
    return h('input', { id, name, type: 'number', value, min: property.minimum, max: property.maximum, step: property.type === 'integer' ? 1 : 'any', required });
  }
  const url = property.pattern?.startsWith('^https?') ?? false;
  if (!url && (property.maxLength ?? 0) > 120) {
    const area = h('textarea', { id, name, rows: 3, maxlength: property.maxLength, required, spellcheck: 'false' });
    area.value = value;
    return area;
  }
  return h('input', { id, name, type: url ? 'url' : 'text', value, maxlength: property.maxLength, required, placeholder: url ? 'https://…' : undefined, autocomplete: 'off', spellcheck: 'false' });
}

/** Fills `form` with one labelled field per parameter, starting from `values`. */
export function buildForm(form: HTMLFormElement, schema: ObjectSchema, values: Readonly<Record<string, string>>): void {
  const required = new Set(schema.required ?? []);
  form.replaceChildren();
  for (const [name, property] of Object.entries(schema.properties)) {
    const field = h('div', { class: 'field' });
    const label = h('label', { for: `param-${name}` }, name, required.has(name) ? h('span', { class: 'required', title: 'required' }, '*') : null);
    field.append(label, control(name, property, values[name] ?? '', required.has(name)));
    if (property.description) field.append(h('p', { class: 'hint' }, property.description));
    form.append(field);
  }
}

/** The form's values as strings, the way they would go in a URL query (checkboxes as true/false). */
export function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.type === 'checkbox') values[element.name] = String(element.checked);
    else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) values[element.name] = element.value;
  }
  return values;
}
