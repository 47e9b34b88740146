// Shaping across spans: consecutive text items with the same font, size, spacing, features and language are shaped as one text, as Chromium does, then cut per item.
import type { ComputedStyle } from '../style/types.js';
import type { ShapedText } from './shape.js';

/** A text piece to shape: the item's style and its range in the paragraph text. */
export interface ShapingSpan {
  readonly style: ComputedStyle;
  readonly start: number;
  readonly end: number;
  /** Whether an inline box edge with a margin, border or padding (or an atomic inline) comes before it: Chromium shapes apart there. */
  readonly separated: boolean;
}

/** What makes two text items shape the same (Chromium compares the Font, which holds all of these). */
export function shapingIdentity(style: ComputedStyle, chainOf: (style: ComputedStyle) => readonly unknown[], featuresOf: (style: ComputedStyle) => string): readonly unknown[] {
  return [chainOf(style), style.fontSize, style.letterSpacing, style.wordSpacing, featuresOf(style), style.lang];
}

function sameIdentity(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Shapes the spans in runs of equal identity with no separation between them, each run in one
 * call of `shapeRange(start, end, style)`, and cuts the result back into one ShapedText per span.
 */
export function shapeInGroups(spans: readonly ShapingSpan[], identityOf: (style: ComputedStyle) => readonly unknown[], shapeRange: (start: number, end: number, style: ComputedStyle) => ShapedText): ShapedText[] {
  const out: ShapedText[] = [];
  let first = 0;
  while (first < spans.length) {
    const head = spans[first]!;
    const identity = identityOf(head.style);
    let last = first;
    while (last + 1 < spans.length) {
      const next = spans[last + 1]!;
      if (next.separated || next.start !== spans[last]!.end || !sameIdentity(identityOf(next.style), identity)) break;
      last++;
    }
    if (last === first) {
      out.push(shapeRange(head.start, head.end, head.style));
    } else {
      const whole = shapeRange(head.start, spans[last]!.end, head.style);
      for (let i = first; i <= last; i++) out.push(sliceShaped(whole, spans[i]!.start - head.start, spans[i]!.end - head.start));
    }
    first = last + 1;
  }
  return out;
}

/**
 * The part [from, to) of a shaping (indices into its text), positions made relative to `from`. A
 * cluster (a ligature) that crosses the cut belongs to the part it starts in, with all its advance,
 * as Chromium cuts a shape result per item: the next part's characters inside it get no width.
 */
export function sliceShaped(whole: ShapedText, from: number, to: number): ShapedText {
  // Shapings are cached and immutable, so are their slices: a card laid out again cuts nothing again.
  let byRange = slices.get(whole);
  if (!byRange) {
    byRange = new Map();
    slices.set(whole, byRange);
  }
  // One number per range whatever the text's length (offsets has one entry per index and one past the end).
  const key = from * whole.offsets.length + to;
  let slice = byRange.get(key);
  if (!slice) {
    slice = cut(whole, from, to);
    byRange.set(key, slice);
  }
  return slice;
}

const slices = new WeakMap<ShapedText, Map<number, ShapedText>>();

function cut(whole: ShapedText, from: number, to: number): ShapedText {
  const starts = new Set(whole.glyphs.map((g) => g.cluster));
  const inside = (i: number): boolean => whole.unsafe?.[i] === 1 && !starts.has(i) && i > 0 && i < whole.offsets.length - 1;
  const clusterEnd = (i: number): number => {
    let j = i;
    while (inside(j)) j++;
    return j;
  };
  const base = whole.offsets[clusterEnd(from)]!;
  const width = whole.offsets[clusterEnd(to)]! - base;
  const offsets = new Float64Array(to - from + 1);
  for (let i = from; i < to; i++) offsets[i - from] = Math.min(Math.max(0, whole.offsets[i]! - base), width);
  offsets[to - from] = width;
  const glyphs = whole.glyphs.filter((g) => g.cluster >= from && g.cluster < to).map((g) => ({ ...g, x: g.x - base, cluster: g.cluster - from }));
  const unsafe = whole.unsafe?.slice(from, to + 1);
  return unsafe && unsafe.includes(1) ? { width, offsets, glyphs, unsafe } : { width, offsets, glyphs };
}
