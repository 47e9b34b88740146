// Per-line autofit (display headlines): each line of the text, broken at the specified size, gets the size that fills the width.
import type { InlineContent, InlinePart } from '../box/types.js';
import type { ComputedStyle } from '../style/types.js';
import { boxExtent } from '../text/line-metrics.js';
import { breakLines } from '../text/line-breaker.js';
import type { LineRange, PreparedParagraph } from '../text/paragraph-types.js';
import { FIT_STEP } from './fit-search.js';
import { scaleTextStyle } from './scale-style.js';

export interface PerLineFit {
  /** Font size of the paragraph's block per line, on the FIT_STEP grid. */
  readonly sizes: readonly number[];
  /** The lines at the specified size (processed-text ranges). */
  readonly ranges: readonly LineRange[];
  /** False when the lines at the smallest sizes still overflow the height or the line limit. */
  readonly fits: boolean;
  /** Lines within the height and line limits (at least 1), kept when it does not fit. */
  readonly keepLines: number;
  readonly iterations: number;
}

/** Text-only advance of [start, end) and the edges and atomics placed on that line (which do not scale). */
function lineWidths(p: PreparedParagraph, range: LineRange): { text: number; fixed: number } {
  let text = 0;
  let fixed = 0;
  for (const piece of p.pieces) {
    if (piece.kind === 'text') {
      const a = Math.max(range.start, piece.start);
      const b = Math.min(range.end, piece.end);
      if (a < b) text += piece.shaped.offsets[b - piece.start]! - piece.shaped.offsets[a - piece.start]!;
    } else if (piece.kind === 'atomic') {
      if (piece.pos >= range.start && piece.pos < range.end) fixed += piece.atomic.width;
    } else if (piece.pos >= range.start && piece.pos <= range.end && !(piece.kind === 'open' && piece.pos === range.end) && !(piece.kind === 'close' && piece.pos === range.start && range.start > 0)) {
      fixed += p.edgeOf(piece);
    }
  }
  const hyphen = p.units.find((u) => u.end === range.end)?.hyphen;
  return { text: text - range.hang + (hyphen && range.end < p.text.length ? hyphen.width : 0), fixed };
}

/** Height of a line at scale k: the tallest extent among the block strut and the text items on it. */
function lineHeight(p: PreparedParagraph, range: LineRange, k: number): number {
  let above = 0;
  let below = 0;
  const add = (style: ComputedStyle): void => {
    const e = boxExtent(scaleTextStyle(style, k), p.fonts);
    above = Math.max(above, e.above);
    below = Math.max(below, e.below);
  };
  add(p.blockStyle);
  for (const piece of p.pieces) {
    if (piece.kind !== 'text' || piece.end <= range.start || piece.start >= range.end) continue;
    const item = p.items[piece.item];
    if (item?.kind === 'text') add(item.style);
  }
  return above + below;
}

const snap = (size: number): number => Math.floor(size / FIT_STEP + 1e-9) * FIT_STEP;

/**
 * Sizes every line to fill `width` within [min, max]; when the lines together are taller than
 * `height`, the largest sizes are capped at one common size found by bisection on the FIT_STEP grid.
 */
export function fitPerLine(p: PreparedParagraph, width: number, height: number, maxLines: number, range: { readonly min: number; readonly max: number }): PerLineFit {
  const ranges = breakLines(p, width);
  const base = p.blockStyle.fontSize;
  const natural = ranges.map((r) => {
    const { text, fixed } = lineWidths(p, r);
    const size = text > 0 ? (base * (width - fixed)) / text : range.max;
    return Math.min(range.max, Math.max(range.min, snap(size)));
  });
  const capped = (cap: number): number[] => natural.map((s) => Math.min(s, cap));
  const total = (sizes: readonly number[]): number => sizes.reduce((sum, s, i) => sum + lineHeight(p, ranges[i]!, s / base), 0);
  let iterations = 1;
  let sizes = natural;
  if (total(sizes) > height + 1e-6) {
    // Too tall: cap the largest lines (short lines keep filling the width) at the largest cap on the grid that fits.
    let good = 0;
    let bad = Math.round((Math.max(...natural) - range.min) / FIT_STEP);
    while (bad - good > 1) {
      iterations++;
      const mid = (good + bad) >> 1;
      if (total(capped(range.min + mid * FIT_STEP)) <= height + 1e-6) good = mid;
      else bad = mid;
    }
    sizes = capped(range.min + good * FIT_STEP);
  }
  let keepLines = 0;
  for (let bottom = 0; keepLines < Math.min(maxLines, ranges.length); keepLines++) {
    bottom += lineHeight(p, ranges[keepLines]!, sizes[keepLines]! / base);
    if (bottom > height + 1e-6) break;
  }
  return { sizes, ranges, fits: ranges.length <= maxLines && total(sizes) <= height + 1e-6, keepLines: Math.max(1, keepLines), iterations };
}

/**
 * The inline content re-cut into one run per line, each scaled to its line's size, with a forced
 * break between lines (a preserved newline). Inline boxes take the size of the line they open on.
 */
export function perLineContent(inline: InlineContent, p: PreparedParagraph, fit: PerLineFit): InlineContent {
  const base = p.blockStyle.fontSize;
  const lineOf = (pos: number): number => Math.max(0, fit.ranges.findIndex((r) => pos < r.end));
  const parts: InlinePart[] = [];
  let itemIndex = 0;
  let lastLine = 0;
  const breakTo = (line: number, style: ComputedStyle, node: Extract<InlinePart, { kind: 'text' }>['node']): void => {
    while (lastLine < line) {
      parts.push({ kind: 'text', node: { ...node, text: '\n' }, style: { ...scaleTextStyle(style, fit.sizes[lastLine]! / base), whiteSpace: 'pre-line' } });
      lastLine++;
    }
  };
  for (const part of inline.parts) {
    const index = itemIndex++;
    if (part.kind !== 'text') {
      if (part.kind === 'open') {
        const piece = p.pieces.find((x) => x.kind === 'open' && x.item === index);
        const k = fit.sizes[piece && piece.kind === 'open' ? lineOf(piece.pos) : lastLine]! / base;
        parts.push({ ...part, style: scaleTextStyle(part.style, k) });
      } else parts.push(part);
      continue;
    }
    const piece = p.pieces.find((x) => x.kind === 'text' && x.item === index);
    if (!piece || piece.kind !== 'text') {
      parts.push(part);
      continue;
    }
    let cut = 0;
    for (let line = lineOf(piece.start); line < fit.ranges.length; line++) {
      const r = fit.ranges[line]!;
      if (r.start >= piece.end) break;
      const b = Math.min(r.end, piece.end);
      const rawEnd = b < piece.end ? p.chars[b]!.raw : part.node.text.length;
      breakTo(line, part.style, part.node);
      // The line's own forced break is replaced by the one inserted before the next line.
      const slice = part.node.text.slice(cut, rawEnd).replace(/[\r\n]+$/, '');
      parts.push({ kind: 'text', node: { ...part.node, text: slice }, style: scaleTextStyle(part.style, fit.sizes[line]! / base) });
      cut = rawEnd;
    }
  }
  return { parts };
}
