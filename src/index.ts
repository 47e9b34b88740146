// ogsmith's public entry (Node): layout() with the bundled fonts as the default, types and errors.
import './runtime/start-harfbuzz.js';
import './tailwind-loader.js';
import { defaultRegistry } from './fonts/bundled.js';
import { resolveEmoji, type EmojiOption } from './fonts/emoji-sets.js';
import { layoutWithFonts, type LayoutOptions } from './layout/layout.js';
import type { LayoutResult } from './layout/result/types.js';
import { FontRegistry } from './layout/fonts/font-registry.js';
import type { FontInput } from './layout/text/types.js';
import { OgsmithError, quote } from './errors/catalogue.js';

export interface LayoutCallOptions extends Omit<LayoutOptions, 'emoji'> {
  /** Fonts to use; the first one's name is the default family. Default: the bundled Inter family. */
  readonly fonts?: readonly FontInput[];
  /** Emoji drawn as images one em wide: 'twemoji' (default, bundled), 'none' or your own provider. */
  readonly emoji?: EmojiOption;
}

/** Computes the geometry a browser would give the element tree: border boxes and text lines, in image px. */
export async function layout(element: unknown, options: LayoutCallOptions): Promise<LayoutResult> {
  const fonts = options?.fonts;
  if (fonts !== undefined && !Array.isArray(fonts)) throw new OgsmithError('INVALID_OPTIONS', `Option fonts must be an array, got ${quote(fonts)}`);
  const registry = fonts && fonts.length > 0 ? await FontRegistry.create(fonts) : await defaultRegistry();
  return layoutWithFonts(element, { ...options, emoji: resolveEmoji(options.emoji) }, registry);
}

export * from './shared-api.js';
export { bundledFonts, defaultRegistry } from './fonts/bundled.js';
export { emojiDirectory, twemoji, type EmojiDirectoryOptions, type EmojiOption, type EmojiProvider } from './fonts/emoji-sets.js';
export { render, renderCanvas, displayList, type RenderOptions } from './render.js';
export { ImageResponse, type ImageResponseOptions, type NextOgFont } from './image-response.js';
export { RenderPool, type RenderPoolOptions } from './pool/render-pool.js';
export { signedTemplateUrl, sign as signUrlPath, verifySignature, canonicalQuery, contentHash, type SignedUrlOptions, type QueryValues } from './server/signature.js';
export { RASTER_BACKENDS, type RasterBackend } from './raster/backend.js';
export { paintPortable } from './lazy-modules.js';
export type { RgbaImage } from './raster/portable/paint.js';
