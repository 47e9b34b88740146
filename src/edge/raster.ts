// The edge build's raster stage: display list → straight RGBA pixels, by the portable rasteriser (no native canvas).
import type { FontRegistry } from '../layout/fonts/font-registry.js';
import type { DisplayList } from '../raster/display-list/types.js';
import { paintPortable } from '../raster/portable/paint.js';
import type { RgbaPixels } from './png-stream.js';

/** Paints the display list with the portable rasteriser (the same one `backend: 'portable'` uses on Node). */
export function rasterise(list: DisplayList, fonts: FontRegistry, warnings: string[], strict: boolean): Promise<RgbaPixels> {
  return paintPortable(list, fonts, { strict, warnings });
}
