// Dash patterns of dashed and dotted borders and lines, as plain numbers every backend strokes with (canvas setLineDash, SVG stroke-dasharray).
import type { BorderSide, RRect } from './types.js';

/** A stroke's dash intervals (empty: solid) and line cap. */
export interface DashPattern {
  readonly dash: readonly number[];
  readonly cap: 'butt' | 'round' | 'square';
}

/** Length of a quarter of an ellipse with radii a and b (Ramanujan's approximation). */
function quarterEllipse(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return (Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)))) / 4;
}

export function perimeter(shape: RRect): number {
  const { width, height } = shape.rect;
  if (!shape.radii) return 2 * (width + height);
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = shape.radii;
  const straight = width - tlx - trx + (height - try_ - bry) + (width - blx - brx) + (height - bly - tly);
  return straight + quarterEllipse(tlx, tly) + quarterEllipse(trx, try_) + quarterEllipse(brx, bry) + quarterEllipse(blx, bly);
}

/**
 * Blink's gap for `count` dashes on a closed path of `length` (StrokeData::SelectBestDashGap): of
 * the two whole numbers of dashes around length / (dash + gap), the one whose stretched gap is
 * closest to the wanted gap.
 */
export function closedDashGap(length: number, dash: number, gap: number): number {
  const fewer = Math.max(1, Math.floor(length / (dash + gap)));
  const fewerGap = (length - fewer * dash) / fewer;
  const moreGap = (length - (fewer + 1) * dash) / (fewer + 1);
  return moreGap <= 0 || Math.abs(fewerGap - gap) < Math.abs(moreGap - gap) ? fewerGap : moreGap;
}

/**
 * Dashes and cap of a text decoration line, as Chromium draws them (measured on its screenshots): dashes three
 * widths long with gaps of two below 3 px, two and one from 3 px up; dots one width square with gaps of one,
 * round from 4 px up. Lines are at least 2 px wide (decorationLineWidth).
 */
export function decorationDash(style: BorderSide['style'] | 'wavy', width: number): DashPattern {
  if (style === 'dashed') return { dash: width >= 3 ? [width * 2, width] : [width * 3, width * 2], cap: 'butt' };
  if (style === 'dotted') return width > 3 ? { dash: [0.01, width * 2 - 0.01], cap: 'round' } : { dash: [width, width], cap: 'butt' };
  return { dash: [], cap: 'butt' };
}

/** Chromium draws dotted and dashed decorations at least 2 px wide, keeping the line's bottom edge. */
export function decorationLineWidth(style: string, thickness: number): { readonly width: number; readonly dy: number } {
  if ((style !== 'dotted' && style !== 'dashed') || thickness >= 2) return { width: thickness, dy: 0 };
  return { width: 2, dy: (thickness - 2) / 2 };
}

/** How far below the first line of a double decoration the second is drawn: one width and a pixel, at least 3 px (Chromium). */
export const doubleLineOffset = (width: number): number => Math.max(3, width + 1);

/** A uniform dashed or dotted border stroked along its rounded centre line of `length` (Blink's dash and gap sizes). */
export function roundedBorderDash(side: BorderSide, length: number): DashPattern {
  const width = side.width;
  // Round-capped dashes of (almost) no length: dots one border-width across, about as far apart.
  if (side.style === 'dotted') return { dash: [0.01, closedDashGap(length, width, width) + width - 0.01], cap: 'round' };
  // Blink: dashes twice the width with gaps of one width from 3 px up, three and two below.
  const dash = width * (width >= 3 ? 2 : 3);
  return { dash: length <= 2 * dash ? [] : [dash, closedDashGap(length, dash, width * (width >= 3 ? 1 : 2))], cap: 'butt' };
}

/** One straight side of `length`, its pattern stretched to start and end at the corners (dots sit on the corners, as in browsers). */
export function sideDash(side: BorderSide, length: number): DashPattern {
  if (side.style === 'dotted') {
    const intervals = Math.max(1, Math.round(length / (2 * side.width)));
    return { dash: [0, length / intervals], cap: 'round' };
  }
  if (side.style === 'dashed') {
    const dash = side.width * 3;
    const count = Math.max(1, Math.round((length + dash) / (2 * dash)));
    const gap = count > 1 ? (length - count * dash) / (count - 1) : 0;
    return { dash: count > 1 ? [dash, Math.max(0, gap)] : [], cap: 'butt' };
  }
  return { dash: [], cap: 'square' };
}
