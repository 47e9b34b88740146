// The POST /render body's `html` field: checked against its TypeBox schema (a bounded string), then parsed into an element tree.
import { Type } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { OgsmithError, quote } from '../errors/catalogue.js';
import { MAX_HTML_LENGTH, parseHtml } from '../html/parse-html.js';
import type { ServerLimits } from './limits.js';

/** Longest `html` field: the body limit bounds it already; this keeps it bounded however high that is raised. */
export function maxHtmlLength(limits: Pick<ServerLimits, 'bodyBytes'>): number {
  return Math.min(limits.bodyBytes, MAX_HTML_LENGTH);
}

/** The element tree of a body's `html` field; coded 4xx for a non-string, an empty or over-long one, or HTML that does not parse. */
export function elementFromHtmlField(value: unknown, limits: Pick<ServerLimits, 'bodyBytes'>): unknown {
  const schema = Type.String({ minLength: 1, maxLength: maxHtmlLength(limits) });
  const first = Value.Errors(schema, value).First();
  if (first) {
    const message = `html must be a string of 1 to ${maxHtmlLength(limits)} characters, got ${typeof value === 'string' ? `${value.length} characters` : quote(value)}`;
    throw new OgsmithError(first.type === ValueErrorType.StringMaxLength ? 'PAYLOAD_TOO_LARGE' : 'INVALID_BODY', message);
  }
  return parseHtml(value as string);
}
