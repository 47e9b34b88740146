// The edge build's raster stage: display list → straight RGBA pixels, by the portable rasteriser (no native canvas).
import { OgsmithError } from '../errors/catalogue.js';
import type { FontRegistry } from '../layout/fonts/font-registry.js';
import type { DisplayList } from '../raster/display-list/types.js';
import type { RgbaPixels } from './png-stream.js';

/** Paints the display list; refused with EDGE_UNSUPPORTED until the portable rasteriser is part of the build. */
export async function rasterise(list: DisplayList, _fonts: FontRegistry): Promise<RgbaPixels> {
  throw new OgsmithError('EDGE_UNSUPPORTED', `The edge build cannot paint pixels yet (${list.width}×${list.height} PNG asked): the portable rasteriser is not part of this build`);
}
