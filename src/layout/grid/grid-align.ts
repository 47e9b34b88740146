// Box alignment in grid: content distribution of tracks (justify/align-content) and self alignment in an area.
import type { AlignContent, AlignSelf, ComputedStyle, JustifyContent } from '../style/types.js';
import type { JustifySelf } from '../style/grid-types.js';

/** Where the tracks start and the extra space between tracks, for the free space of the axis. */
export function distributeTracks(value: JustifyContent | AlignContent, free: number, tracks: number): { readonly start: number; readonly between: number } {
  switch (value) {
    case 'center':
      return { start: free / 2, between: 0 };
    case 'end':
    case 'flex-end':
    case 'right':
      return { start: free, between: 0 };
    case 'space-between':
      return free > 0 && tracks > 1 ? { start: 0, between: free / (tracks - 1) } : { start: 0, between: 0 };
    case 'space-around':
      return free > 0 && tracks > 0 ? { start: free / tracks / 2, between: free / tracks } : { start: free > 0 ? 0 : free / 2, between: 0 };
    case 'space-evenly':
      return free > 0 && tracks > 0 ? { start: free / (tracks + 1), between: free / (tracks + 1) } : { start: free > 0 ? 0 : free / 2, between: 0 };
    default:
      return { start: 0, between: 0 };
  }
}

/** Used self alignment: one of start, center, end, stretch or baseline. */
export type SelfAlignment = 'start' | 'center' | 'end' | 'stretch' | 'baseline';

function used(value: AlignSelf | JustifySelf, replaced: boolean): SelfAlignment {
  switch (value) {
    case 'center':
      return 'center';
    case 'end':
    case 'self-end':
    case 'flex-end':
    case 'right':
    case 'last baseline':
      return 'end';
    case 'stretch':
      return 'stretch';
    case 'normal':
    case 'auto':
      // normal behaves as stretch, except for replaced elements (start).
      return replaced ? 'start' : 'stretch';
    case 'baseline':
      return 'baseline';
    default:
      return 'start';
  }
}

export function justifyAlignment(item: ComputedStyle | null, container: ComputedStyle, replaced: boolean): SelfAlignment {
  const self = item?.grid.justifySelf ?? 'auto';
  const value = used(self === 'auto' ? container.grid.justifyItems : self, replaced);
  // Baseline alignment in the inline axis falls back to start (no row of items shares an inline baseline here).
  return value === 'baseline' ? 'start' : value;
}

export function alignAlignment(item: ComputedStyle | null, container: ComputedStyle, replaced: boolean): SelfAlignment {
  const self = item?.alignSelf ?? 'auto';
  return used(self === 'auto' ? container.alignItems : self, replaced);
}

/** Offset of a margin box of size `outer` in an area of size `area`. */
export function selfOffset(alignment: SelfAlignment, area: number, outer: number): number {
  const free = area - outer;
  if (alignment === 'center') return free / 2;
  if (alignment === 'end') return free;
  return 0;
}
