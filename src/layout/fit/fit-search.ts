// Autofit search: the largest font size on a fixed grid at which a shaped paragraph fits a box, in bounded steps.
import type { ComputedStyle } from '../style/types.js';
import { layoutParagraph } from '../text/paragraph.js';
import type { PreparedParagraph } from '../text/paragraph-types.js';
import type { TextFitStyle } from '../style/text-fit.js';
import { scaleBase, scaleParagraph, type ScaleBase } from './scale-paragraph.js';

/** Sizes are searched on a grid of this step (px): the result is exact to 1/8 px. */
export const FIT_STEP = 0.125;
/** Default limits when textFitMinSize / textFitMaxSize are auto (see docs/autofit.md). */
export const DEFAULT_MIN_SIZE = 8;
export const DEFAULT_MAX_SIZE = 512;
/** No size outside [1, 2048] px is ever tried. */
export const SMALLEST_SIZE = 1;
export const LARGEST_SIZE = 2048;
/** Every fit takes at most this many trial line breakings: 2 + log2 of the grid size. */
export const MAX_FIT_ITERATIONS = 2 + Math.ceil(Math.log2((LARGEST_SIZE - SMALLEST_SIZE) / FIT_STEP + 2));

/** The box the text must fit: content-box width, height limit (Infinity: none) and line limit. */
export interface FitBox {
  readonly width: number;
  readonly height: number;
  readonly maxLines: number;
}

export interface FitOutcome {
  /** Chosen font size of the paragraph's block (spans scale by the same factor). */
  readonly fontSize: number;
  /** fontSize / the specified font size. */
  readonly scale: number;
  /** False when even the smallest allowed size overflows (the text is then clamped). */
  readonly fits: boolean;
  /** Lines to keep when it does not fit (those within the height and line limits, at least 1). */
  readonly keepLines: number;
  /** Trial line breakings used (at most MAX_FIT_ITERATIONS). */
  readonly iterations: number;
}

/** The [min, max] font sizes a mode allows around the specified size. */
export function fitRange(fit: TextFitStyle, base: number): { readonly min: number; readonly max: number } {
  const clampSize = (v: number): number => Math.min(LARGEST_SIZE, Math.max(SMALLEST_SIZE, v));
  const minSet = fit.minSize === 'auto' ? null : fit.minSize;
  const maxSet = fit.maxSize === 'auto' ? null : fit.maxSize;
  let min: number;
  let max: number;
  switch (fit.mode) {
    case 'grow':
      min = minSet ?? base;
      max = maxSet ?? Math.max(base, DEFAULT_MAX_SIZE);
      break;
    case 'shrink':
      min = minSet ?? Math.min(base, DEFAULT_MIN_SIZE);
      max = Math.min(base, maxSet ?? base);
      break;
    default:
      min = minSet ?? Math.min(base, DEFAULT_MIN_SIZE);
      max = maxSet ?? Math.max(base, DEFAULT_MAX_SIZE);
  }
  min = clampSize(min);
  return { min, max: Math.max(min, clampSize(max)) };
}

const searching = (style: ComputedStyle): ComputedStyle => ({ ...style, lineClamp: 'none', textOverflow: 'clip' });

interface Trial {
  readonly fits: boolean;
  readonly keepLines: number;
}

function trial(base: ScaleBase, k: number, box: FitBox): Trial {
  const layout = layoutParagraph(scaleParagraph(base, k, { blockStyle: searching, glyphs: false }), box.width);
  const eps = 1e-6;
  const fits = layout.lines.length <= box.maxLines && layout.width <= box.width + eps && layout.height <= box.height + eps;
  let keep = 0;
  for (const line of layout.lines) {
    if (keep >= box.maxLines || line.top + line.height > box.height + eps) break;
    keep++;
  }
  return { fits, keepLines: Math.max(1, keep) };
}

/**
 * Binary search over sizes min, min + step, …, max for the largest that fits: one shaping (the
 * prepared paragraph), then only scaled line breaking per trial. Fitting is monotone in the size
 * (advances, line count and line heights only grow with it), so the search is exact on the grid.
 */
export function searchFit(p: PreparedParagraph, box: FitBox, range: { readonly min: number; readonly max: number }): FitOutcome {
  const base = scaleBase(p);
  const specified = p.blockStyle.fontSize;
  const steps = Math.floor((range.max - range.min) / FIT_STEP + 1e-9);
  const sizes = (i: number): number => (i > steps ? range.max : range.min + i * FIT_STEP);
  const top = range.min + steps * FIT_STEP < range.max - 1e-9 ? steps + 1 : steps;
  let iterations = 0;
  const run = (i: number): Trial => {
    iterations++;
    return trial(base, sizes(i) / specified, box);
  };
  const outcome = (i: number, fits: boolean, keepLines: number): FitOutcome => ({ fontSize: sizes(i), scale: sizes(i) / specified, fits, keepLines, iterations });
  const atTop = run(top);
  if (atTop.fits || top === 0) return outcome(top, atTop.fits, atTop.keepLines);
  const atBottom = run(0);
  if (!atBottom.fits) return outcome(0, false, atBottom.keepLines);
  let good = 0;
  let bad = top;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (run(mid).fits) good = mid;
    else bad = mid;
  }
  return outcome(good, true, 0);
}
