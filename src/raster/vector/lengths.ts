// SVG lengths and numbers: absolute units to px, percentages of the viewport's width, height or normalised diagonal.
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Which viewport dimension a percentage refers to. */
export type Axis = 'x' | 'y' | 'diagonal';

const UNIT_PX: Readonly<Record<string, number>> = { '': 1, px: 1, pt: 96 / 72, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, q: 96 / 101.6, em: 16, rem: 16, ex: 8 };
const LENGTH = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%|[a-zA-Z]*)\s*$/;

/** A length in px, or null when the text is absent or not a length. */
export function parseLength(text: string | undefined, viewport: Viewport, axis: Axis): number | null {
  if (text === undefined) return null;
  const match = LENGTH.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (unit === '%') {
    const base = axis === 'x' ? viewport.width : axis === 'y' ? viewport.height : Math.hypot(viewport.width, viewport.height) / Math.SQRT2;
    return (value / 100) * base;
  }
  const factor = UNIT_PX[unit];
  return factor === undefined ? null : value * factor;
}

/** A length with a default for absent or invalid text. */
export function lengthOr(text: string | undefined, viewport: Viewport, axis: Axis, fallback: number): number {
  return parseLength(text, viewport, axis) ?? fallback;
}

/** A number or percentage as a fraction (`50%` → 0.5), or null. */
export function parseFraction(text: string | undefined): number | null {
  if (text === undefined) return null;
  const match = LENGTH.exec(text);
  if (!match || (match[2] !== '' && match[2] !== '%')) return null;
  return match[2] === '%' ? Number(match[1]) / 100 : Number(match[1]);
}

/** A list of numbers separated by commas and/or whitespace (points, dash arrays). */
export function parseNumberList(text: string | undefined): number[] {
  return (text ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
}
