// inset and outset borders: the colour Chromium gives each side (top and left darker for inset, lighter for outset; bottom and right the other way).
import type { Rgba } from '../../layout/style/types.js';

type Side = 'top' | 'right' | 'bottom' | 'left';

/** Blink's Color::Dark() and Color::Light() (measured on Chromium's screenshots; black becomes 84 and 168 grey). */
function shade(c: Rgba, darker: boolean): Rgba {
  if (c.r === 0 && c.g === 0 && c.b === 0) return darker ? { r: 84, g: 84, b: 84, a: c.a } : { r: 168, g: 168, b: 168, a: c.a };
  const v = Math.max(c.r, c.g, c.b) / 255;
  const multiplier = darker ? Math.max(0, (v - 0.33) / v) : Math.min(1, v + 0.33) / v;
  const channel = (x: number): number => Math.min(255, Math.floor((x / 255) * multiplier * 256));
  return { r: channel(c.r), g: channel(c.g), b: channel(c.b), a: c.a };
}

/** The side's drawn colour: shaded for inset and outset (drawn solid), as given otherwise. */
export function borderSideColor(style: string, side: Side, color: Rgba): Rgba {
  if (style !== 'inset' && style !== 'outset') return color;
  const topLeft = side === 'top' || side === 'left';
  return shade(color, topLeft === (style === 'inset'));
}
