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

interface OpenBox {
  readonly index: number;
  readonly style: ComputedStyle;
  readonly extent: BoxExtent;
  readonly parent: OpenBox | null;
  /** The box's extent with its descendants', around its own baseline (Blink's box metrics when it closes). */
  above: number;
  below: number;
}

type Shifter = (style: ComputedStyle, above: number, below: number, parent: OpenBox, lineHeight: number) => number;

/** The box's shift from its parent's baseline (px, down positive), for the values that do not need the line box. */
function ownShift(fonts: FontRegistry): Shifter {
  return (style, above, below, parent, lineHeight) => {
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
  };
}

function isEdge(style: ComputedStyle): 'top' | 'bottom' | null {
  const va = style.verticalAlign;
  return va.kind === 'keyword' && (va.value === 'top' || va.value === 'bottom') ? va.value : null;
}

/**
 * Alignment of every item (text items follow their inline box), by item index. An inline box's
 * middle, text-top and text-bottom use its extent united with its descendants' (over the whole
 * paragraph, where Blink takes the part on each line); top and bottom start a group.
 */
export function itemAlignments(items: readonly InlineItem[], blockStyle: ComputedStyle, strut: BoxExtent, extents: ReadonlyMap<number, BoxExtent>, fonts: FontRegistry): ItemAlign[] {
  const shiftFor = ownShift(fonts);
  // Pass 1: each item's shift from its parent's baseline, and its parent box.
  const relative: number[] = [];
  const parentOf: (number | null)[] = [];
  const root: OpenBox = { index: -1, style: blockStyle, extent: strut, parent: null, above: strut.above, below: strut.below };
  let open = root;
  const unite = (box: OpenBox, above: number, below: number, shift: number): void => {
    box.above = Math.max(box.above, above - shift);
    box.below = Math.max(box.below, below + shift);
  };
  items.forEach((item, index) => {
    parentOf[index] = open.index < 0 ? null : open.index;
    switch (item.kind) {
      case 'text': {
        relative[index] = 0;
        const extent = extents.get(index);
        if (extent) unite(open, extent.above, extent.below, 0);
        return;
      }
      case 'open': {
        const extent = extents.get(index)!;
        open = { index, style: item.style, extent, parent: open, above: extent.above, below: extent.below };
        return;
      }
      case 'close': {
        if (open.parent === null) return;
        const box = open;
        const parent = open.parent;
        relative[box.index] = isEdge(box.style) ? 0 : shiftFor(box.style, box.above, box.below, parent, usedLineHeight(box.style, box.extent.font));
        if (!isEdge(box.style)) unite(parent, box.above, box.below, relative[box.index]!);
        open = parent;
        parentOf[index] = box.index;
        relative[index] = 0;
        return;
      }
      case 'atomic': {
        const style = item.style;
        const below = item.height - item.baseline;
        relative[index] = style && !isEdge(style) ? shiftFor(style, item.baseline, below, open, usedLineHeight(style, strut.font)) : 0;
        if (!style || !isEdge(style)) unite(open, item.baseline, below, relative[index]!);
        return;
      }
    }
  });
  // Boxes left open (no close item): their shift as they stand.
  for (let box: OpenBox | null = open; box && box.parent; box = box.parent) {
    relative[box.index] = isEdge(box.style) ? 0 : shiftFor(box.style, box.above, box.below, box.parent, usedLineHeight(box.style, box.extent.font));
  }
  // Pass 2: shifts add up to the nearest top/bottom box (a group) or the root.
  const aligns: ItemAlign[] = [];
  const edgeOf = (index: number): 'top' | 'bottom' | null => {
    const item = items[index];
    return item && (item.kind === 'open' || item.kind === 'atomic') && item.style ? isEdge(item.style) : null;
  };
  const alignOf = (index: number): ItemAlign => {
    const known = aligns[index];
    if (known) return known;
    const edge = edgeOf(index);
    const parent = parentOf[index] ?? null;
    let align: ItemAlign;
    if (edge) align = { shift: 0, group: index, edge };
    else if (parent === null) align = { shift: relative[index] ?? 0, group: null, edge: null };
    else {
      const up = alignOf(parent);
      align = { shift: up.shift + (relative[index] ?? 0), group: up.group, edge: null };
    }
    aligns[index] = align;
    return align;
  };
  items.forEach((_, index) => alignOf(index));
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
  // Top- and bottom-aligned groups are rare: their map is made on first use.
  let groups: Map<number, { above: number; below: number; edge: 'top' | 'bottom' }> | null = null;
  const add = (item: number, up: number, down: number): void => {
    const align = alignOf(item);
    if (align.group === null) {
      above = Math.max(above, up - align.shift);
      below = Math.max(below, down + align.shift);
      return;
    }
    groups ??= new Map();
    const group = groups.get(align.group) ?? { above: Number.NEGATIVE_INFINITY, below: Number.NEGATIVE_INFINITY, edge: alignOf(align.group).edge ?? 'top' };
    group.above = Math.max(group.above, up - align.shift);
    group.below = Math.max(group.below, down + align.shift);
    groups.set(align.group, group);
  };
  for (const { extent, item } of extents) add(item, extent.above, extent.below);
  for (const atomic of atomics) add(atomic.index, atomic.baseline, atomic.height - atomic.baseline);
  // Blink's MetricsForTopAndBottomAlign: a group taller than the line grows it away from its edge, then each aligns.
  // TypeScript does not see the assignment inside add(): widen the type back.
  const found = groups as Map<number, { above: number; below: number; edge: 'top' | 'bottom' }> | null;
  if (found === null) return { above, below, shiftOf: (item) => alignOf(item).shift };
  for (const group of found.values()) {
    const delta = group.above + group.below - (above + below);
    if (delta <= 0) continue;
    if (group.edge === 'top') below += delta;
    else above += delta;
  }
  const groupShift = new Map<number, number>();
  for (const [id, group] of found) groupShift.set(id, group.edge === 'top' ? group.above - above : below - group.below);
  return {
    above,
    below,
    shiftOf: (item) => {
      const align = alignOf(item);
      return align.shift + (align.group === null ? 0 : groupShift.get(align.group) ?? 0);
    },
  };
}
