// font-optical-sizing: the optical size (opsz) a style asks for, the font size in px unless it says none.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import type { ComputedStyle } from '../style/types.js';

/** What picks an element's fonts: the computed font properties and the paint record (font-optical-sizing). */
export type FontSelection = Pick<ComputedStyle, 'fontFamily' | 'fontWeight' | 'fontStyle' | 'fontSize' | 'fontVariationSettings' | 'paint'>;

/**
 * The opsz coordinate for `font-optical-sizing`: `auto` (the initial value) is the used font size in
 * CSS px, as Chromium sets it; `none` leaves the axis at its default. `font-variation-settings`
 * naming opsz still wins (it is applied after).
 */
export function opticalSize(style: FontSelection): number | null {
  const value = style.paint.fontOpticalSizing;
  if (value === undefined) return style.fontSize;
  const keyword = value.trim().toLowerCase();
  if (keyword === 'auto' || keyword === 'initial' || keyword === 'inherit' || keyword === 'unset') return style.fontSize;
  if (keyword === 'none') return null;
  throw new OgsmithError('INVALID_STYLE_VALUE', `fontOpticalSizing ${quote(value)} is not one of auto, none`);
}
