// The options every build's render() takes (Node and edge): layout, fonts, format, palette, image limits, debug.
import type { LayoutOptions } from './layout/layout.js';
import type { ImagePixelLimits } from './layout/element/image-pixel-budget.js';
import type { FontInput } from './layout/text/types.js';
import type { ImageFormat } from './raster/encode/formats.js';
import type { PaletteMode } from './raster/encode/png-writer.js';

export interface CommonRenderOptions extends Omit<LayoutOptions, 'emoji'> {
  /** Fonts as bytes; the first one's name is the default family. Default: the build's bundled fonts. */
  readonly fonts?: readonly FontInput[];
  /** png (default), jpeg, webp, avif, or svg (vector, written from the display list: docs/svg-output.md); the edge build writes png and svg. */
  readonly format?: ImageFormat | 'jpg';
  /** Outline every box and text line. */
  readonly debug?: boolean;
  /**
   * PNG palette: 'auto' (default) writes an indexed PNG when the image fits 256 colours with at
   * most 6 levels of difference per channel (anti-aliasing shades), or else with gradient steps
   * also sharing an entry at most 1 level away (docs/encoding.md); 'exact' only when lossless,
   * 'off' never.
   */
  readonly palette?: PaletteMode;
  /** Decoded pixels one image, and all images of the render together, may reach (default 50 MP each); over it: IMAGE_TOO_LARGE before any decode. */
  readonly imageLimits?: Partial<ImagePixelLimits>;
}
