// Autofit style properties (textFit, textFitMinSize, textFitMaxSize, textFitMaxLines): parsers, initial and computed values.
import { parseLengthPercentage, parseNumber } from './length.js';
import { keyword } from './tokens.js';
import type { LengthBasis } from './length.js';

export class TextFitValueError extends Error {}

/** Which way the font size may move to make the text fit its box. */
export type TextFitMode = 'none' | 'shrink' | 'grow' | 'both';

/** The computed autofit settings of a box (not inherited). */
export interface TextFitStyle {
  readonly mode: TextFitMode;
  /** per-line: every line gets its own size that fills the width; consistent: one size for the whole text. */
  readonly perLine: boolean;
  /** Smallest and largest font size in px the fit may choose, or auto (see docs/autofit.md). */
  readonly minSize: number | 'auto';
  readonly maxSize: number | 'auto';
  /** Most lines the fitted text may take, or none. */
  readonly maxLines: number | 'none';
}

export interface TextFitLonghands {
  textFit: { readonly mode: TextFitMode; readonly perLine: boolean };
  textFitMinSize: number | 'auto';
  textFitMaxSize: number | 'auto';
  textFitMaxLines: number | 'none';
}

export const TEXT_FIT_INITIAL: TextFitLonghands = { textFit: { mode: 'none', perLine: false }, textFitMinSize: 'auto', textFitMaxSize: 'auto', textFitMaxLines: 'none' };

const MODES: readonly TextFitMode[] = ['none', 'shrink', 'grow', 'both'];

function textFit(value: string | number): TextFitLonghands['textFit'] {
  const words = keyword(String(value)).split(/\s+/).filter((w) => w !== '');
  let mode: TextFitMode | null = null;
  let perLine: boolean | null = null;
  for (const word of words) {
    if ((MODES as readonly string[]).includes(word) && mode === null) mode = word as TextFitMode;
    else if ((word === 'per-line' || word === 'consistent') && perLine === null) perLine = word === 'per-line';
    else throw new TextFitValueError('expected none, shrink, grow or both, optionally followed by consistent or per-line');
  }
  if (mode === null) throw new TextFitValueError('expected none, shrink, grow or both, optionally followed by consistent or per-line');
  if (mode === 'none' && perLine) throw new TextFitValueError('per-line needs shrink, grow or both');
  return { mode, perLine: perLine ?? false };
}

function fontSizeLimit(value: string | number, basis: LengthBasis): number | 'auto' {
  if (keyword(String(value)) === 'auto') return 'auto';
  const length = parseLengthPercentage(value, basis);
  if (length.pct !== 0) throw new TextFitValueError('expected a length or auto (percentages are not supported)');
  if (!(length.px > 0)) throw new TextFitValueError('expected a positive length');
  return length.px;
}

function maxLines(value: string | number, basis: LengthBasis): number | 'none' {
  if (keyword(String(value)) === 'none') return 'none';
  const n = parseNumber(value, basis);
  if (!Number.isInteger(n) || n < 1) throw new TextFitValueError('expected a positive integer or none');
  return n;
}

/** Parsers in the shape of the longhand table (value, context with the em basis). */
export const TEXT_FIT_PARSERS: { readonly [K in keyof TextFitLonghands]: (value: string | number, c: { readonly basis: LengthBasis }) => TextFitLonghands[K] } = {
  textFit: (value) => textFit(value),
  textFitMinSize: (value, c) => fontSizeLimit(value, c.basis),
  textFitMaxSize: (value, c) => fontSizeLimit(value, c.basis),
  textFitMaxLines: (value, c) => maxLines(value, c.basis),
};

export function computedTextFit(s: TextFitLonghands): TextFitStyle {
  return { mode: s.textFit.mode, perLine: s.textFit.perLine, minSize: s.textFitMinSize, maxSize: s.textFitMaxSize, maxLines: s.textFitMaxLines };
}
