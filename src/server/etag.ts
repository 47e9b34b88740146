// Strong ETags computed before rendering, and If-None-Match matching as RFC 9110 §13.1.2 says.
import { createHash } from 'node:crypto';

export { notModified, parseIfNoneMatch } from './if-none-match.js';

/** A strong ETag from everything that decides the image bytes (JSON-serialisable parts, order-sensitive). */
export function strongEtag(parts: readonly unknown[]): string {
  return `"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32)}"`;
}
