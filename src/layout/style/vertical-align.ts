// The vertical-align property (not inherited): a keyword, or a length / percentage of the line-height that raises the box.
import { parseLengthPercentage, type LengthBasis } from './length.js';
import { keyword } from './tokens.js';
import type { LengthPercentage } from './types.js';

export class VerticalAlignValueError extends Error {}

export type VerticalAlignKeyword = 'baseline' | 'middle' | 'top' | 'bottom' | 'text-top' | 'text-bottom' | 'sub' | 'super';

export type VerticalAlign = { readonly kind: 'keyword'; readonly value: VerticalAlignKeyword } | { readonly kind: 'length'; readonly value: LengthPercentage };

export interface VerticalAlignLonghand {
  verticalAlign: VerticalAlign;
}

export const VERTICAL_ALIGN_INITIAL: VerticalAlignLonghand = { verticalAlign: { kind: 'keyword', value: 'baseline' } };

const KEYWORDS: readonly VerticalAlignKeyword[] = ['baseline', 'middle', 'top', 'bottom', 'text-top', 'text-bottom', 'sub', 'super'];

export const VERTICAL_ALIGN_PARSERS: { readonly [K in keyof VerticalAlignLonghand]: (value: string | number, c: { readonly basis: LengthBasis }) => VerticalAlignLonghand[K] } = {
  verticalAlign: (value, c) => {
    const k = keyword(String(value));
    if ((KEYWORDS as readonly string[]).includes(k)) return { kind: 'keyword', value: k as VerticalAlignKeyword };
    try {
      return { kind: 'length', value: parseLengthPercentage(value, c.basis) };
    } catch {
      throw new VerticalAlignValueError(`expected one of ${KEYWORDS.join(', ')}, a length or a percentage`);
    }
  },
};
