// A short hash of a font list (names, weights, styles and bytes): part of ETags and build page hashes.
import { createHash } from 'node:crypto';
import type { FontInput } from '../layout/text/types.js';

export function fontsHash(fonts: readonly FontInput[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) {
    hash.update(`${font.name}/${font.weight ?? ''}/${font.style ?? ''}/`);
    hash.update(font.data instanceof Uint8Array ? font.data : new Uint8Array(font.data));
  }
  return hash.digest('hex').slice(0, 16);
}
