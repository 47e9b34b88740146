// render() and layout() of the edge build: the same layout and display list as Node, fonts from bytes, emoji fetched, pixels from the portable rasteriser, PNG by CompressionStream.
import { OgsmithError, quote } from '../errors/catalogue.js';
import { layoutTree, type LaidOutTree, type LayoutOptions } from '../layout/layout.js';
import type { FontRegistry } from '../layout/fonts/font-registry.js';
import { registryFor } from '../fonts/font-option.js';
import type { LayoutResult } from '../layout/result/types.js';
import type { FontInput } from '../layout/text/types.js';
import { buildDisplayList } from '../raster/display-list/build.js';
import type { DisplayList } from '../raster/display-list/types.js';
import { validateFormat, type ImageFormat } from '../raster/encode/formats.js';
import { defaultRegistry } from './default-fonts.js';
import { encodePngStream } from './png-stream.js';
import { rasterise } from './raster.js';
import { resolveEdgeEmoji, type EdgeEmojiOption } from './remote-emoji.js';

export interface EdgeRenderOptions extends Omit<LayoutOptions, 'emoji'> {
  /** Fonts as bytes (TTF, OTF or WOFF); the first one's name is the default family. Default: Inter Regular and Bold, Latin subset. */
  readonly fonts?: readonly FontInput[];
  /** 'twemoji' (default: SVGs fetched from a CDN on first use, kept per isolate), 'none', `{ url }` for another set, or your own set. */
  readonly emoji?: EdgeEmojiOption;
  /** png (default). JPEG, WebP and AVIF are refused with EDGE_UNSUPPORTED: no encoder for them fits the edge budget. */
  readonly format?: ImageFormat | 'jpg';
  /** Outline every box and text line. */
  readonly debug?: boolean;
}

function fontsFor(options: EdgeRenderOptions): Promise<FontRegistry> {
  return registryFor(options?.fonts, defaultRegistry);
}

interface Prepared {
  readonly tree: LaidOutTree;
  readonly list: DisplayList;
  readonly warnings: string[];
}

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

function edgeFormat(format: unknown): ImageFormat {
  const checked = validateFormat(format ?? 'png');
  if (checked !== 'png') throw new OgsmithError('EDGE_UNSUPPORTED', `Option format ${quote(format)} is not available in the edge build; it encodes png only`);
  return checked;
}

/** Renders the element tree to PNG bytes. */
export async function render(element: unknown, options: EdgeRenderOptions): Promise<Uint8Array> {
  edgeFormat(options?.format);
  const { tree, list, warnings } = await prepare(element, options);
  return encodePngStream(await rasterise(list, tree.fonts, warnings, options.strict ?? true));
}
