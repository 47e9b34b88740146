// The edge build's public API (same names as the Node entry): render, layout, ImageResponse, templates, elements, errors; no Node built-ins below it.
import { render, type EdgeRenderOptions } from './render.js';
import { imageResponseClass, type ResponseOptions } from '../image-response-class.js';

export * from '../shared-api.js';
export { render, layout, displayList, type EdgeRenderOptions as RenderOptions } from './render.js';
export { bundledFonts, defaultRegistry } from './default-fonts.js';
export { remoteEmoji, MAX_EMOJI_FETCHES, type RemoteEmojiOptions, type EdgeEmojiOption } from './remote-emoji.js';
export { useHarfBuzzWasm, type HarfBuzzWasm } from './harfbuzz-edge.js';
export { encodePngWeb } from '../raster/encode/png-web.js';
export { paintPortable, type RgbaImage } from '../raster/portable/paint.js';
export { signPath as signUrlPath, verifyPathSignature as verifySignature, contentHashOf as contentHash, strongEtagOf } from './web-signature.js';
export { canonicalQuery, type QueryValues } from '../server/canonical-query.js';
export { builtinTemplates } from '../templates/index.js';

export interface ImageResponseOptions extends Partial<Omit<EdgeRenderOptions, 'width' | 'height'>>, Omit<ResponseOptions, 'format'> {}

/** `new ImageResponse(element, options)`: a PNG Response rendered while the body streams (drop-in for next/og). */
export class ImageResponse extends imageResponseClass<ImageResponseOptions>(render) {}
