// Paint effects of an element (filter, backdrop-filter, clip-path, mask-image, mix-blend-mode) as a display-list group.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { resolveLength } from '../../layout/engine/box-model.js';
import type { ImageResolver } from '../../layout/element/normalize.js';
import type { ComputedStyle } from '../../layout/style/types.js';
import { TRANSPARENT } from '../../layout/style/color.js';
import { parseClipPath, type ReferenceBoxes } from '../css/clip-path.js';
import { EffectBoundError, parseFilter } from '../css/filter.js';
import { PaintValueError } from '../css/paint-error.js';
import { backgroundLayers, layerCommands } from './background.js';
import { BLEND_MODES, type Backdrop, type BlendMode, type ClipShape, type FilterFunction, type MaskLayer, type PushGroup } from './effect-types.js';
import { borderRadii, insetRRect } from './geometry.js';
import type { Rect, RRect } from './types.js';

/**
 * Effect work one render may do, in layer pixels × passes (docs/server.md, paint effects). Every
 * group works on a layer of the whole canvas (grown by its filter's reach, at most 256 px a side):
 * 2 passes (its layer and the composite), 1 more for a mask, and per filter function 1, or for blur
 * and drop-shadow 4 + stdDeviation / 10. A backdrop filter counts like a filter. Measured on a busy
 * 2-core machine at 1200×630: a plain group about 20 ms, a blur group 100–640 ms (σ 25–250); the
 * most expensive accepted renders took about 1 s, inside the 5 s render timeout.
 */
export const EFFECT_WORK_BUDGET = 80_000_000;

/** Passes of one group (see EFFECT_WORK_BUDGET). */
export function effectPasses(group: PushGroup, backdrop: Backdrop | null): number {
  const filterPasses = (list: readonly FilterFunction[]): number => list.reduce((sum, f) => sum + (f.kind === 'blur' || f.kind === 'drop-shadow' ? 4 + f.stdDeviation / 10 : 1), 0);
  return 2 + (group.mask ? 1 : 0) + filterPasses(group.filters) + (backdrop ? 1 + filterPasses(backdrop.filters) : 0);
}

const NONE: Readonly<Record<string, string>> = { filter: 'none', backdropFilter: 'none', clipPath: 'none', maskImage: 'none', mask: 'none', mixBlendMode: 'normal' };
const BLENDS: ReadonlySet<string> = new Set(BLEND_MODES);

function isSet(style: ComputedStyle, property: string): boolean {
  const value = style.paint[property];
  return value !== undefined && value.trim().toLowerCase() !== NONE[property];
}

/** Whether the element has an effect that makes it a group (and a stacking context). */
export function hasPaintEffects(style: ComputedStyle): boolean {
  return Object.keys(NONE).some((property) => isSet(style, property));
}

/** What effects need from the display-list builder. */
export interface EffectContext {
  /** Reads a paint value, or with strict: false warns and returns null (see DisplayListBuilder.paintValue). */
  readonly read: <T>(property: string, value: string, parse: () => T) => T | null;
  readonly images: Map<string, Uint8Array>;
  readonly resolveImage: ImageResolver | undefined;
  /** The element's path, for messages. */
  readonly path: string;
  readonly nodeId: number;
}

/** Runs a parser whose bounds raise EffectBoundError, as EFFECT_TOO_COSTLY naming the property and value. */
function bounded<T>(context: EffectContext, property: string, value: string, parse: () => T): T | null {
  return context.read(property, value, () => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof EffectBoundError) throw new OgsmithError('EFFECT_TOO_COSTLY', `${property} ${quote(value)}: ${error.message}`, { path: context.path });
      throw error;
    }
  });
}

function referenceBoxes(style: ComputedStyle, rect: Rect): ReferenceBoxes {
  const border: RRect = { rect, radii: borderRadii(style, rect) };
  const b = style.border;
  const p = style.padding;
  const padding = insetRRect(border, b.top.width, b.right.width, b.bottom.width, b.left.width);
  const content = insetRRect(padding, resolveLength(p.top, rect.width), resolveLength(p.right, rect.width), resolveLength(p.bottom, rect.width), resolveLength(p.left, rect.width));
  // Margins: auto counts as 0 and percentages are taken of the element's own width (not its containing block's).
  const m = (side: ComputedStyle['margin']['top']): number => -(side === 'auto' ? 0 : resolveLength(side, rect.width));
  const margin = insetRRect(border, m(style.margin.top), m(style.margin.right), m(style.margin.bottom), m(style.margin.left));
  return { 'margin-box': margin, 'border-box': border, 'padding-box': padding, 'content-box': content };
}

function filters(context: EffectContext, style: ComputedStyle, property: 'filter' | 'backdropFilter'): FilterFunction[] {
  const text = style.paint[property];
  if (text === undefined) return [];
  return bounded(context, property === 'filter' ? 'filter' : 'backdrop-filter', text, () => parseFilter(text, style.color, style.fontSize)) ?? [];
}

function clip(context: EffectContext, style: ComputedStyle, rect: Rect): ClipShape | null {
  const text = style.paint.clipPath;
  if (text === undefined || !isSet(style, 'clipPath')) return null;
  return context.read('clip-path', text, () => parseClipPath(text, referenceBoxes(style, rect), style.fontSize));
}

function blend(context: EffectContext, style: ComputedStyle): BlendMode {
  const text = style.paint.mixBlendMode;
  if (text === undefined) return 'normal';
  return context.read('mix-blend-mode', text, () => {
    const mode = text.trim().toLowerCase();
    if (!BLENDS.has(mode)) throw new PaintValueError(`expected one of ${BLEND_MODES.join(', ')}`);
    return mode as BlendMode;
  }) ?? 'normal';
}

/**
 * Mask layers: mask-image with mask-size, -position and -repeat (or the mask shorthand), laid out
 * like background layers except that the positioning and painting areas are the border box
 * (mask-origin and mask-clip default to border-box).
 */
function mask(context: EffectContext, style: ComputedStyle, rect: Rect, pixelated: boolean): MaskLayer[] | null {
  if (!isSet(style, 'maskImage') && !isSet(style, 'mask')) return null;
  const p = style.paint;
  const text = p.maskImage ?? p.mask ?? '';
  const asBackground: ComputedStyle = {
    ...style,
    backgroundColor: TRANSPARENT,
    paint: {
      ...(p.maskImage !== undefined ? { backgroundImage: p.maskImage } : { background: p.mask ?? '' }),
      ...(p.maskSize !== undefined ? { backgroundSize: p.maskSize } : {}),
      ...(p.maskPosition !== undefined ? { backgroundPosition: p.maskPosition } : {}),
      ...(p.maskRepeat !== undefined ? { backgroundRepeat: p.maskRepeat } : {}),
    },
  };
  const layers = context.read('mask-image', text, () => backgroundLayers(asBackground, rect, rect, context.resolveImage));
  if (!layers) return null;
  return layerCommands(layers, { rect, radii: null }, `mask:${context.nodeId}`, context.images, pixelated);
}

/** The element's effect group and its backdrop filter, or null when it has no effect. */
export function effectGroup(context: EffectContext, style: ComputedStyle, rect: Rect, pixelated: boolean): { group: PushGroup; backdrop: Backdrop | null } | null {
  if (!hasPaintEffects(style)) return null;
  const backdropFilters = filters(context, style, 'backdropFilter');
  const group: PushGroup = { op: 'pushGroup', filters: filters(context, style, 'filter'), mask: mask(context, style, rect, pixelated), clip: clip(context, style, rect), alpha: style.opacity, blend: blend(context, style) };
  const backdrop: Backdrop | null = backdropFilters.length > 0 ? { op: 'backdrop', shape: { rect, radii: borderRadii(style, rect) }, filters: backdropFilters } : null;
  return { group, backdrop };
}
