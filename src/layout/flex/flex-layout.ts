// Flex layout (CSS Flexbox §9): items into lines, flexible lengths, cross sizes, alignment.
import type { Box, ElementBox } from '../box/types.js';
import { clampSize, horizontal, resolveLength, vertical } from '../engine/box-model.js';
import type { ContentLayout } from '../engine/content-result.js';
import type { LayoutContext } from '../engine/context.js';
import { shiftPending, type BoxFragment, type PendingAbsolute, type PlacedFragment, type StaticAlignment } from '../engine/fragment.js';
import { layoutBox, relativeOffset } from '../engine/layout-box.js';
import { usesPercentageHeights } from '../engine/percent-heights.js';
import { distribute, mainOffsets, type MainAxisItem } from './flex-align.js';
import { buildFlexItem, columnItemWidth, type FlexContainerSizes, type FlexItem } from './flex-item.js';
import { collectLines, resolveFlexibleLengths } from './flex-lines.js';

interface ItemResult {
  readonly item: FlexItem;
  readonly main: number;
  fragment: BoxFragment;
  /** Cross size of the border box and distance from the margin-box cross start to the baseline. */
  cross: number;
  baseline: number;
}

interface LineResult {
  readonly items: ItemResult[];
  crossSize: number;
  maxBaseline: number;
  crossOffset: number;
}

export function layoutFlexContent(box: ElementBox, children: readonly Box[], innerWidth: number, innerHeight: number | null, heightLimits: { readonly min: number; readonly max: number }, ctx: LayoutContext): ContentLayout {
  const style = box.style;
  const isRow = style.flexDirection === 'row' || style.flexDirection === 'row-reverse';
  // direction: rtl puts a row's main-start on the right.
  const mainReverse = isRow ? (style.flexDirection === 'row-reverse') !== (style.direction === 'rtl') : style.flexDirection === 'column-reverse';
  const wrap = style.flexWrap !== 'nowrap';
  const crossReverse = style.flexWrap === 'wrap-reverse';
  const sizes: FlexContainerSizes = { isRow, innerWidth, innerHeight };
  const columnGap = resolveLength(style.columnGap, innerWidth);
  const rowGap = resolveLength(style.rowGap, innerHeight ?? 0);
  const mainGap = isRow ? columnGap : rowGap;
  const crossGap = isRow ? rowGap : columnGap;

  const inFlow: Box[] = [];
  const absoluteBoxes: ElementBox[] = [];
  for (const child of children) {
    if (child.kind === 'element' && child.absolute) absoluteBoxes.push(child);
    else inFlow.push(child);
  }
  const items = orderModified(inFlow).map((child) => buildFlexItem(child, style, sizes, ctx));

  // §9.3: main size of the container and line collection.
  const definiteMain = isRow ? innerWidth : innerHeight;
  const lineLimit = definiteMain ?? (heightLimits.max === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : heightLimits.max);
  const lineItems = collectLines(items, lineLimit, mainGap, wrap);
  // An indefinite (column) main size is the largest line's hypothetical sum, clamped by the container's min/max.
  let contentMain = 0;
  for (const line of lineItems) contentMain = Math.max(contentMain, line.reduce((sum, item, i) => sum + item.hypotheticalMain + item.mainMargins + (i > 0 ? mainGap : 0), 0));
  const innerMain = definiteMain ?? clampSize(contentMain, heightLimits.min, heightLimits.max);
  const innerCrossDefinite = isRow ? innerHeight : innerWidth;

  // §9.7 and §9.4: flexible lengths, then hypothetical cross sizes.
  const lines: LineResult[] = lineItems.map((line) => {
    const mainSizes = resolveFlexibleLengths(line, innerMain, mainGap);
    const results = line.map((item, i) => measureCross(item, mainSizes[i]!, sizes, innerMain, definiteMain !== null, ctx));
    return { items: results, crossSize: 0, maxBaseline: 0, crossOffset: 0 };
  });

  // §9.4.8: line cross sizes.
  for (const line of lines) {
    let maxAbove = 0;
    let maxBelow = 0;
    let largest = 0;
    for (const r of line.items) {
      const outer = r.cross + crossMargins(r.item, isRow);
      if (r.item.alignSelf === 'baseline' && isRow && !hasAutoCrossMargin(r.item, isRow)) {
        maxAbove = Math.max(maxAbove, r.baseline);
        maxBelow = Math.max(maxBelow, outer - r.baseline);
      } else {
        largest = Math.max(largest, outer);
      }
    }
    line.maxBaseline = maxAbove;
    line.crossSize = Math.max(largest, maxAbove + maxBelow);
  }
  const singleLine = !wrap;
  let innerCross: number;
  let contentCross: number;
  if (singleLine && innerCrossDefinite !== null && lines[0]) {
    lines[0].crossSize = innerCrossDefinite;
    innerCross = innerCrossDefinite;
    contentCross = innerCrossDefinite;
  } else {
    const total = lines.reduce((sum, line) => sum + line.crossSize, 0) + crossGap * Math.max(0, lines.length - 1);
    contentCross = total;
    innerCross = innerCrossDefinite ?? (isRow ? clampSize(total, heightLimits.min, heightLimits.max) : total);
    if (singleLine && lines[0]) lines[0].crossSize = isRow ? innerCross : lines[0].crossSize;
  }

  // §9.4.9 / §9.6.15: align-content distributes the remaining cross space among lines.
  const usedCross = lines.reduce((sum, line) => sum + line.crossSize, 0) + crossGap * Math.max(0, lines.length - 1);
  const freeCross = innerCross - usedCross;
  const alignContent = style.alignContent === 'normal' ? 'stretch' : style.alignContent;
  if (!singleLine && alignContent === 'stretch' && freeCross > 0 && lines.length > 0) {
    for (const line of lines) line.crossSize += freeCross / lines.length;
  }
  const contentOffsets = singleLine ? { start: 0, between: 0 } : distribute(alignContent === 'stretch' ? 'flex-start' : alignContent, Math.max(0, innerCross - lines.reduce((sum, line) => sum + line.crossSize, 0) - crossGap * Math.max(0, lines.length - 1)), lines.length, freeCross < 0);
  let crossCursor = contentOffsets.start;
  const lineOrder = crossReverse ? [...lines].reverse() : lines;
  for (const line of lineOrder) {
    line.crossOffset = crossCursor;
    crossCursor += line.crossSize + crossGap + contentOffsets.between;
  }

  // §9.4.11: stretch, then §9.5 main-axis and §9.6 cross-axis alignment.
  const placed: PlacedFragment[] = [];
  let baseline: number | null = null;
  let firstItemBaseline: number | null = null;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    for (const r of line.items) stretchItem(r, line.crossSize, isRow, sizes, innerMain, definiteMain !== null, ctx);
    const offsets = mainOffsets(line.items.map((r) => mainAxisItem(r, isRow, mainReverse)), innerMain, mainGap, style.justifyContent, mainReverse);
    line.items.forEach((r, i) => {
      const mainPos = offsets[i]!;
      const crossPos = line.crossOffset + crossPosition(r, line, isRow, crossReverse);
      // A column's cross axis starts on the right in direction: rtl.
      const x = isRow ? mainPos : style.direction === 'rtl' ? innerWidth - crossPos - r.fragment.width : crossPos;
      const y = isRow ? crossPos : mainPos;
      const offset = relativeOffset(r.item.box, innerWidth, innerHeight);
      placed.push({ x: x + offset.x, y: y + offset.y, fragment: r.fragment });
      if (lineIndex === 0) {
        const itemBaseline = y + (r.fragment.baseline ?? r.fragment.height);
        if (baseline === null && r.item.alignSelf === 'baseline' && isRow) baseline = itemBaseline;
        if (firstItemBaseline === null) firstItemBaseline = itemBaseline;
      }
    });
  }

  const absolutes: PendingAbsolute[] = [];
  for (const p of placed) for (const a of p.fragment.absolutes) absolutes.push(shiftPending(a, p.x, p.y));
  for (const abs of absoluteBoxes) absolutes.push(staticPositionInFlex(abs, style, innerWidth, isRow ? innerCross : innerMain));
  // The content height before the container's own min/max (the box applies them).
  const height = isRow ? (innerCrossDefinite ?? contentCross) : definiteMain ?? contentMain;
  return { height, children: placed, baseline: baseline ?? firstItemBaseline, absolutes, paragraph: null };
}

/** Children in order-modified document order (a stable sort by `order`); most containers set no order and keep theirs. */
function orderModified(children: readonly Box[]): readonly Box[] {
  if (children.every((child) => child.kind !== 'element' || child.style.order === 0)) return children;
  return children.map((child, index) => ({ child, index, order: child.kind === 'element' ? child.style.order : 0 })).sort((a, b) => a.order - b.order || a.index - b.index).map((entry) => entry.child);
}

/** The item's main-axis margins seen from main-start (the right or bottom side when reversed). */
function mainAxisItem(r: ItemResult, isRow: boolean, reverse: boolean): MainAxisItem {
  const { margin: m, autoMargin: auto } = r.item;
  const start = isRow ? m.left : m.top;
  const end = isRow ? m.right : m.bottom;
  const autoStart = isRow ? auto.left : auto.top;
  const autoEnd = isRow ? auto.right : auto.bottom;
  return { size: r.main, margins: start + end, marginStart: reverse ? end : start, autoStart: reverse ? autoEnd : autoStart, autoEnd: reverse ? autoStart : autoEnd };
}

function crossMargins(item: FlexItem, isRow: boolean): number {
  return isRow ? vertical(item.margin) : horizontal(item.margin);
}

function hasAutoCrossMargin(item: FlexItem, isRow: boolean): boolean {
  return isRow ? item.autoMargin.top || item.autoMargin.bottom : item.autoMargin.left || item.autoMargin.right;
}

/** §9.4.7: lays the item out at its flexed main size to find its hypothetical cross size. */
function measureCross(item: FlexItem, main: number, sizes: FlexContainerSizes, innerMain: number, mainDefinite: boolean, ctx: LayoutContext): ItemResult {
  // A column item whose flexed height equals its measured height keeps that layout, unless percentages inside need a definite height.
  const reusable = item.measured !== null && Math.abs(item.measured.height - main) < 1e-9 && !(mainDefinite && usesPercentageHeights(item.box, ctx.memo.percentHeights));
  const fragment = reusable && item.measured ? item.measured : layoutItem(item, main, sizes, innerMain, mainDefinite, null, ctx);
  return resultFor(item, main, fragment, sizes.isRow);
}

function layoutItem(item: FlexItem, main: number, sizes: FlexContainerSizes, innerMain: number, mainDefinite: boolean, forcedCross: number | null, ctx: LayoutContext): BoxFragment {
  if (sizes.isRow) {
    const specifiedHeight = item.limits.height;
    return layoutBox(item.box, {
      cbWidth: sizes.innerWidth,
      cbHeight: sizes.innerHeight,
      availableWidth: main,
      fill: false,
      forcedWidth: main,
      forcedHeight: forcedCross ?? (specifiedHeight === null ? null : clampSize(specifiedHeight, item.limits.minHeight, item.limits.maxHeight)),
      forcedHeightDefinite: forcedCross !== null || specifiedHeight !== null,
    }, ctx);
  }
  return layoutBox(item.box, {
    cbWidth: sizes.innerWidth,
    cbHeight: mainDefinite ? innerMain : sizes.innerHeight,
    availableWidth: sizes.innerWidth,
    fill: false,
    forcedWidth: forcedCross ?? columnItemWidth(item, sizes, ctx),
    forcedHeight: main,
    forcedHeightDefinite: mainDefinite,
  }, ctx);
}

function resultFor(item: FlexItem, main: number, fragment: BoxFragment, isRow: boolean): ItemResult {
  const cross = isRow ? fragment.height : fragment.width;
  const crossStartMargin = isRow ? item.margin.top : item.margin.left;
  return { item, main, fragment, cross, baseline: crossStartMargin + (fragment.baseline ?? fragment.height) };
}

/** §9.4.11: align-self: stretch makes an auto cross size fill the line. */
function stretchItem(r: ItemResult, lineCross: number, isRow: boolean, sizes: FlexContainerSizes, innerMain: number, mainDefinite: boolean, ctx: LayoutContext): void {
  const item = r.item;
  if (item.alignSelf !== 'stretch' || hasAutoCrossMargin(item, isRow)) return;
  const specifiedCross = isRow ? item.limits.height : item.limits.width;
  if (specifiedCross !== null) return;
  if (!isRow) return; // column items were laid out at their stretched width already
  const target = clampSize(lineCross - crossMargins(item, isRow), item.limits.minHeight, item.limits.maxHeight);
  // Same height and nothing inside resolves against a definite height: the measured layout stands.
  if (Math.abs(target - r.fragment.height) < 1e-9 && !usesPercentageHeights(item.box, ctx.memo.percentHeights)) return;
  const fragment = layoutItem(item, r.main, sizes, innerMain, mainDefinite, target, ctx);
  const updated = resultFor(item, r.main, fragment, isRow);
  r.fragment = updated.fragment;
  r.cross = updated.cross;
  r.baseline = updated.baseline;
}

/** §9.6: cross-axis position of the item's border box inside its line. */
function crossPosition(r: ItemResult, line: LineResult, isRow: boolean, crossReverse: boolean): number {
  const item = r.item;
  const marginStart = isRow ? item.margin.top : item.margin.left;
  const outer = r.cross + crossMargins(item, isRow);
  const free = line.crossSize - outer;
  const autoStart = isRow ? item.autoMargin.top : item.autoMargin.left;
  const autoEnd = isRow ? item.autoMargin.bottom : item.autoMargin.right;
  if (autoStart || autoEnd) {
    if (free <= 0) return marginStart;
    if (autoStart && autoEnd) return marginStart + free / 2;
    return autoStart ? marginStart + free : marginStart;
  }
  let align = item.alignSelf;
  if (align === 'baseline' && !isRow) align = 'flex-start';
  if (align === 'last baseline') align = 'flex-end';
  switch (align) {
    case 'baseline':
      return marginStart + (line.maxBaseline - r.baseline);
    case 'center':
      return marginStart + free / 2;
    case 'flex-end':
      return marginStart + (crossReverse ? 0 : free);
    case 'end':
    case 'self-end':
      return marginStart + free;
    case 'start':
    case 'self-start':
      return marginStart;
    case 'stretch':
    case 'flex-start':
    case 'normal':
    case 'auto':
      return marginStart + (crossReverse ? free : 0);
  }
}

/** §4.1: an absolute child's static position is that of a sole flex item aligned in the content box. */
function staticPositionInFlex(box: ElementBox, container: ElementBox['style'], innerWidth: number, innerHeight: number): PendingAbsolute {
  const isRow = container.flexDirection === 'row' || container.flexDirection === 'row-reverse';
  const rtl = container.direction === 'rtl';
  const reverse = isRow ? (container.flexDirection === 'row-reverse') !== rtl : container.flexDirection === 'column-reverse';
  const justify = mainAlignment(container.justifyContent, reverse);
  const selfAlign = box.style.alignSelf === 'auto' ? container.alignItems : box.style.alignSelf;
  const align = crossAlignment(selfAlign, container.flexWrap === 'wrap-reverse');
  // A column's cross axis starts on the right in direction: rtl.
  const alignX = isRow ? justify : rtl ? mirrored(align) : align;
  return { box, staticX: 0, staticY: 0, staticArea: { width: innerWidth, height: innerHeight, alignX, alignY: isRow ? align : justify } };
}

function mirrored(alignment: StaticAlignment): StaticAlignment {
  return alignment === 'start' ? 'end' : alignment === 'end' ? 'start' : alignment;
}

function mainAlignment(justify: ElementBox['style']['justifyContent'], reverse: boolean): StaticAlignment {
  switch (justify) {
    case 'center':
    case 'space-around':
    case 'space-evenly':
      return 'center';
    case 'flex-end':
      return reverse ? 'start' : 'end';
    case 'end':
    case 'right':
      return 'end';
    case 'start':
    case 'left':
      return 'start';
    default:
      return reverse ? 'end' : 'start';
  }
}

function crossAlignment(align: ElementBox['style']['alignSelf'], wrapReverse: boolean): StaticAlignment {
  switch (align) {
    case 'center':
      return 'center';
    case 'flex-end':
    case 'last baseline':
      return wrapReverse ? 'start' : 'end';
    case 'end':
    case 'self-end':
      return 'end';
    case 'start':
    case 'self-start':
      return 'start';
    default:
      return wrapReverse ? 'end' : 'start';
  }
}
