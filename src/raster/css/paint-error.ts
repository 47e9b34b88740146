// The error a paint value raises when it cannot be read: INVALID_STYLE_VALUE naming property and value.
import { OgsmithError, quote } from '../../errors/catalogue.js';

export class PaintValueError extends Error {}

export function invalidPaint(property: string, value: string, reason: string, path: string): OgsmithError {
  return new OgsmithError('INVALID_STYLE_VALUE', `Invalid value ${quote(value)} for ${property}: ${reason}`, { path });
}
