// Flex items: margins, constraints and flex base sizes (CSS Flexbox §9.2 steps 3–4).
import type { Box } from '../box/types.js';
import { addEdges, border, clampSize, horizontal, margin, padding, resolveLength, sizeConstraints, vertical, type Edges, type SizeConstraints } from '../engine/box-model.js';
import type { LayoutContext } from '../engine/context.js';
import type { BoxFragment } from '../engine/fragment.js';
import { contentIntrinsicWidths, intrinsicWidths } from '../engine/intrinsic.js';
import { fitContent, layoutBox } from '../engine/layout-box.js';
import type { AlignSelf, ComputedStyle } from '../style/types.js';

/** Sizes of the flex container's content box that items resolve against. */
export interface FlexContainerSizes {
  readonly isRow: boolean;
  readonly innerWidth: number;
  readonly innerHeight: number | null;
}

export interface FlexItem {
  readonly box: Box;
  readonly style: ComputedStyle | null;
  readonly margin: Edges;
  readonly autoMargin: { readonly top: boolean; readonly right: boolean; readonly bottom: boolean; readonly left: boolean };
  readonly paddingBorder: Edges;
  readonly limits: SizeConstraints;
  readonly alignSelf: AlignSelf;
  readonly grow: number;
  readonly shrink: number;
  /** Border-box flex base size and main-axis min/max (the automatic minimum included). */
  readonly baseSize: number;
  readonly minMain: number;
  readonly maxMain: number;
  readonly hypotheticalMain: number;
  /** Main-axis margins + padding + border: outer size = main content size + this. */
  readonly mainMargins: number;
  readonly mainPaddingBorder: number;
  /** In a column, the layout made to measure the content height (reused when flexing keeps that height). */
  readonly measured: BoxFragment | null;
}

const NO_EDGES: Edges = { top: 0, right: 0, bottom: 0, left: 0 };
const NO_LIMITS: SizeConstraints = { width: null, height: null, minWidth: 0, maxWidth: Number.POSITIVE_INFINITY, minHeight: 0, maxHeight: Number.POSITIVE_INFINITY };

export function crossAlign(style: ComputedStyle | null, container: ComputedStyle): AlignSelf {
  const self = style?.alignSelf ?? 'auto';
  const value = self === 'auto' ? container.alignItems : self;
  return value === 'normal' ? 'stretch' : value;
}

/** Builds the item with its flex base size and hypothetical main size. */
export function buildFlexItem(box: Box, container: ComputedStyle, sizes: FlexContainerSizes, ctx: LayoutContext): FlexItem {
  const style = box.kind === 'element' ? box.style : null;
  const m = style ? margin(style, sizes.innerWidth) : NO_EDGES;
  const pb = style ? addEdges(padding(style, sizes.innerWidth), border(style)) : NO_EDGES;
  const limits = style ? sizeConstraints(style, sizes.innerWidth, sizes.innerHeight, pb) : NO_LIMITS;
  const autoMargin = {
    top: style?.margin.top === 'auto',
    right: style?.margin.right === 'auto',
    bottom: style?.margin.bottom === 'auto',
    left: style?.margin.left === 'auto',
  };
  const alignSelf = crossAlign(style, container);
  const isRow = sizes.isRow;
  const mainPaddingBorder = isRow ? horizontal(pb) : vertical(pb);
  const item = { box, style, margin: m, autoMargin, paddingBorder: pb, limits, alignSelf };
  const baseSize = flexBaseSize(item, sizes, ctx);
  const maxMain = isRow ? limits.maxWidth : limits.maxHeight;
  const minMain = !style || (isRow ? style.minWidth : style.minHeight) === 'auto' ? automaticMinimum(item, sizes, ctx, maxMain) : isRow ? limits.minWidth : limits.minHeight;
  return {
    box,
    style,
    margin: m,
    autoMargin,
    paddingBorder: pb,
    limits,
    alignSelf,
    grow: style?.flexGrow ?? 0,
    shrink: style?.flexShrink ?? 1,
    baseSize,
    minMain,
    maxMain,
    hypotheticalMain: clampSize(baseSize, minMain, maxMain),
    mainMargins: isRow ? horizontal(m) : vertical(m),
    mainPaddingBorder,
    measured: isRow ? null : measureColumnItem(item, sizes, ctx),
  };
}

type ItemBasics = Pick<FlexItem, 'box' | 'style' | 'margin' | 'paddingBorder' | 'limits' | 'alignSelf' | 'autoMargin'>;

/** §9.2.3: the flex base size, as a border-box size. */
function flexBaseSize(item: ItemBasics, sizes: FlexContainerSizes, ctx: LayoutContext): number {
  const { style, limits, paddingBorder: pb } = item;
  const mainBasis = sizes.isRow ? sizes.innerWidth : sizes.innerHeight;
  const extra = style?.boxSizing === 'content-box' ? (sizes.isRow ? horizontal(pb) : vertical(pb)) : 0;
  const floor = sizes.isRow ? horizontal(pb) : vertical(pb);
  const basis = style?.flexBasis ?? 'auto';
  if (basis !== 'auto' && basis !== 'content') {
    if (basis.pct === 0 || mainBasis !== null) return Math.max(resolveLength(basis, mainBasis) + extra, floor);
  }
  if (basis === 'auto') {
    const specified = sizes.isRow ? limits.width : limits.height;
    if (specified !== null) return specified;
  }
  // B: aspect ratio with a definite cross size.
  if (style && style.aspectRatio !== 'auto' && item.box.kind === 'element' && item.box.content.kind !== 'replaced') {
    const cross = sizes.isRow ? limits.height : limits.width;
    if (cross !== null) return sizes.isRow ? cross * style.aspectRatio : cross / style.aspectRatio;
  }
  return maxContentMainSize(item, sizes, ctx);
}

/** The item's max-content size in the main axis (border box), before its min/max constraints. */
function maxContentMainSize(item: ItemBasics, sizes: FlexContainerSizes, ctx: LayoutContext): number {
  if (sizes.isRow) return contentIntrinsicWidths(item.box, ctx).maxContent + resolvedPercentPadding(item);
  return measureColumnItem(item, sizes, ctx).contentHeight;
}

/**
 * Intrinsic widths count percentage paddings as zero; a row item's own sizes add them back resolved against the
 * container, as Chromium does (`padding: '5% 10%'` on an auto-width item widens it by 20% of the container).
 */
function resolvedPercentPadding(item: ItemBasics): number {
  if (!item.style || item.box.kind !== 'element') return 0;
  return horizontal(item.paddingBorder) - horizontal(addEdges(padding(item.style, null), border(item.style)));
}

/** Lays a column item out at its cross size with an auto height (memoised by layoutBox). */
function measureColumnItem(item: ItemBasics, sizes: FlexContainerSizes, ctx: LayoutContext): BoxFragment {
  return layoutBox(item.box, {
    cbWidth: sizes.innerWidth,
    cbHeight: sizes.innerHeight,
    availableWidth: sizes.innerWidth,
    fill: false,
    forcedWidth: columnItemWidth(item, sizes, ctx),
    forcedHeight: null,
    forcedHeightDefinite: false,
  }, ctx);
}

/** Width of an item in a column container: specified, stretched, or fit-content. */
export function columnItemWidth(item: ItemBasics, sizes: FlexContainerSizes, ctx: LayoutContext): number {
  const { limits, margin: m } = item;
  if (limits.width !== null) return clampSize(limits.width, limits.minWidth, limits.maxWidth);
  const available = sizes.innerWidth - horizontal(m);
  if (item.alignSelf === 'stretch' && !item.autoMargin.left && !item.autoMargin.right) return clampSize(Math.max(0, available), limits.minWidth, limits.maxWidth);
  const intrinsic = intrinsicWidths(item.box, ctx);
  return clampSize(fitContent(available, intrinsic.minContent, intrinsic.maxContent), limits.minWidth, limits.maxWidth);
}

/** §4.5: the automatic minimum size: min(specified size suggestion, content size suggestion), clamped by max. */
function automaticMinimum(item: ItemBasics, sizes: FlexContainerSizes, ctx: LayoutContext, maxMain: number): number {
  const { style, limits } = item;
  // Text that ends in an ellipsis where it overflows (text-overflow on a flex container) may shrink below its min-content.
  if (!style && item.box.kind === 'anonymous' && item.box.style.overflowX !== 'visible') return 0;
  if (!style) return sizes.isRow ? intrinsicWidths(item.box, ctx).minContent : maxContentMainSize(item, sizes, ctx);
  const overflow = sizes.isRow ? style.overflowX : style.overflowY;
  // Fitted text adapts to the item's size, so its content does not set a minimum (like overflow: hidden).
  if ((overflow !== 'visible' && overflow !== 'clip') || style.textFit.mode !== 'none') return sizes.isRow ? horizontal(item.paddingBorder) : vertical(item.paddingBorder);
  let content: number;
  if (sizes.isRow) {
    content = contentIntrinsicWidths(item.box, ctx).minContent + resolvedPercentPadding(item);
    if (style.aspectRatio !== 'auto' && limits.height !== null && item.box.kind === 'element' && item.box.content.kind !== 'replaced') content = limits.height * style.aspectRatio;
  } else {
    content = maxContentMainSize(item, sizes, ctx);
  }
  content = Math.min(content, maxMain);
  const specified = sizes.isRow ? limits.width : limits.height;
  return specified !== null ? Math.min(specified, content) : content;
}
