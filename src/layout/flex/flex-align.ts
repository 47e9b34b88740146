// Main-axis alignment: auto margins and justify-content (§9.5), and the shared space distribution.
import type { AlignContent, JustifyContent } from '../style/types.js';

export interface MainAxisItem {
  /** Border-box main size. */
  readonly size: number;
  /** Sum of both main-axis margins (auto counted as 0). */
  readonly margins: number;
  readonly marginStart: number;
  readonly autoStart: boolean;
  readonly autoEnd: boolean;
}

/** Leading offset and extra space between items for a distribution keyword over `free` px among `count` items. */
export function distribute(mode: JustifyContent | AlignContent, free: number, count: number, overflowing: boolean): { start: number; between: number } {
  if (count === 0) return { start: 0, between: 0 };
  const negative = free < 0 || overflowing;
  switch (mode) {
    case 'flex-end':
    case 'end':
    case 'right':
      return { start: free, between: 0 };
    case 'center':
      return { start: free / 2, between: 0 };
    case 'space-between':
      return negative || count === 1 ? { start: 0, between: 0 } : { start: 0, between: free / (count - 1) };
    case 'space-around':
      return negative ? { start: free / 2, between: 0 } : { start: free / count / 2, between: free / count };
    case 'space-evenly':
      return negative ? { start: free / 2, between: 0 } : { start: free / (count + 1), between: free / (count + 1) };
    default:
      return { start: 0, between: 0 };
  }
}

/** Border-box main-axis start of each item in one line, in the container's content box. */
export function mainOffsets(items: readonly MainAxisItem[], innerMain: number, gap: number, justify: JustifyContent, reverse: boolean): number[] {
  const used = items.reduce((sum, item) => sum + item.size + item.margins, 0) + gap * Math.max(0, items.length - 1);
  const free = innerMain - used;
  const autoCount = items.reduce((n, item) => n + (item.autoStart ? 1 : 0) + (item.autoEnd ? 1 : 0), 0);
  const perAuto = autoCount > 0 && free > 0 ? free / autoCount : 0;
  const { start, between } = autoCount > 0 ? { start: 0, between: 0 } : distribute(justify, free, items.length, false);
  const positions: number[] = [];
  let cursor = start;
  for (const item of items) {
    const leading = item.autoStart ? perAuto : 0;
    const trailing = item.autoEnd ? perAuto : 0;
    const marginBoxStart = cursor;
    const borderStart = marginBoxStart + leading + item.marginStart;
    positions.push(reverse ? innerMain - borderStart - item.size : borderStart);
    cursor = marginBoxStart + leading + item.size + item.margins + trailing + gap + between;
  }
  return positions;
}
