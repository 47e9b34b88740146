// Grid layout (CSS Grid §11–12): place items, size columns then rows, align tracks and items, place fragments.
import { OgsmithError } from '../../errors/catalogue.js';
import type { Box, ElementBox } from '../box/types.js';
import { clampSize, resolveLength } from '../engine/box-model.js';
import type { ContentLayout } from '../engine/content-result.js';
import type { LayoutContext } from '../engine/context.js';
import { shiftPending, type PendingAbsolute, type PlacedFragment } from '../engine/fragment.js';
import { relativeOffset } from '../engine/layout-box.js';
import { alignAlignment, distributeTracks, justifyAlignment, selfOffset } from './grid-align.js';
import { columnContribution, isReplaced, layoutInArea, marginsOf, placeInAxis, rowContribution } from './grid-items.js';
import { areaSpan, setUpGrid, spanSize, trackPositions } from './grid-setup.js';
import { sizeTracks } from './track-sizing.js';

export function layoutGridContent(box: ElementBox, children: readonly Box[], innerWidth: number, innerHeight: number | null, heightLimits: { readonly min: number; readonly max: number }, ctx: LayoutContext): ContentLayout {
  const style = box.style;
  const inFlow = children.filter((child) => !(child.kind === 'element' && child.absolute));
  const absoluteBoxes = children.filter((child): child is ElementBox => child.kind === 'element' && child.absolute);
  if (style.position !== 'static') for (const child of absoluteBoxes) refuseAreaContainingBlock(child);
  const columnGap = resolveLength(style.columnGap, innerWidth);
  const rowGap = resolveLength(style.rowGap, innerHeight);
  const autoRepeatHeight = innerHeight ?? (Number.isFinite(heightLimits.max) ? heightLimits.max : heightLimits.min > 0 ? heightLimits.min : null);
  const grid = setUpGrid(box, inFlow, innerWidth, innerHeight, { column: columnGap, row: rowGap }, autoRepeatHeight);

  // §12.1 step 1: columns, from the items' min- and max-content widths.
  const justifyStretch = style.justifyContent === 'normal' || style.justifyContent === 'stretch';
  const columnItems = grid.items.map((item) => columnContribution(item.box, item.area, grid.columns, columnGap, ctx));
  const columnSizes = sizeTracks(grid.columns, columnItems, columnGap, { kind: 'definite', available: innerWidth, stretch: justifyStretch });

  // Step 2: rows, from each item's height at its area's width.
  const alignments = grid.items.map((item) => ({ justify: justifyAlignment(item.box.kind === 'element' ? item.box.style : null, style, isReplaced(item.box)), align: alignAlignment(item.box.kind === 'element' ? item.box.style : null, style, isReplaced(item.box)) }));
  const areaWidths = grid.items.map((item) => spanSize(columnSizes, grid.columns, columnGap, item.area.columnStart, item.area.columnEnd));
  const measured = grid.items.map((item, i) => layoutInArea(item.box, areaWidths[i]!, null, alignments[i]!.justify, alignments[i]!.align, ctx));
  const rowItems = grid.items.map((item, i) => rowContribution(item.box, item.area, measured[i]!, areaWidths[i]!, grid.rows, rowGap));
  const alignStretch = style.alignContent === 'normal' || style.alignContent === 'stretch';
  const rowSizes = sizeTracks(grid.rows, rowItems, rowGap, innerHeight !== null ? { kind: 'definite', available: innerHeight, stretch: alignStretch } : { kind: 'indefinite', minSize: heightLimits.min, maxSize: heightLimits.max, stretch: alignStretch });

  // Content distribution of the tracks in the container's content box.
  const rowsTotal = spanSize(rowSizes, grid.rows, rowGap, 0, rowSizes.length);
  const columnsTotal = spanSize(columnSizes, grid.columns, columnGap, 0, columnSizes.length);
  const usedInnerHeight = innerHeight ?? clampSize(rowsTotal, heightLimits.min, heightLimits.max);
  const visible = (tracks: typeof grid.rows): number => tracks.filter((t) => !t.collapsed).length;
  const columnDistribution = distributeTracks(style.justifyContent, innerWidth - columnsTotal, visible(grid.columns));
  const rowDistribution = distributeTracks(style.alignContent, usedInnerHeight - rowsTotal, visible(grid.rows));
  const columns = trackPositions(columnSizes, grid.columns, columnGap, columnDistribution.start, columnDistribution.between);
  const rows = trackPositions(rowSizes, grid.rows, rowGap, rowDistribution.start, rowDistribution.between);

  // Lay every item out in its area, then align it.
  const rtl = style.direction === 'rtl';
  const laidOut = grid.items.map((item, i) => {
    const x = areaSpan(columns, item.area.columnStart, item.area.columnEnd);
    const y = areaSpan(rows, item.area.rowStart, item.area.rowEnd);
    const fragment = layoutInArea(item.box, x.size, y.size, alignments[i]!.justify, alignments[i]!.align, ctx);
    return { item, x, y, fragment, margins: marginsOf(item.box, x.size) };
  });
  // Baseline-aligned items share the baseline of their first row.
  const rowBaselines = new Map<number, number>();
  const baselineOf = (entry: (typeof laidOut)[number]): number => entry.margins.top + (entry.fragment.baseline ?? entry.fragment.height);
  laidOut.forEach((entry, i) => {
    if (alignments[i]!.align !== 'baseline') return;
    rowBaselines.set(entry.item.area.rowStart, Math.max(rowBaselines.get(entry.item.area.rowStart) ?? 0, baselineOf(entry)));
  });

  const placed: PlacedFragment[] = [];
  let baseline: number | null = null;
  let baselineRank = Number.POSITIVE_INFINITY;
  laidOut.forEach((entry, i) => {
    const { item, fragment, margins } = entry;
    const autos = item.box.kind === 'element' ? item.box.style.margin : null;
    const dx = placeInAxis(entry.x.size, fragment.width, margins.left, margins.right, autos?.left === 'auto', autos?.right === 'auto', alignments[i]!.justify, selfOffset);
    const shared = rowBaselines.get(item.area.rowStart);
    const dy = alignments[i]!.align === 'baseline' && shared !== undefined && !(autos?.top === 'auto' || autos?.bottom === 'auto')
      ? margins.top + shared - baselineOf(entry)
      : placeInAxis(entry.y.size, fragment.height, margins.top, margins.bottom, autos?.top === 'auto', autos?.bottom === 'auto', alignments[i]!.align, selfOffset);
    const left = entry.x.offset + dx;
    const x = rtl ? innerWidth - left - fragment.width : left;
    const y = entry.y.offset + dy;
    const offset = relativeOffset(item.box, entry.x.size, entry.y.size);
    placed.push({ x: x + offset.x, y: y + offset.y, fragment });
    // The grid's baseline: the first row's baseline-aligned item, else its first item in grid order.
    const rank = item.area.rowStart * 1e6 + (alignments[i]!.align === 'baseline' ? 0 : 1) * 1e4 + item.area.columnStart;
    if (rank < baselineRank) {
      baselineRank = rank;
      baseline = y + (fragment.baseline ?? fragment.height);
    }
  });

  const absolutes: PendingAbsolute[] = [];
  for (const p of placed) for (const a of p.fragment.absolutes) absolutes.push(shiftPending(a, p.x, p.y));
  for (const abs of absoluteBoxes) absolutes.push({ box: abs, staticX: 0, staticY: 0, staticArea: { width: innerWidth, height: usedInnerHeight, alignX: rtl ? 'end' : 'start', alignY: 'start' } });
  return { height: innerHeight ?? rowsTotal, children: placed, baseline, absolutes, paragraph: null };
}

/** An absolute child placed by grid lines in its positioned grid would use that grid area as its containing block: not laid out yet. */
function refuseAreaContainingBlock(box: ElementBox): void {
  const { rowStart, rowEnd, columnStart, columnEnd } = box.style.grid;
  if ([rowStart, rowEnd, columnStart, columnEnd].every((line) => line.kind === 'auto')) return;
  throw new OgsmithError('UNSUPPORTED_LAYOUT', 'An absolutely positioned child of a positioned grid container with gridRow/gridColumn/gridArea (a grid area as containing block) is not supported; remove its grid placement or wrap it in a grid item with position: relative', { path: box.node.path });
}
