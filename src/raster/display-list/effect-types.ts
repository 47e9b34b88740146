// Display-list data of paint effects (filter, backdrop-filter, clip-path, mask, mix-blend-mode): plain data, no canvas.
import type { CssColor, DisplayCommand, RRect } from './types.js';

/**
 * One CSS filter function (Filter Effects 1, §13). Lengths are px in the coordinate space of the
 * group that applies it (the element's, before its transform); colours are rgba() text. Amounts
 * are the used values: never negative; grayscale, sepia, invert and opacity at most 1.
 * Colour functions work on unpremultiplied sRGB values with the matrices of the spec
 * (brightness: ×amount; contrast: (c − 0.5) × amount + 0.5; grayscale, sepia, saturate,
 * hue-rotate: the feColorMatrix matrices; invert: amount × (1 − c) + (1 − amount) × c;
 * opacity: alpha × amount), each clamped to [0, 1]. blur is a Gaussian of that standard deviation
 * with transparent outside; drop-shadow draws the input's alpha in `color`, blurred by
 * stdDeviation and offset, under the input.
 */
export type FilterFunction =
  | { readonly kind: 'blur'; readonly stdDeviation: number }
  | { readonly kind: 'brightness' | 'contrast' | 'grayscale' | 'sepia' | 'saturate' | 'invert' | 'opacity'; readonly amount: number }
  | { readonly kind: 'hue-rotate'; readonly degrees: number }
  | { readonly kind: 'drop-shadow'; readonly offsetX: number; readonly offsetY: number; readonly stdDeviation: number; readonly color: CssColor };

/** Blend modes of mix-blend-mode (Compositing and Blending 1), as the canvas's globalCompositeOperation names them. */
export const BLEND_MODES = ['normal', 'multiply', 'screen', 'overlay', 'darken', 'lighten', 'color-dodge', 'color-burn', 'hard-light', 'soft-light', 'difference', 'exclusion', 'hue', 'saturation', 'color', 'luminosity', 'plus-lighter'] as const;
export type BlendMode = (typeof BLEND_MODES)[number];

export type FillRule = 'nonzero' | 'evenodd';

/**
 * A clip-path basic shape, resolved against its reference box, in the group's coordinates:
 * `rrect` from inset(), `ellipse` from circle() and ellipse(), `polygon` a closed polygon,
 * `svg-path` SVG path data `d` (absolute or relative commands, as path() takes it) drawn with its
 * origin moved to (x, y). Inside is decided by the fill rule; edges are anti-aliased.
 */
export type ClipShape =
  | { readonly kind: 'rrect'; readonly shape: RRect }
  | { readonly kind: 'ellipse'; readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[]; readonly fillRule: FillRule }
  | { readonly kind: 'svg-path'; readonly d: string; readonly x: number; readonly y: number; readonly fillRule: FillRule };

/** One layer of a mask: drawn like a background layer (in the group's coordinates); only its alpha is used. */
export type MaskLayer = Extract<DisplayCommand, { op: 'fill' | 'pattern' | 'paintPattern' }>;

/**
 * Opens an effect group (an element with filter, clip-path, mask-image, mix-blend-mode or
 * backdrop-filter). The commands up to the matching `popGroup` draw into a new transparent layer
 * with the current transform. At `popGroup` the layer is, in this order (CSS Masking / Filter
 * Effects / Compositing): filtered by `filters` in list order; multiplied by the alpha of `mask`
 * (its layers drawn bottom first with source-over into a transparent layer; null means no mask);
 * cut to `clip` (null: no clip); multiplied by `alpha`; then composited onto the layer below with
 * the `blend` mode (source-over for normal). Coordinates of filters, mask and clip are those of
 * the transform current at `pushGroup`.
 */
export interface PushGroup {
  readonly op: 'pushGroup';
  readonly filters: readonly FilterFunction[];
  readonly mask: readonly MaskLayer[] | null;
  readonly clip: ClipShape | null;
  readonly alpha: number;
  readonly blend: BlendMode;
}

/**
 * backdrop-filter: only as the first command of a group. Reads the pixels of the layer below the
 * group (what was drawn before the element, up to the nearest enclosing group or opacity layer)
 * inside the device-space bounding box of `shape`, filters them by `filters` with the box's edge
 * pixels mirrored outward (as Chromium's backdrop blur), and draws the result into the group's
 * layer cut to `shape`. The element then paints over it, and the group's own effects apply to both.
 */
export interface Backdrop {
  readonly op: 'backdrop';
  readonly shape: RRect;
  readonly filters: readonly FilterFunction[];
}
