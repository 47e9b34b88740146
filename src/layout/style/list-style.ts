// list-style: the marker kinds ogsmith draws, and the listStyle shorthand (type and position; images are refused).
import { keyword, splitTopLevel } from './tokens.js';
import { ShorthandError, type Declaration, type RawValue } from './shorthands.js';

/** Bullets drawn as shapes, as Chromium paints them (not as glyphs). */
export const SYMBOL_MARKERS = ['disc', 'circle', 'square'] as const;
/** Counters drawn as text ("1. ", "iv. "). */
export const COUNTER_MARKERS = ['decimal', 'decimal-leading-zero', 'lower-alpha', 'lower-latin', 'upper-alpha', 'upper-latin', 'lower-roman', 'upper-roman'] as const;
export type ListStyleType = 'none' | (typeof SYMBOL_MARKERS)[number] | (typeof COUNTER_MARKERS)[number];
export const LIST_STYLE_TYPES: ReadonlySet<string> = new Set(['none', ...SYMBOL_MARKERS, ...COUNTER_MARKERS]);
const POSITIONS: ReadonlySet<string> = new Set(['outside', 'inside']);

/** The list-style paint properties, inherited like text-wrap (resolve.ts copies them from the parent). */
export const INHERITED_LIST_PROPERTIES = ['listStyleType', 'listStylePosition', 'listStyleImage'] as const;

/** `listStyle: 'none' | 'square inside' | …` into its longhands; a missing part resets to its initial value. */
export function listStyleShorthand(value: RawValue): Declaration[] {
  let type = 'disc';
  let position = 'outside';
  let image = 'none';
  let nones = 0;
  for (const token of splitTopLevel(String(value), ' ')) {
    const k = keyword(token);
    if (k === 'none') nones++;
    else if (POSITIONS.has(k)) position = k;
    else if (LIST_STYLE_TYPES.has(k)) type = k;
    else if (/^url\(/i.test(token)) image = token;
    else throw new ShorthandError(`${JSON.stringify(token)} is not a list-style type, position or image`);
  }
  // `none` sets the type (and the image, which is none anyway) unless the type is given otherwise.
  if (nones > 0 && type === 'disc') type = 'none';
  return [['listStyleType', type], ['listStylePosition', position], ['listStyleImage', image]];
}
