// Visual reordering of one placed line: characters move to their bidi positions, glyphs, atomics and inline boxes follow.
import { isRtlAt, mirroredCharacters, visualOrder, type BidiParagraph } from './bidi.js';
import type { FontRegistry } from './font-registry.js';
import type { PositionedGlyph } from './types.js';
import { glyphAdvance } from './variation.js';

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
  readonly open: { readonly borderStart: number; readonly paddingStart: number; readonly borderEnd: number; readonly paddingEnd: number };
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
  readonly fonts: FontRegistry;
  /** Where the line's content starts (after alignment). */
  readonly offset: number;
  /** Trailing characters that hang (collapsible spaces at a soft break). */
  readonly hangFrom: number;
}

const SPACE = /\s/;

/** Moves the line's characters into visual order; gaps between characters (inline-box edges) travel with the character after them. */
export function reorderLine(input: ReorderInput, cells: LineCells, texts: readonly ReorderText[], atomics: readonly ReorderAtomic[], boxes: readonly ReorderBox[]): void {
  const { bidi, start, end } = { bidi: input.bidi, start: cells.start, end: cells.end };
  const n = end - start;
  const width = new Float64Array(n);
  const gap = new Float64Array(n);
  let previousEnd = input.offset;
  for (let k = 0; k < n; k++) {
    const x0 = cells.x0[k]!;
    if (Number.isNaN(x0)) continue;
    width[k] = cells.x1[k]! - x0;
    gap[k] = Math.max(0, x0 - previousEnd);
    previousEnd = cells.x1[k]!;
  }
  const newX = new Float64Array(n);
  let cursor = input.offset;
  for (const index of visualOrder(bidi, start, end)) {
    const k = index - start;
    if (isRtlAt(bidi, index)) {
      newX[k] = cursor;
      cursor += width[k]! + gap[k]!;
    } else {
      cursor += gap[k]!;
      newX[k] = cursor;
      cursor += width[k]!;
    }
  }
  // Hanging spaces that landed left of the visible content overflow to the left instead.
  let minVisible = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n && start + k < input.hangFrom; k++) minVisible = Math.min(minVisible, newX[k]!);
  let shift = 0;
  for (let i = Math.max(start, input.hangFrom); i < end; i++) if (newX[i - start]! < minVisible) shift += width[i - start]!;
  if (shift !== 0) for (let k = 0; k < n; k++) newX[k] = newX[k]! - shift;

  const mirrored = mirroredCharacters(bidi, start, end);
  for (const t of texts) moveText(input, cells, newX, width, mirrored, t);
  for (const atomic of atomics) if (atomic.pos >= start && atomic.pos < end) atomic.left = newX[atomic.pos - start]!;
  for (const box of boxes) moveBox(input, cells, newX, width, box);
}

function moveText(input: ReorderInput, cells: LineCells, newX: Float64Array, width: Float64Array, mirrored: Map<number, string>, t: ReorderText): void {
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
  // A cluster runs from its glyphs' character to the next glyph's character: mirror it inside its visual span when RTL.
  const starts = [...new Set(t.glyphChars)].sort((a, b) => a - b);
  const clusterEnd = new Map<number, number>();
  starts.forEach((s, j) => clusterEnd.set(s, starts[j + 1] ?? last));
  t.glyphs.forEach((glyph, j) => {
    const c = t.glyphChars[j]!;
    if (c < start || c >= end) return;
    const e = Math.min(clusterEnd.get(c) ?? c + 1, end);
    let logLeft = Number.POSITIVE_INFINITY;
    let logRight = Number.NEGATIVE_INFINITY;
    let visLeft = Number.POSITIVE_INFINITY;
    for (let i = c; i < Math.max(e, c + 1); i++) {
      const k = i - start;
      if (Number.isNaN(cells.x0[k]!)) continue;
      logLeft = Math.min(logLeft, cells.x0[k]!);
      logRight = Math.max(logRight, cells.x1[k]!);
      visLeft = Math.min(visLeft, newX[k]!);
    }
    if (visLeft === Number.POSITIVE_INFINITY) return;
    let glyphId = glyph.glyphId;
    const face = input.fonts.face(glyph.fontKey);
    const mirror = mirrored.get(c);
    if (mirror !== undefined && face && e === c + 1) {
      const id = face.font.charToGlyphIndex(mirror);
      if (id > 0) glyphId = id;
    }
    let x = visLeft + (glyph.x - logLeft);
    if (isRtlAt(input.bidi, c) && face) {
      const advance = ((glyphAdvance(face, glyph.glyphId) ?? 0) * glyph.fontSize) / face.unitsPerEm;
      x = visLeft + (logRight - (glyph.x + advance));
    }
    t.glyphs[j] = { ...glyph, glyphId, x };
  });
}

function moveBox(input: ReorderInput, cells: LineCells, newX: Float64Array, width: Float64Array, box: ReorderBox): void {
  const { start, end } = cells;
  const closeItem = input.closeItemOf(box.boxId);
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let first = -1;
  for (let i = start; i < end; i++) {
    const item = input.itemOf(i);
    if (item <= box.itemIndex || item >= closeItem) continue;
    if (first < 0) first = i;
    left = Math.min(left, newX[i - start]!);
    right = Math.max(right, newX[i - start]! + width[i - start]!);
  }
  if (first < 0) return;
  const startEdge = input.openedOnLine(box.boxId) ? box.open.borderStart + box.open.paddingStart : 0;
  const endEdge = input.closedOnLine(box.boxId) ? box.open.borderEnd + box.open.paddingEnd : 0;
  const rtl = isRtlAt(input.bidi, first);
  box.left = left - (rtl ? endEdge : startEdge);
  box.right = right + (rtl ? startEdge : endEdge);
}
