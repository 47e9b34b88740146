// The html`…` tagged template: HTML with interpolated values escaped as text, parsed into an element.
import { OgsmithError } from '../errors/catalogue.js';
import type { OgsmithElement, OgsmithNode } from '../jsx/element.js';
import { parseHtmlWithSlots, slotComment } from './parse-html.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}


function isElement(value: unknown): value is OgsmithElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && 'props' in value;
}

/** One interpolated value as HTML: text escaped, elements as slots, arrays item by item, nothing for null/undefined/booleans. */
function interpolate(value: unknown, slots: OgsmithElement[]): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.map((item) => interpolate(item, slots)).join('');
  if (isElement(value)) {
    slots.push(value);
    return slotComment(slots.length - 1);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return escapeHtml(String(value));
  throw new OgsmithError('INVALID_HTML', `An html\`…\` value is ${typeof value === 'object' ? 'an object that is not an element' : `a ${typeof value}`}; interpolate text, numbers or elements`);
}

/**
 * `html\`<div style="display:flex">${title}</div>\``: interpolated strings and numbers are escaped
 * (they are text, never markup); elements (from html`…` or JSX) are inserted as they are.
 */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): OgsmithElement {
  const slots: OgsmithElement[] = [];
  let source = strings[0] ?? '';
  values.forEach((value, index) => {
    source += interpolate(value, slots) + (strings[index + 1] ?? '');
  });
  return parseHtmlWithSlots(source, slots);
}
