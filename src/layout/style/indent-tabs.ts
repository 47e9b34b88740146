// text-indent and tab-size (both inherited): the first line's indent and the distance between tab stops.
import { parseLengthPercentage, parseNumberOrLength, type LengthBasis } from './length.js';
import type { LengthPercentage } from './types.js';

/** Tab stops every `spaces` space advances (a number, as React writes `tabSize: 4`) or every `px`. */
export type TabSize = { readonly kind: 'spaces'; readonly spaces: number } | { readonly kind: 'px'; readonly px: number };

export interface IndentTabsLonghands {
  /** Indent of the first line of each paragraph (px + % of the block's width). */
  textIndent: LengthPercentage;
  tabSize: TabSize;
}

export const INDENT_TABS_INITIAL: IndentTabsLonghands = { textIndent: { px: 0, pct: 0 }, tabSize: { kind: 'spaces', spaces: 8 } };

export class IndentTabsValueError extends Error {}

export const INDENT_TABS_PARSERS: { readonly [K in keyof IndentTabsLonghands]: (value: string | number, c: { readonly basis: LengthBasis }) => IndentTabsLonghands[K] } = {
  textIndent: (value, c) => {
    if (typeof value === 'string' && /\b(hanging|each-line)\b/i.test(value)) throw new IndentTabsValueError('hanging and each-line are not supported: give a length or percentage');
    return parseLengthPercentage(value, c.basis);
  },
  tabSize: (value, c) => {
    const parsed = parseNumberOrLength(value, c.basis);
    if ('number' in parsed) {
      if (parsed.number < 0) throw new IndentTabsValueError('must not be negative');
      return { kind: 'spaces', spaces: parsed.number };
    }
    if (parsed.length.pct !== 0) throw new IndentTabsValueError('expected a number of spaces or a length');
    if (parsed.length.px < 0) throw new IndentTabsValueError('must not be negative');
    return { kind: 'px', px: parsed.length.px };
  },
};
