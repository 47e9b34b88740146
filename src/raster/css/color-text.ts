// Colours for the canvas: computed Rgba to rgba() text, and CSS colour text parsed through the style layer.
import { isCurrentColor, parseColor } from '../../layout/style/color.js';
import type { Rgba } from '../../layout/style/types.js';

export function rgbaText(c: Rgba, alpha = 1): string {
  return `rgba(${Math.round(c.r)},${Math.round(c.g)},${Math.round(c.b)},${Math.round(c.a * alpha * 1000) / 1000})`;
}

/** A colour token of a paint value (gradient stop, shadow), with currentColor resolved; null if not a colour. */
export function colorText(token: string, currentColor: Rgba): string | null {
  if (isCurrentColor(token)) return rgbaText(currentColor);
  const parsed = parseColor(token);
  return parsed ? rgbaText(parsed) : null;
}
