// Element inputs given as HTML: a string, or { html: string }, wherever an element tree is taken.
import { parseHtml } from './parse-html.js';

/** `{ html: '<div …>…</div>' }`: an element tree written as HTML. */
export interface HtmlInput {
  readonly html: string;
}

function isHtmlInput(value: unknown): value is HtmlInput {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'html' in value && !('type' in value);
}

/** The element tree of an input: HTML (a string or { html }) is parsed, anything else is returned as it is. */
export function elementFromInput(input: unknown): unknown {
  if (typeof input === 'string') return parseHtml(input);
  if (isHtmlInput(input)) return parseHtml(input.html);
  return input;
}
