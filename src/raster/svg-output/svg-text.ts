// SVG text pieces: numbers written the same way every time, escaped attribute values, colours as hex plus opacity.
import { parseColor } from '../../layout/style/color.js';
import type { Rgba } from '../../layout/style/types.js';

/** A number with at most `digits` decimals, no exponent and no negative zero: the same input always writes the same text. */
export function num(value: number, digits = 3): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0 || !Number.isFinite(rounded)) return '0';
  return rounded.toFixed(digits).replace(/\.?0+$/, '');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const hex2 = (v: number): string => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');

/** A colour parsed once (unreadable text is transparent, as the canvas ignores it). */
export function rgbaOf(color: string): Rgba {
  return parseColor(color) ?? { r: 0, g: 0, b: 0, a: 0 };
}

export function hexOf(color: Rgba): string {
  return `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;
}

/** ` NAME="#rrggbb"` and, when not opaque, ` NAME-opacity="a"` (fill, stroke, stop, flood). */
export function colorAttributes(name: 'fill' | 'stroke' | 'stop-color' | 'flood-color', color: string | Rgba): string {
  const rgba = typeof color === 'string' ? rgbaOf(color) : color;
  const opacityName = name === 'stop-color' ? 'stop-opacity' : name === 'flood-color' ? 'flood-opacity' : `${name}-opacity`;
  return ` ${name}="${hexOf(rgba)}"${rgba.a < 1 ? ` ${opacityName}="${num(rgba.a, 4)}"` : ''}`;
}
