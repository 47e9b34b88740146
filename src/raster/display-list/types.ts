// The display list: plain, JSON-serialisable drawing commands between layout and the canvas.
import type { Backdrop, PushGroup } from './effect-types.js';
import type { SyntheticStyle } from '../../layout/text/font-synthesis.js';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Corner radii (horizontal, vertical) in the order top-left, top-right, bottom-right, bottom-left. */
export type Radii = readonly [readonly [number, number], readonly [number, number], readonly [number, number], readonly [number, number]];

/** A rectangle with optional rounded corners. */
export interface RRect {
  readonly rect: Rect;
  readonly radii: Radii | null;
}

/** CSS colour as an rgba() string the canvas understands. */
export type CssColor = string;

export interface ColorStop {
  readonly offset: number;
  readonly color: CssColor;
}

export type Paint =
  | { readonly kind: 'color'; readonly color: CssColor }
  | { readonly kind: 'linear'; readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly stops: readonly ColorStop[]; readonly repeating: boolean }
  | { readonly kind: 'radial'; readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number; readonly stops: readonly ColorStop[]; readonly repeating: boolean }
  | { readonly kind: 'conic'; readonly cx: number; readonly cy: number; readonly angle: number; readonly stops: readonly ColorStop[]; readonly repeating: boolean };

export interface DrawnGlyph {
  readonly glyphId: number;
  /** Origin on the baseline, image px. */
  readonly x: number;
  readonly y: number;
}

export type BorderStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export interface BorderSide {
  readonly width: number;
  readonly color: CssColor;
  readonly style: BorderStyle;
}

export type DisplayCommand =
  | { readonly op: 'save' }
  | { readonly op: 'restore' }
  | { readonly op: 'clip'; readonly shape: RRect }
  | { readonly op: 'transform'; readonly matrix: readonly [number, number, number, number, number, number] }
  /** Starts a group composited with `alpha` when the matching popLayer comes. */
  | { readonly op: 'pushLayer'; readonly alpha: number }
  | { readonly op: 'popLayer' }
  | { readonly op: 'fill'; readonly shape: RRect; readonly paint: Paint }
  /** Border ring between the outer shape and the inner (padding-box) shape, one side at a time. */
  | { readonly op: 'border'; readonly outer: RRect; readonly inner: RRect; readonly top: BorderSide; readonly right: BorderSide; readonly bottom: BorderSide; readonly left: BorderSide }
  | { readonly op: 'shadow'; readonly shape: RRect; readonly color: CssColor; readonly offsetX: number; readonly offsetY: number; readonly blur: number; readonly spread: number; readonly inset: boolean }
  /** `pixelated` (image-rendering: pixelated): scaled with nearest-neighbour sampling; absent means smooth. */
  | { readonly op: 'image'; readonly source: string; readonly dest: Rect; readonly crop: Rect | null; readonly shape: RRect; readonly pixelated?: boolean }
  /** A background image: `tile` placed, then repeated along the axes that repeat, clipped to `shape`. */
  | { readonly op: 'pattern'; readonly source: string; readonly tile: Rect; readonly repeatX: boolean; readonly repeatY: boolean; readonly shape: RRect; readonly pixelated?: boolean }
  /** A sized or positioned gradient layer: `paint` fills one tile (laid out at the origin), placed and repeated like `pattern`. */
  | { readonly op: 'paintPattern'; readonly paint: Paint; readonly tile: Rect; readonly repeatX: boolean; readonly repeatY: boolean; readonly shape: RRect }
  /** `synthetic`: Chromium's fake bold (outlines stroked too) and oblique (a skew) when the face lacks the weight or style asked; absent when none. */
  | { readonly op: 'glyphs'; readonly fontKey: string; readonly size: number; readonly paint: Paint; readonly glyphs: readonly DrawnGlyph[]; readonly shadow: { readonly color: CssColor; readonly offsetX: number; readonly offsetY: number; readonly blur: number } | null; readonly stroke: { readonly width: number; readonly color: CssColor } | null; readonly synthetic?: SyntheticStyle }
  | { readonly op: 'line'; readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly width: number; readonly color: CssColor; readonly style: BorderStyle | 'wavy' }
  | { readonly op: 'outline'; readonly rect: Rect; readonly color: CssColor }
  /** Paint effects (effect-types.ts): a group with filters, mask, clip, alpha and blend mode; a backdrop filter inside it. */
  | PushGroup
  | { readonly op: 'popGroup' }
  | Backdrop;

export interface DisplayList {
  readonly width: number;
  readonly height: number;
  readonly commands: readonly DisplayCommand[];
  /** Image sources referenced by `image` commands, as bytes. */
  readonly images: ReadonlyMap<string, Uint8Array>;
}
