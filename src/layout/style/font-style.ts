// font-style: normal, italic, oblique and oblique <angle>, as Chromium uses them: an oblique angle under 14° matches and draws upright.
import { parseAngle } from './angle.js';
import { keyword, splitTopLevel } from './tokens.js';
import type { FontStyle } from './types.js';

/**
 * The smallest oblique angle Chromium treats as slanted (the keyword's 14°): below it, with or without an
 * italic face, text is matched and drawn upright (oracle screenshots, Chromium 156: 13°, 10°, −10° and −30°
 * upright; 14°, 20°, 30°, 90° slanted, from the italic face where there is one, else synthesised).
 */
export const MIN_SLANTED_OBLIQUE_DEGREES = 14;

/** The computed font-style of a value, or a message saying what is wrong with it. */
export function parseFontStyle(value: string): FontStyle | string {
  const [first, angle, extra] = splitTopLevel(keyword(value), ' ');
  if (first === 'normal' || first === 'italic') return extra === undefined && angle === undefined ? first : `${first} takes no angle`;
  if (first !== 'oblique') return 'expected normal, italic, oblique or oblique <angle>';
  if (angle === undefined) return 'oblique';
  const degrees = parseAngle(angle);
  if (degrees === null || extra !== undefined) return `${JSON.stringify(angle)} is not an angle (oblique takes one, e.g. oblique 10deg)`;
  if (degrees < -90 || degrees > 90) return `the oblique angle ${JSON.stringify(angle)} is outside -90deg to 90deg`;
  // Chromium keeps font-style as a fixed-point number in quarters of a degree, truncated.
  return Math.trunc(degrees * 4) / 4 >= MIN_SLANTED_OBLIQUE_DEGREES ? 'oblique' : 'normal';
}
