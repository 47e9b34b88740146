// The style of fitted text: font size, letter- and word-spacing multiplied by the fit scale (line-height in px stays).
import type { ComputedStyle } from '../style/types.js';
import { memo2 } from './memo.js';

const scaled = new WeakMap<ComputedStyle, Map<number, ComputedStyle>>();

/** `style` with its text scaled by `k` (memoised, so equal scales give the same object). */
export function scaleTextStyle(style: ComputedStyle, k: number): ComputedStyle {
  if (k === 1) return style;
  return memo2(scaled, style, k, () => ({ ...style, fontSize: style.fontSize * k, letterSpacing: style.letterSpacing * k, wordSpacing: style.wordSpacing * k }));
}
