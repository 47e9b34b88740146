// Grid items: their contributions to track sizing in each axis and their layout inside their grid area.
import type { Box } from '../box/types.js';
import { addEdges, border, clampSize, horizontal, margin, padding, sizeConstraints, vertical, type Edges } from '../engine/box-model.js';
import type { LayoutContext } from '../engine/context.js';
import type { BoxFragment } from '../engine/fragment.js';
import { outerIntrinsicWidths } from '../engine/intrinsic.js';
import { layoutBox } from '../engine/layout-box.js';
import type { ComputedStyle } from '../style/types.js';
import type { GridArea } from './place-items.js';
import type { SelfAlignment } from './grid-align.js';
import type { SizingItem, SizingTrack } from './track-sizing.js';

const NO_EDGES: Edges = { top: 0, right: 0, bottom: 0, left: 0 };

function styleOf(box: Box): ComputedStyle | null {
  return box.kind === 'element' ? box.style : null;
}

export function isReplaced(box: Box): boolean {
  return box.kind === 'element' && box.content.kind === 'replaced';
}

/** Sum of the fixed maximums of the spanned tracks (and gaps), or null when one is not fixed: caps a content-based minimum (§6.6). */
function fixedMaxOf(tracks: readonly SizingTrack[], start: number, end: number, gap: number): number | null {
  let sum = gap * (end - start - 1);
  for (let i = start; i < end; i++) {
    const max = tracks[i]!.max;
    if (max.kind !== 'fixed') return null;
    sum += max.px;
  }
  return sum;
}

/** The minimum contribution: an explicit min size, the padding box of a scroll container, or the content-based minimum. */
function minimumContribution(style: ComputedStyle | null, content: number, marginSum: number, explicitMin: number | null, scroll: boolean, floor: number, fixedMax: number | null): number {
  if (!style) return content;
  if (explicitMin !== null) return explicitMin + marginSum;
  if (scroll) return floor + marginSum;
  return fixedMax === null ? content : Math.min(content, Math.max(fixedMax, floor + marginSum));
}

/** Column contributions: min- and max-content widths of the margin box. */
export function columnContribution(box: Box, area: GridArea, tracks: readonly SizingTrack[], gap: number, ctx: LayoutContext): SizingItem {
  const sizes = outerIntrinsicWidths(box, ctx);
  const style = styleOf(box);
  let minimum = sizes.minContent;
  if (style) {
    const pb = addEdges(padding(style, null), border(style));
    const m = horizontal(margin(style, null));
    const explicitMin = style.minWidth === 'auto' ? null : sizeConstraints(style, null, null, pb).minWidth;
    const scroll = style.overflowX !== 'visible' && style.overflowX !== 'clip';
    minimum = minimumContribution(style, sizes.minContent, m, explicitMin, scroll, horizontal(pb), fixedMaxOf(tracks, area.columnStart, area.columnEnd, gap));
  }
  return { start: area.columnStart, end: area.columnEnd, minContent: sizes.minContent, maxContent: sizes.maxContent, minimum };
}

/** Lays the item out at its area's width with an auto height (or the stretched height when given). */
export function layoutInArea(box: Box, areaWidth: number, areaHeight: number | null, justify: SelfAlignment, align: SelfAlignment, ctx: LayoutContext): BoxFragment {
  const style = styleOf(box);
  const m = style ? margin(style, areaWidth) : NO_EDGES;
  const autoX = style !== null && (style.margin.left === 'auto' || style.margin.right === 'auto');
  const autoY = style !== null && (style.margin.top === 'auto' || style.margin.bottom === 'auto');
  const pb = style ? addEdges(padding(style, areaWidth), border(style)) : NO_EDGES;
  const limits = style ? sizeConstraints(style, areaWidth, areaHeight, pb) : null;
  let forcedHeight: number | null = null;
  if (areaHeight !== null && align === 'stretch' && !autoY && (limits === null || limits.height === null) && !(style && style.aspectRatio !== 'auto')) {
    const target = Math.max(0, areaHeight - vertical(m));
    forcedHeight = limits ? clampSize(target, limits.minHeight, limits.maxHeight) : target;
  }
  return layoutBox(box, {
    cbWidth: areaWidth,
    cbHeight: areaHeight,
    availableWidth: areaWidth,
    fill: justify === 'stretch' && !autoX,
    forcedWidth: null,
    forcedHeight,
    forcedHeightDefinite: forcedHeight !== null,
  }, ctx);
}

/** Row contributions: the margin-box height of the item laid out at its area's width. */
export function rowContribution(box: Box, area: GridArea, fragment: BoxFragment, areaWidth: number, tracks: readonly SizingTrack[], gap: number): SizingItem {
  const style = styleOf(box);
  const m = style ? vertical(margin(style, areaWidth)) : 0;
  const outer = fragment.height + m;
  let minimum = outer;
  if (style) {
    const pb = addEdges(padding(style, areaWidth), border(style));
    const explicitMin = style.minHeight === 'auto' ? null : sizeConstraints(style, areaWidth, null, pb).minHeight;
    const scroll = style.overflowY !== 'visible' && style.overflowY !== 'clip';
    minimum = minimumContribution(style, outer, m, explicitMin, scroll, vertical(pb), fixedMaxOf(tracks, area.rowStart, area.rowEnd, gap));
  }
  return { start: area.rowStart, end: area.rowEnd, minContent: outer, maxContent: outer, minimum };
}

export function marginsOf(box: Box, areaWidth: number): Edges {
  const style = styleOf(box);
  return style ? margin(style, areaWidth) : NO_EDGES;
}

/** Offset of the border box in the area along one axis, auto margins first, then self alignment. */
export function placeInAxis(area: number, size: number, marginStart: number, marginEnd: number, autoStart: boolean, autoEnd: boolean, alignment: SelfAlignment, selfOffset: (alignment: SelfAlignment, area: number, outer: number) => number): number {
  const free = area - size - marginStart - marginEnd;
  if (autoStart || autoEnd) {
    if (free <= 0) return marginStart;
    if (autoStart && autoEnd) return marginStart + free / 2;
    return autoStart ? marginStart + free : marginStart;
  }
  return marginStart + selfOffset(alignment, area, size + marginStart + marginEnd);
}
