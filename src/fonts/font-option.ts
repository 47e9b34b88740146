// The `fonts` option of layout() and render(), in every build: the given fonts' registry, or the build's default one.
import { OgsmithError, quote } from '../errors/catalogue.js';
import { FontRegistry } from '../layout/fonts/font-registry.js';

/** The registry of `fonts` when it has any, else `fallback()` (the bundled fonts of the build). */
export function registryFor(fonts: unknown, fallback: () => Promise<FontRegistry>): Promise<FontRegistry> {
  if (fonts !== undefined && !Array.isArray(fonts)) throw new OgsmithError('INVALID_OPTIONS', `Option fonts must be an array, got ${quote(fonts)}`);
  return fonts && fonts.length > 0 ? FontRegistry.create(fonts) : fallback();
}
