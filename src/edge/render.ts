// render() and layout() of the edge build: the same layout and display list as Node, fonts from bytes, emoji fetched, pixels from the portable rasteriser, PNG from ogsmith's writer (web deflate), or SVG.
import { OgsmithError, quote } from '../errors/catalogue.js';
import { layoutTree, type LaidOutTree } from '../layout/layout.js';
import type { FontRegistry } from '../layout/fonts/font-registry.js';
import { registryFor } from '../fonts/font-option.js';
import type { LayoutResult } from '../layout/result/types.js';
import type { CommonRenderOptions } from '../render-options.js';
import { buildDisplayList } from '../raster/display-list/build.js';
import type { DisplayList } from '../raster/display-list/types.js';
import { validateFormat, validatePalette } from '../raster/encode/formats.js';
import { encodePngWeb } from '../raster/encode/png-web.js';
import { giveBackCanvasBuffer, takeCanvasBuffer } from '../raster/portable/canvas-buffers.js';
import { paintPortable } from '../raster/portable/paint.js';
import { displayListToSvg } from '../raster/svg-output/svg-document.js';
import { defaultRegistry } from './default-fonts.js';
import { paintsManyColours } from './many-colours.js';
import { resolveEdgeEmoji, type EdgeEmojiOption } from './remote-emoji.js';

export interface EdgeRenderOptions extends CommonRenderOptions {
  /** 'twemoji' (default: images fetched from a CDN on first use, kept per isolate), 'none', `{ url }` for another set, or your own set. */
  readonly emoji?: EdgeEmojiOption;
}

interface Prepared {
  readonly tree: LaidOutTree;
  readonly list: DisplayList;
  readonly warnings: string[];
}

/** The given fonts' registry, or the bundled Inter's. */
const fontsFor = (options: EdgeRenderOptions): Promise<FontRegistry> => registryFor(options?.fonts, defaultRegistry);

/** Layout, then the emoji images it asked for (fetched once per isolate), then layout again only when some do not exist. */
async function prepare(element: unknown, options: EdgeRenderOptions): Promise<Prepared> {
  const fonts = await fontsFor(options);
  const emoji = resolveEdgeEmoji(options.emoji);
  const layoutOptions = { ...options, emoji };
  let tree = layoutTree(element, layoutOptions, fonts);
  if (emoji?.fetchRequested && (await emoji.fetchRequested())) tree = layoutTree(element, layoutOptions, fonts);
  const warnings = [...tree.result.warnings];
  const list = buildDisplayList(tree, { debug: options.debug ?? false, strict: options.strict ?? true, warnings, resolveImage: options.resolveImage, emoji });
  return { tree, list, warnings };
}

/** The geometry a browser would give the element tree (emoji images are not fetched: each emoji takes one em, as render() draws it). */
export async function layout(element: unknown, options: EdgeRenderOptions): Promise<LayoutResult> {
  return layoutTree(element, { ...options, emoji: resolveEdgeEmoji(options?.emoji) }, await fontsFor(options)).result;
}

/** The display list of a render (plain data). */
export async function displayList(element: unknown, options: EdgeRenderOptions): Promise<DisplayList> {
  return (await prepare(element, options)).list;
}

/** png or svg; the lossy formats need Skia's encoders, which only the Node build has. */
export function edgeFormat(format: unknown): 'png' | 'svg' {
  const checked = validateFormat(format ?? 'png');
  if (checked !== 'png' && checked !== 'svg') throw new OgsmithError('EDGE_UNSUPPORTED', `Option format ${quote(format)} is not available in the edge build; it writes png and svg only`);
  return checked;
}

/** Renders the element tree to PNG bytes (or SVG markup as UTF-8 bytes with `format: 'svg'`). */
export async function render(element: unknown, options: EdgeRenderOptions): Promise<Uint8Array> {
  const format = edgeFormat(options?.format);
  const palette = validatePalette(options?.palette);
  const { tree, list, warnings } = await prepare(element, options);
  if (format === 'svg') return new TextEncoder().encode(displayListToSvg(list, tree.fonts));
  // The canvas buffer is kept for the isolate's next render once the PNG no longer reads it.
  const pixels = takeCanvasBuffer(list.width, list.height);
  try {
    const image = await paintPortable(list, tree.fonts, { strict: options.strict ?? true, warnings, imageLimits: options.imageLimits }, pixels);
    // A card of large images or wide gradients never fits a palette: no attempt (paintsManyColours).
    return await encodePngWeb(image.data, image.width, image.height, palette !== 'off' && paintsManyColours(list) ? 'off' : palette, 'straight');
  } finally {
    giveBackCanvasBuffer(pixels);
  }
}
