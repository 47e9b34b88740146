// The public names every build exports alike (Node's src/index.ts and the edge build's src/edge/api.ts): runtime-neutral layout, elements, HTML input, errors, formats and templates.
export { layoutWithFonts, MAX_DIMENSION, type LayoutOptions } from './layout/layout.js';
export type { LayoutBox, LayoutLine, LayoutResult, LayoutText } from './layout/result/types.js';
export type { FontInput } from './layout/text/types.js';
export { FontRegistry } from './layout/fonts/font-registry.js';
export { registerHyphenation, type Hyphenator } from './layout/text/hyphenation-languages.js';
export type { EmojiSet } from './layout/text/emoji.js';
export { ERROR_CATALOGUE, OgsmithError, isOgsmithError, type ErrorCode } from './errors/catalogue.js';
export { createElement, Fragment, type OgsmithElement, type OgsmithNode, type StyleObject, type Component } from './jsx/element.js';
export { html, escapeHtml } from './html/html-template.js';
export { parseHtml } from './html/parse-html.js';
export type { HtmlInput } from './html/html-input.js';
export type { DisplayList, DisplayCommand, Paint } from './raster/display-list/types.js';
export { IMAGE_FORMATS, CONTENT_TYPES, type ImageFormat } from './raster/encode/formats.js';
export type { PaletteMode } from './raster/encode/png-writer.js';
export { DEFAULT_CACHE_CONTROL } from './image-response-class.js';
export { defineTemplate, type TemplateDefinition } from './templates/define.js';
export { FIT_STEP, MAX_FIT_ITERATIONS } from './layout/fit/fit-search.js';
