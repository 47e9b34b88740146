// Variable fonts: the axis coordinates of a face instance (HarfBuzz shapes and draws at them).
import type { FontSetting } from '../style/font-settings.js';
import type { FontFace } from './font-face.js';

/** Axis tag → user-space value. */
export type VariationCoords = Readonly<Record<string, number>>;

/**
 * Coordinates for a request: wght follows the requested weight inside the face's weight range
 * (when it has one), opsz follows the optical size (`font-optical-sizing: auto`: the font size in
 * px, as Chromium sets it), then `font-variation-settings` override any axis; values clamp to the
 * axes. Null when every axis stays at its default (the face itself is used).
 */
export function coordsFor(face: FontFace, weight: number, settings: readonly FontSetting[], opticalSize: number | null = null): VariationCoords | null {
  const axes = face.axes;
  if (axes.length === 0) return null;
  const wanted = new Map<string, number>();
  if (face.weightMax !== null) wanted.set('wght', Math.min(Math.max(weight, face.weight), face.weightMax));
  if (opticalSize !== null) wanted.set('opsz', opticalSize);
  for (const { tag, value } of settings) wanted.set(tag, value);
  const coords: Record<string, number> = {};
  let changed = false;
  for (const axis of axes) {
    const value = Math.min(Math.max(wanted.get(axis.tag) ?? axis.defaultValue, axis.minValue), axis.maxValue);
    coords[axis.tag] = value;
    if (value !== axis.defaultValue) changed = true;
  }
  return changed ? coords : null;
}
