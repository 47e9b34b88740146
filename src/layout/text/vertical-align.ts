// vertical-align of inline boxes and atomic inlines: each item's baseline shift, as Blink's inline box state stack computes it.
import type { FontRegistry } from '../fonts/font-registry.js';
import type { ComputedStyle } from '../style/types.js';
import type { BoxExtent } from './line-metrics.js';
import { usedLineHeight } from './line-metrics.js';
import type { InlineItem } from './types.js';
import { xHeight } from './x-height.js';

/**
 * Where an item sits vertically: `shift` (px, down positive) from the baseline of its group, which is
 * the line's root baseline (group null) or the baseline of a top/bottom-aligned box (whose own shift is
 * only known once the line box height is).
 */
export interface ItemAlign {
  readonly shift: number;
  readonly group: number | null;
  /** Set on the box that starts a group: which line edge it aligns with. */
  readonly edge: 'top' | 'bottom' | null;
}

export const ROOT_ALIGN: ItemAlign = { shift: 0, group: null, edge: null };

interface Parent {
  readonly style: ComputedStyle;
  readonly extent: BoxExtent;
  readonly align: ItemAlign;
}

/** The box's shift from its parent's baseline, for the values that do not need the line box. */
function ownShift(style: ComputedStyle, above: number, below: number, parent: Parent, fonts: FontRegistry, lineHeight: number): number {
  const va = style.verticalAlign;
  if (va.kind === 'length') return -(va.value.px + (va.value.pct * lineHeight) / 100);
  switch (va.value) {
    case 'sub':
      return parent.style.fontSize / 5 + 1;
    case 'super':
      return -(parent.style.fontSize / 3 + 1);
    case 'middle':
      return (above - below) / 2 - xHeight(parent.style, fonts, parent.extent.font.ascent) / 2;
    case 'text-top':
      return above - parent.extent.font.ascent;
    case 'text-bottom':
      return parent.extent.font.descent - below;
    default:
      return 0;
  }
}

/** Alignment of every item (text items follow their inline box), by item index. */
export function itemAlignments(items: readonly InlineItem[], blockStyle: ComputedStyle, strut: BoxExtent, extents: ReadonlyMap<number, BoxExtent>, fonts: FontRegistry): ItemAlign[] {
  const stack: Parent[] = [{ style: blockStyle, extent: strut, align: ROOT_ALIGN }];
  const aligns: ItemAlign[] = [];
  items.forEach((item, index) => {
    const parent = stack[stack.length - 1]!;
    const place = (style: ComputedStyle, above: number, below: number, lineHeight: number): ItemAlign => {
      const va = style.verticalAlign;
      if (va.kind === 'keyword' && (va.value === 'top' || va.value === 'bottom')) return { shift: 0, group: index, edge: va.value };
      return { shift: parent.align.shift + ownShift(style, above, below, parent, fonts, lineHeight), group: parent.align.group, edge: null };
    };
    switch (item.kind) {
      case 'text':
        aligns[index] = { shift: parent.align.shift, group: parent.align.group, edge: null };
        return;
      case 'open': {
        const extent = extents.get(index)!;
        const align = place(item.style, extent.above, extent.below, usedLineHeight(item.style, extent.font));
        aligns[index] = align;
        stack.push({ style: item.style, extent, align });
        return;
      }
      case 'close':
        if (stack.length > 1) stack.pop();
        aligns[index] = parent.align;
        return;
      case 'atomic': {
        const style = item.style;
        aligns[index] = style ? place(style, item.baseline, item.height - item.baseline, usedLineHeight(style, strut.font)) : { shift: parent.align.shift, group: parent.align.group, edge: null };
        return;
      }
    }
  });
  return aligns;
}

/** An extent on a line with the item it belongs to (-1: the root inline box's strut). */
export interface LineExtent {
  readonly extent: BoxExtent;
  readonly item: number;
}

/** An atomic inline on a line: its item index and margin-box ascent (baseline) and height. */
export interface LineAtomic {
  readonly index: number;
  readonly baseline: number;
  readonly height: number;
}

/**
 * The line box's extent above and below its root baseline, and each item's final shift from it:
 * boxes aligned with the root first, then top/bottom groups against that line box (which they may grow).
 */
export function lineVertical(extents: readonly LineExtent[], atomics: readonly LineAtomic[], aligns: readonly ItemAlign[]): { above: number; below: number; shiftOf: (item: number) => number } {
  const alignOf = (item: number): ItemAlign => (item < 0 ? ROOT_ALIGN : aligns[item] ?? ROOT_ALIGN);
  let above = 0;
  let below = 0;
  const groups = new Map<number, { above: number; below: number; edge: 'top' | 'bottom' }>();
  const add = (item: number, up: number, down: number): void => {
    const align = alignOf(item);
    if (align.group === null) {
      above = Math.max(above, up - align.shift);
      below = Math.max(below, down + align.shift);
      return;
    }
    const group = groups.get(align.group) ?? { above: Number.NEGATIVE_INFINITY, below: Number.NEGATIVE_INFINITY, edge: alignOf(align.group).edge ?? 'top' };
    group.above = Math.max(group.above, up - align.shift);
    group.below = Math.max(group.below, down + align.shift);
    groups.set(align.group, group);
  };
  for (const { extent, item } of extents) add(item, extent.above, extent.below);
  for (const atomic of atomics) add(atomic.index, atomic.baseline, atomic.height - atomic.baseline);
  // Blink's MetricsForTopAndBottomAlign: a group taller than the line grows it away from its edge, then each aligns.
  for (const group of groups.values()) {
    const delta = group.above + group.below - (above + below);
    if (delta <= 0) continue;
    if (group.edge === 'top') below += delta;
    else above += delta;
  }
  const groupShift = new Map<number, number>();
  for (const [id, group] of groups) groupShift.set(id, group.edge === 'top' ? group.above - above : below - group.below);
  return {
    above,
    below,
    shiftOf: (item) => {
      const align = alignOf(item);
      return align.shift + (align.group === null ? 0 : groupShift.get(align.group) ?? 0);
    },
  };
}
