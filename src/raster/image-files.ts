// Local image files for render(): only under an allowed directory, only as bytes, with a size cap.
import { realpathSync, statSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { ImageResolver } from '../layout/element/normalize.js';

export const MAX_IMAGE_FILE_BYTES = 20 * 1024 * 1024;

/** A resolver reading `src` as a path inside `directory` (symlinks followed, then checked); URLs are refused. */
export function fileImageResolver(directory: string): ImageResolver {
  const root = realpathSync(directory);
  return (src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return null;
    let path: string;
    try {
      path = realpathSync(resolve(root, src));
    } catch {
      throw new OgsmithError('INVALID_IMAGE', `img src ${quote(src)} does not exist under the image directory`);
    }
    const inside = relative(root, path);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new OgsmithError('INVALID_IMAGE', `img src ${quote(src)} is outside the image directory`);
    const size = statSync(path).size;
    if (size > MAX_IMAGE_FILE_BYTES) throw new OgsmithError('INVALID_IMAGE', `img src ${quote(src)} is ${size} bytes; the limit is ${MAX_IMAGE_FILE_BYTES}`);
    return new Uint8Array(readFileSync(path));
  };
}
