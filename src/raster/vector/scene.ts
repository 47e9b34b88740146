// A parsed SVG document as backend-neutral vector data: its size and a flat list of drawing commands, each with its own matrix.
import type { GlyphOutline } from '../../layout/fonts/glyph-outline.js';
import type { Rgba } from '../../layout/style/types.js';

/** Path data in the glyph outlines' form (PathVerb + x, y pairs), in the command's user space. */
export type VectorPath = GlyphOutline;

/** An affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export interface GradientStop {
  /** 0..1, already clamped and made non-decreasing. */
  readonly offset: number;
  /** stop-color with stop-opacity (and the painted element's fill/stroke-opacity) folded into its alpha. */
  readonly color: Rgba;
}

export type SpreadMethod = 'pad' | 'reflect' | 'repeat';

/** Where a gradient's coordinates live: `matrix` maps gradient space (bounding-box units and gradientTransform resolved) to the command's user space. */
interface GradientBase {
  readonly stops: readonly GradientStop[];
  readonly spread: SpreadMethod;
  readonly matrix: Matrix;
}

export type VectorPaint =
  | { readonly kind: 'solid'; readonly color: Rgba }
  | (GradientBase & { readonly kind: 'linear'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number })
  | (GradientBase & { readonly kind: 'radial'; readonly cx: number; readonly cy: number; readonly r: number; readonly fx: number; readonly fy: number; readonly fr: number });

export type FillRule = 'nonzero' | 'evenodd';

export interface StrokeStyle {
  readonly width: number;
  readonly cap: 'butt' | 'round' | 'square';
  readonly join: 'miter' | 'round' | 'bevel';
  readonly miterLimit: number;
  /** Dash lengths (an odd list already doubled, as SVG says); empty for a solid line. */
  readonly dashes: readonly number[];
  readonly dashOffset: number;
}

/** One shape of a clip path: the union of all shapes is the clip region. */
export interface ClipShape {
  readonly path: VectorPath;
  readonly matrix: Matrix;
  readonly rule: FillRule;
}

/** A clip region: the union of its shapes, intersected with `clip` (the clipPath's own clip-path) when there is one. */
export interface VectorClip {
  readonly shapes: readonly ClipShape[];
  readonly clip: VectorClip | null;
}

/** An SVG mask: its content drawn in scene space, turned into coverage by luminance (the default) or alpha, zero outside `region`. */
export interface VectorMask {
  readonly type: 'luminance' | 'alpha';
  readonly commands: readonly VectorCommand[];
  readonly region: VectorClip;
}

export type VectorCommand =
  | { readonly op: 'fill'; readonly path: VectorPath; readonly matrix: Matrix; readonly paint: VectorPaint; readonly rule: FillRule }
  | { readonly op: 'stroke'; readonly path: VectorPath; readonly matrix: Matrix; readonly paint: VectorPaint; readonly stroke: StrokeStyle }
  /**
   * Draws what follows up to the matching popGroup into a layer, then composites it with `opacity`
   * inside `clip`, multiplied by `mask` (luminance coefficients 0.2125, 0.7154, 0.0721 on sRGB values, as Skia's).
   */
  | { readonly op: 'pushGroup'; readonly opacity: number; readonly clip: VectorClip | null; readonly mask: VectorMask | null }
  | { readonly op: 'popGroup' }
  /** An embedded raster or SVG image (data: URL bytes) drawn into the rectangle x, y, width, height of user space (preserveAspectRatio resolved). */
  | { readonly op: 'image'; readonly bytes: Uint8Array; readonly matrix: Matrix; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** An SVG document: its size in CSS px and its commands, the root viewBox mapping already in every matrix. */
export interface VectorScene {
  readonly width: number;
  readonly height: number;
  readonly commands: readonly VectorCommand[];
}
