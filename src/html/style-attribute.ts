// An HTML style attribute as ogsmith's camelCase style object (values kept as CSS text for the style stage).
import styleToJs from 'style-to-js';
import { OgsmithError, quote } from '../errors/catalogue.js';

/**
 * Reads `display:flex; font-size: 48px` into `{ display: 'flex', fontSize: '48px' }` with style-to-js
 * (React's names: `-webkit-text-stroke` becomes `WebkitTextStroke`, custom properties stay `--x`).
 */
export function parseStyleAttribute(text: string, path: string): Record<string, string> {
  try {
    return styleToJs(text, { reactCompat: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OgsmithError('INVALID_HTML', `The style attribute ${quote(text)} is not a list of CSS declarations: ${reason}`, { path });
  }
}
