// Horizontal alignment of a line: text-align offsets and justification space.
import { isWhiteSpaceCode } from './white-space-code.js';
import type { ComputedStyle } from '../style/types.js';
import { isJustifyOpportunity } from './justify.js';
import type { LineRange } from './paragraph-types.js';

export function trailingSpaces(text: string, range: LineRange): number {
  let n = 0;
  for (let i = range.end - 1; i >= range.start && isWhiteSpaceCode(text.charCodeAt(i)); i--) n++;
  return n;
}

/** Offset of the line start and extra px per space (justify), from text-align and direction. */
export function alignment(style: ComputedStyle, available: number, width: number, range: LineRange, text: string): { offset: number; perSpace: number } {
  if (!Number.isFinite(available)) return { offset: 0, perSpace: 0 };
  const free = available - width;
  const rtl = style.direction === 'rtl';
  switch (style.textAlign) {
    case 'center':
      return { offset: free / 2, perSpace: 0 };
    case 'right':
      return { offset: free, perSpace: 0 };
    case 'end':
      return { offset: rtl ? 0 : free, perSpace: 0 };
    case 'start':
      return { offset: rtl ? free : 0, perSpace: 0 };
    case 'justify': {
      if (range.last || free <= 0) return { offset: rtl ? free : 0, perSpace: 0 };
      let spaces = 0;
      const end = range.end - trailingSpaces(text, range);
      for (let i = range.start; i < end; i++) if (isJustifyOpportunity(text, i, end)) spaces++;
      return { offset: 0, perSpace: spaces > 0 ? free / spaces : 0 };
    }
    default:
      return { offset: 0, perSpace: 0 };
  }
}
