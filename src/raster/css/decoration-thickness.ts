// text-decoration-thickness: auto, from-font, a length or a percentage of 1em → the used thickness in px.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { PaintValueError } from './paint-error.js';

const LENGTH = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:px|em|rem|%|pt|pc|in|cm|mm|q|ex|ch|vw|vh)?$|^calc\(/i;

/** Whether a token of the text-decoration shorthand is its thickness. */
export function isThicknessToken(token: string): boolean {
  const lower = token.toLowerCase();
  return lower === 'auto' || lower === 'from-font' || LENGTH.test(lower);
}

/** The used thickness in px, or null for auto and from-font (the font's underline thickness). */
export function decorationThickness(token: string, em: number): number | null {
  const lower = token.trim().toLowerCase();
  if (lower === 'auto' || lower === 'from-font') return null;
  // A React number (kept as its digits) means px.
  if (/^(?:\d+\.?\d*|\.\d+)$/.test(lower)) return Number(lower);
  const length = parseLengthPercentage(lower, { em, rem: 16, vw: 0, vh: 0 });
  const px = length.px + (length.pct / 100) * em;
  if (!Number.isFinite(px) || px < 0) throw new PaintValueError('expected auto, from-font, or a length or percentage that is not negative');
  return px;
}
