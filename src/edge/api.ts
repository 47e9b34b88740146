// The edge build's public API (same names as the Node entry): render, layout, ImageResponse, templates, elements, errors; no Node built-ins below it.
import { render, type EdgeRenderOptions } from './render.js';
import { imageResponseClass, type ResponseOptions } from '../image-response-class.js';

export { render, layout, displayList, type EdgeRenderOptions as RenderOptions } from './render.js';
export { bundledFonts, defaultRegistry } from './default-fonts.js';
export { remoteEmoji, MAX_EMOJI_FETCHES, type RemoteEmojiOptions, type EdgeEmojiOption } from './remote-emoji.js';
export { useHarfBuzzWasm, type HarfBuzzWasm } from './harfbuzz-edge.js';
export { encodePngStream, type RgbaPixels } from './png-stream.js';
export { signPath as signUrlPath, verifyPathSignature as verifySignature, contentHashOf as contentHash, strongEtagOf } from './web-signature.js';
export { canonicalQuery, type QueryValues } from '../server/canonical-query.js';
export { layoutWithFonts, MAX_DIMENSION, type LayoutOptions } from '../layout/layout.js';
export type { LayoutBox, LayoutLine, LayoutResult, LayoutText } from '../layout/result/types.js';
export type { FontInput } from '../layout/text/types.js';
export { FontRegistry } from '../layout/fonts/font-registry.js';
export type { EmojiSet } from '../layout/text/emoji.js';
export { ERROR_CATALOGUE, OgsmithError, isOgsmithError, type ErrorCode } from '../errors/catalogue.js';
export { createElement, Fragment, type OgsmithElement, type OgsmithNode, type StyleObject, type Component } from '../jsx/element.js';
export type { DisplayList, DisplayCommand, Paint } from '../raster/display-list/types.js';
export { IMAGE_FORMATS, CONTENT_TYPES, type ImageFormat } from '../raster/encode/formats.js';
export { DEFAULT_CACHE_CONTROL } from '../image-response-class.js';
export { defineTemplate, type TemplateDefinition } from '../templates/define.js';
export { builtinTemplates } from '../templates/index.js';
export { FIT_STEP, MAX_FIT_ITERATIONS } from '../layout/fit/fit-search.js';

export interface ImageResponseOptions extends Partial<Omit<EdgeRenderOptions, 'width' | 'height'>>, Omit<ResponseOptions, 'format'> {}

/** `new ImageResponse(element, options)`: a PNG Response rendered while the body streams (drop-in for next/og). */
export class ImageResponse extends imageResponseClass<ImageResponseOptions>(render) {}
