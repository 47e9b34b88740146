// Visual reordering of one placed line: characters move to their bidi positions, glyphs, atomics and inline boxes follow.
import { visualOrder, type BidiParagraph } from './bidi.js';
import type { InlineOpenItem, PositionedGlyph } from './types.js';

/** Logical x extent of every character of a line, recorded while the line is placed in logical order. */
export class LineCells {
  readonly x0: Float64Array;
  readonly x1: Float64Array;

  constructor(readonly start: number, readonly end: number) {
    this.x0 = new Float64Array(end - start).fill(Number.NaN);
    this.x1 = new Float64Array(end - start).fill(Number.NaN);
  }

  set(index: number, x0: number, x1: number): void {
    if (index < this.start || index >= this.end) return;
    this.x0[index - this.start] = x0;
    this.x1[index - this.start] = x1;
  }
}

/** What the reordering moves (the paragraph's pending line state, mutated in place). */
export interface ReorderText {
  readonly itemIndex: number;
  left: number;
  right: number;
  readonly glyphs: PositionedGlyph[];
  /** Character index of each glyph's cluster start, parallel to `glyphs`. */
  readonly glyphChars: number[];
}
export interface ReorderAtomic {
  readonly pos: number;
  left: number;
}
export interface ReorderBox {
  readonly boxId: number;
  readonly itemIndex: number;
  left: number;
  right: number;
  readonly open: Pick<InlineOpenItem, 'marginStart' | 'borderStart' | 'paddingStart' | 'marginEnd' | 'borderEnd' | 'paddingEnd' | 'style'>;
}

export interface ReorderInput {
  readonly bidi: BidiParagraph;
  readonly text: string;
  /** Item index of each character of the paragraph. */
  readonly itemOf: (index: number) => number;
  /** Item index of a box's close marker, or Infinity when it closes after the paragraph. */
  readonly closeItemOf: (boxId: number) => number;
  readonly openedOnLine: (boxId: number) => boolean;
  readonly closedOnLine: (boxId: number) => boolean;
  /** Where the line's content starts (after alignment). */
  readonly offset: number;
  /** Trailing characters that hang (collapsible spaces at a soft break). */
  readonly hangFrom: number;
}

const SPACE = /\s/;

/** A box's characters on the line, and its edges as they fall left and right of them. */
interface BoxSpan {
  readonly chars: readonly number[];
  readonly leftEdge: number;
  readonly rightEdge: number;
  /** Border and padding only (margins lie outside the box's rect). */
  readonly leftInner: number;
  readonly rightInner: number;
}

function boxSpan(input: ReorderInput, cells: LineCells, box: ReorderBox): BoxSpan | null {
  const closeItem = input.closeItemOf(box.boxId);
  const chars: number[] = [];
  for (let i = cells.start; i < cells.end; i++) {
    const item = input.itemOf(i);
    // Hanging trailing spaces do not extend the box (as in left-to-right lines).
    if (item > box.itemIndex && item < closeItem && i < input.hangFrom && !Number.isNaN(cells.x0[i - cells.start]!)) chars.push(i);
  }
  if (chars.length === 0) return null;
  const o = box.open;
  const startInner = input.openedOnLine(box.boxId) ? o.borderStart + o.paddingStart : 0;
  const endInner = input.closedOnLine(box.boxId) ? o.borderEnd + o.paddingEnd : 0;
  const startEdge = input.openedOnLine(box.boxId) ? startInner + o.marginStart : 0;
  const endEdge = input.closedOnLine(box.boxId) ? endInner + o.marginEnd : 0;
  const rtl = o.style.direction === 'rtl';
  return { chars, leftEdge: rtl ? endEdge : startEdge, rightEdge: rtl ? startEdge : endEdge, leftInner: rtl ? endInner : startInner, rightInner: rtl ? startInner : endInner };
}

/**
 * Moves the line's characters into visual order; inline boxes keep their edges on the sides
 * their own direction gives them (start edge left in an ltr box), around their reordered content.
 */
export function reorderLine(input: ReorderInput, cells: LineCells, texts: readonly ReorderText[], atomics: readonly ReorderAtomic[], boxes: readonly ReorderBox[]): void {
  const { bidi, start, end } = { bidi: input.bidi, start: cells.start, end: cells.end };
  const n = end - start;
  const width = new Float64Array(n);
  for (let k = 0; k < n; k++) if (!Number.isNaN(cells.x0[k]!)) width[k] = cells.x1[k]! - cells.x0[k]!;
  const order = visualOrder(bidi, start, end);
  const slot = new Int32Array(n);
  order.forEach((index, v) => (slot[index - start] = v));
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  const spans = new Map<ReorderBox, BoxSpan>();
  for (const box of boxes) {
    const span = boxSpan(input, cells, box);
    if (!span) continue;
    spans.set(box, span);
    let first = n;
    let last = -1;
    for (const i of span.chars) {
      first = Math.min(first, slot[i - start]!);
      last = Math.max(last, slot[i - start]!);
    }
    before[first]! += span.leftEdge;
    after[last]! += span.rightEdge;
  }
  const newX = new Float64Array(n);
  let cursor = input.offset;
  order.forEach((index, v) => {
    cursor += before[v]!;
    newX[index - start] = cursor;
    cursor += width[index - start]! + after[v]!;
  });
  // Hanging spaces that landed left of the visible content overflow to the left instead.
  let minVisible = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n && start + k < input.hangFrom; k++) minVisible = Math.min(minVisible, newX[k]!);
  let shift = 0;
  for (let i = Math.max(start, input.hangFrom); i < end; i++) if (newX[i - start]! < minVisible) shift += width[i - start]!;
  if (shift !== 0) for (let k = 0; k < n; k++) newX[k] = newX[k]! - shift;

  for (const t of texts) moveText(input, cells, newX, width, t);
  for (const atomic of atomics) if (atomic.pos >= start && atomic.pos < end) atomic.left = newX[atomic.pos - start]!;
  for (const [box, span] of spans) {
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const i of span.chars) {
      left = Math.min(left, newX[i - start]!);
      right = Math.max(right, newX[i - start]! + width[i - start]!);
    }
    box.left = left - span.leftInner;
    box.right = right + span.rightInner;
  }
}

function moveText(input: ReorderInput, cells: LineCells, newX: Float64Array, width: Float64Array, t: ReorderText): void {
  const { start, end } = cells;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let last = start;
  for (let i = start; i < end; i++) {
    if (input.itemOf(i) !== t.itemIndex) continue;
    last = i + 1;
    if (SPACE.test(input.text[i]!)) continue;
    left = Math.min(left, newX[i - start]!);
    right = Math.max(right, newX[i - start]! + width[i - start]!);
  }
  if (left !== Number.POSITIVE_INFINITY) {
    t.left = left;
    t.right = right;
  }
  // A cluster runs from its glyphs' character to the next glyph's character; its glyphs keep their
  // visual offsets inside it (HarfBuzz shaped right-to-left runs in visual order, mirrored brackets included).
  const starts = [...new Set(t.glyphChars)].sort((a, b) => a - b);
  const clusterEnd = new Map<number, number>();
  starts.forEach((s, j) => clusterEnd.set(s, starts[j + 1] ?? last));
  t.glyphs.forEach((glyph, j) => {
    const c = t.glyphChars[j]!;
    if (c < start || c >= end) return;
    const e = Math.min(clusterEnd.get(c) ?? c + 1, end);
    let logLeft = Number.POSITIVE_INFINITY;
    let visLeft = Number.POSITIVE_INFINITY;
    for (let i = c; i < Math.max(e, c + 1); i++) {
      const k = i - start;
      if (Number.isNaN(cells.x0[k]!)) continue;
      logLeft = Math.min(logLeft, cells.x0[k]!);
      visLeft = Math.min(visLeft, newX[k]!);
    }
    if (visLeft === Number.POSITIVE_INFINITY) return;
    t.glyphs[j] = { ...glyph, x: visLeft + (glyph.x - logLeft) };
  });
}
