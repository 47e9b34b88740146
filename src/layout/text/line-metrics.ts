// Vertical metrics of inline boxes: ascent/descent with half-leading, as Blink's line box model computes them.
import type { ComputedStyle } from '../style/types.js';
import { scaledMetrics, type FontFace, type ScaledMetrics } from '../fonts/font-face.js';
import { primaryOf, type FontRegistry } from '../fonts/font-registry.js';

/** Extent of an inline box above and below the baseline (both positive downwards-from-top / up). */
export interface BoxExtent {
  /** Distance from the box top (with leading) to the baseline. */
  readonly above: number;
  /** Distance from the baseline to the box bottom (with leading). */
  readonly below: number;
  /** Font metrics of the box's primary font (for the text content area). */
  readonly font: ScaledMetrics;
}

export function primaryFace(style: ComputedStyle, fonts: FontRegistry): FontFace {
  const chain = fonts.chainFor(style);
  if (chain.length === 0) throw new Error('font registry has no faces');
  return primaryOf(chain);
}

/** Used line-height in px. */
export function usedLineHeight(style: ComputedStyle, metrics: ScaledMetrics): number {
  switch (style.lineHeight.kind) {
    case 'normal':
      return metrics.lineSpacing;
    case 'number':
      return style.lineHeight.value * style.fontSize;
    case 'px':
      return style.lineHeight.value;
  }
}

/** The inline box's extent: content area A+D plus the leading split with the top half floored. */
export function boxExtent(style: ComputedStyle, fonts: FontRegistry): BoxExtent {
  const font = scaledMetrics(primaryFace(style, fonts), style.fontSize);
  const lineHeight = usedLineHeight(style, font);
  const leading = lineHeight - (font.ascent + font.descent);
  const top = Math.floor(leading / 2);
  return { above: font.ascent + top, below: font.descent + (leading - top), font };
}
