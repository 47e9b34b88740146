// render(): element tree to image bytes — layout, display list, canvas, encoder.
import './tailwind-loader.js';
import type { Canvas } from '@napi-rs/canvas';
import { defaultRegistry } from './fonts/bundled.js';
import { resolveEmoji, type EmojiOption } from './fonts/emoji-sets.js';
import { layoutTree, type LaidOutTree } from './layout/layout.js';
import { StageClock, type StageTimes } from './layout/stage-clock.js';
import type { FontRegistry } from './layout/fonts/font-registry.js';
import { registryFor } from './fonts/font-option.js';
import type { CommonRenderOptions } from './render-options.js';
import { buildDisplayList } from './raster/display-list/build.js';
import type { DisplayList } from './raster/display-list/types.js';
import { paintDisplayList } from './raster/canvas/replay.js';
import { releaseCanvas } from './raster/canvas/canvas-pool.js';
import { fileImageResolver } from './raster/image-files.js';
import { encodeCanvas, validateFormat, validatePalette, validateQuality } from './raster/encode/encode.js';
import type { PaletteMode } from './raster/encode/png.js';
import { checkBackendFormat, validateBackend, type RasterBackend } from './raster/backend.js';
import { loadPortable, loadSvgOutput } from './lazy-modules.js';
import { markEngineWarm } from './runtime/warm-code.js';

export interface RenderOptions extends CommonRenderOptions {
  /** Emoji images: 'twemoji' (default, bundled), 'none' (font glyphs only) or your own provider. */
  readonly emoji?: EmojiOption;
  /** 1–100 for jpeg, webp and avif (default 80). */
  readonly quality?: number;
  /** Directory img sources that are file paths are read from (never outside it). Default: none. */
  readonly imageDirectory?: string;
  /** Raster backend: 'native' (default, @napi-rs/canvas) or 'portable' (pure TypeScript, PNG only; no SVG, WebP or AVIF images yet). */
  readonly backend?: RasterBackend;
}

function fontsFor(options: RenderOptions): Promise<FontRegistry> {
  return registryFor(options?.fonts, defaultRegistry);
}

interface Prepared {
  readonly list: DisplayList;
  readonly fonts: FontRegistry;
  readonly tree: LaidOutTree;
  readonly warnings: string[];
}

function prepare(element: unknown, options: RenderOptions, fonts: FontRegistry, clock?: StageClock): Prepared {
  const resolveImage = options.imageDirectory === undefined ? options.resolveImage : fileImageResolver(options.imageDirectory);
  const emoji = resolveEmoji(options.emoji);
  const tree = layoutTree(element, { ...options, resolveImage, emoji }, fonts, clock);
  const warnings = [...tree.result.warnings];
  const list = buildDisplayList(tree, { debug: options.debug ?? false, strict: options.strict ?? true, warnings, resolveImage, emoji });
  return { list, fonts, tree, warnings };
}

/** The display list of a render, for inspection and tests (plain data). */
export async function displayList(element: unknown, options: RenderOptions): Promise<DisplayList> {
  return prepare(element, options, await fontsFor(options)).list;
}

async function paint(element: unknown, options: RenderOptions, fonts: FontRegistry, clock?: StageClock): Promise<{ readonly canvas: Canvas; readonly prepared: Prepared }> {
  const prepared = prepare(element, options, fonts, clock);
  const canvas = await paintDisplayList(prepared.list, prepared.fonts, { strict: options.strict ?? true, warnings: prepared.warnings, imageLimits: options.imageLimits });
  return { canvas, prepared };
}

/** Paints the element tree onto a canvas (before encoding). */
export async function renderCanvas(element: unknown, options: RenderOptions): Promise<Canvas> {
  return (await paint(element, options, await fontsFor(options))).canvas;
}

/** Image bytes and the time each stage took, in ms (fonts are loaded before the clock starts). */
export interface TimedRender {
  readonly bytes: Buffer;
  readonly stages: StageTimes;
}

/** A timed render with what was laid out (the playground overlays its boxes) and the warnings. */
export interface TracedRender extends TimedRender {
  readonly tree: LaidOutTree;
  readonly warnings: readonly string[];
}

/** renderTimed() that also keeps the laid-out tree and the warnings. */
export async function renderTraced(element: unknown, options: RenderOptions): Promise<TracedRender> {
  const format = validateFormat(options?.format ?? 'png');
  const quality = validateQuality(options?.quality);
  const palette = validatePalette(options?.palette);
  const backend = validateBackend(options?.backend);
  checkBackendFormat(backend, format);
  const fonts = await fontsFor(options);
  const clock = new StageClock();
  if (format === 'svg') return renderSvg(element, options, fonts, clock);
  if (backend === 'portable') return renderPortable(element, options, fonts, clock, palette);
  const { canvas, prepared } = await paint(element, options, fonts, clock);
  try {
    const bytes = await encodeCanvas(canvas, format, quality, palette, clock);
    clock.mark('encode');
    return { bytes, stages: clock.times(), tree: prepared.tree, warnings: prepared.warnings };
  } finally {
    releaseCanvas(canvas);
  }
}

/** SVG: the display list written as markup (clock: 'paint' for building it, 'encode' for writing). */
async function renderSvg(element: unknown, options: RenderOptions, fonts: FontRegistry, clock: StageClock): Promise<TracedRender> {
  const { displayListToSvg } = await loadSvgOutput();
  const prepared = prepare(element, options, fonts, clock);
  clock.mark('paint');
  const bytes = Buffer.from(new TextEncoder().encode(displayListToSvg(prepared.list, fonts)));
  clock.mark('encode');
  return { bytes, stages: clock.times(), tree: prepared.tree, warnings: prepared.warnings };
}

/** renderTraced() on the portable backend: pixels from paintPortable(), PNG from ogsmith's encoder. */
async function renderPortable(element: unknown, options: RenderOptions, fonts: FontRegistry, clock: StageClock, palette: PaletteMode): Promise<TracedRender> {
  const { paintPortable, encodePngAsync } = await loadPortable();
  const prepared = prepare(element, options, fonts, clock);
  const image = await paintPortable(prepared.list, prepared.fonts, { strict: options.strict ?? true, warnings: prepared.warnings, imageLimits: options.imageLimits });
  clock.mark('paint');
  const bytes = await encodePngAsync(image.data, image.width, image.height, palette, 'straight');
  clock.mark('encode');
  return { bytes, stages: clock.times(), tree: prepared.tree, warnings: prepared.warnings };
}

/**
 * render() with stage timings: style (elements and CSS), layout (boxes and text), paint (display
 * list, canvas, and for PNG the rasterisation that reading the pixels forces) and encode.
 */
export async function renderTimed(element: unknown, options: RenderOptions): Promise<TimedRender> {
  const { bytes, stages } = await renderTraced(element, options);
  markEngineWarm();
  return { bytes, stages };
}

/** Renders the element tree to image bytes (PNG unless `format` says otherwise). */
export async function render(element: unknown, options: RenderOptions): Promise<Buffer> {
  return (await renderTimed(element, options)).bytes;
}
