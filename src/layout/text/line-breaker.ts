// Line filling over break units (greedy, with emergency breaks) and intrinsic widths.
import { graphemeBoundaries } from './break-opportunities.js';
import { textWidth } from './break-units.js';
import { edgeDelta } from './line-edges.js';
import { hyphenWidth, type LineRange, type PreparedParagraph } from './paragraph-types.js';
import type { IntrinsicWidths } from './types.js';

/** Greedy line filling over break units; units wider than the line break between graphemes when allowed. */
export function breakLines(p: PreparedParagraph, available: number): LineRange[] {
  const lines: LineRange[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let width = 0;
  let hang = 0;
  const flush = (last: boolean): void => {
    if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd, hang, last });
    lineStart = -1;
    width = 0;
    hang = 0;
  };
  const epsilon = 1e-6;
  for (const unit of p.units) {
    const edges = edgeDelta(p.lineEdges, lineStart >= 0 ? lineStart : unit.start, unit.end);
    if (lineStart >= 0 && width + unit.width - unit.hang + hyphenWidth(unit) + edges > available + epsilon) flush(false);
    if (lineStart < 0 && unit.width - unit.hang + hyphenWidth(unit) > available + epsilon && unit.emergency) {
      // Emergency break: as many graphemes per line as fit (at least one).
      let start = unit.start;
      const boundaries = [...graphemeBoundaries(p.text, unit.start, unit.end), unit.end];
      while (start < unit.end) {
        let end = boundaries.find((b) => b > start) ?? unit.end;
        for (const b of boundaries) {
          if (b <= start) continue;
          if (textWidth(p.pieces, start, b) - (b === unit.end ? unit.hang : 0) <= available + epsilon) end = b;
          else break;
        }
        lineStart = start;
        lineEnd = end;
        width = textWidth(p.pieces, start, end);
        hang = end === unit.end ? unit.hang : 0;
        if (end < unit.end) flush(false);
        start = end;
      }
      width = unit.width;
      if (unit.forced) flush(true);
      continue;
    }
    if (lineStart < 0) lineStart = unit.start;
    lineEnd = unit.end;
    width += unit.width;
    hang = unit.hang;
    if (unit.forced) flush(true);
  }
  flush(true);
  return lines;
}

export function intrinsicWidths(p: PreparedParagraph): IntrinsicWidths {
  let minContent = 0;
  let maxContent = 0;
  let line = 0;
  let lastHang = 0;
  for (const unit of p.units) {
    if (unit.anywhere) {
      // overflow-wrap: anywhere / word-break: break-all: every grapheme is a possible line end.
      let start = unit.start;
      for (const b of [...graphemeBoundaries(p.text, unit.start, unit.end), unit.end]) {
        minContent = Math.max(minContent, textWidth(p.pieces, start, b) - (b === unit.end ? unit.hang : 0));
        start = b;
      }
    } else {
      minContent = Math.max(minContent, unit.width - unit.hang + hyphenWidth(unit));
    }
    line += unit.width;
    lastHang = unit.hang;
    if (unit.forced) {
      maxContent = Math.max(maxContent, line - lastHang);
      line = 0;
    }
  }
  maxContent = Math.max(maxContent, line - lastHang);
  return { minContent, maxContent };
}


/** Most lines text-wrap: balance evens out, as in Chromium (longer paragraphs wrap greedily). */
const BALANCE_MAX_LINES = 6;

/**
 * text-wrap: balance — keeps the greedy line count and chooses the breaks that make the lines as
 * even as possible (least sum of squared free space, as Chromium's score-based breaker does);
 * alignment still uses the full width. Paragraphs with forced breaks, units wider than the line or
 * more than six lines wrap greedily.
 */
export function balancedLines(p: PreparedParagraph, available: number): LineRange[] {
  const greedy = breakLines(p, available);
  const units = p.units;
  const n = greedy.length;
  if (!Number.isFinite(available) || n < 2 || n > BALANCE_MAX_LINES || units.some((u) => u.forced || u.width - u.hang + hyphenWidth(u) > available)) return greedy;
  // best[k][j]: least cost of putting units [0, j) on k lines; from[k][j] the start of the last line.
  const count = units.length;
  const prefix = new Float64Array(count + 1);
  units.forEach((u, i) => (prefix[i + 1] = prefix[i]! + u.width));
  const lineWidth = (from: number, to: number): number => prefix[to]! - prefix[from]! - units[to - 1]!.hang + hyphenWidth(units[to - 1]!) + edgeDelta(p.lineEdges, units[from]!.start, units[to - 1]!.end);
  const best = Array.from({ length: n + 1 }, () => new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY));
  const from = Array.from({ length: n + 1 }, () => new Int32Array(count + 1));
  best[0]![0] = 0;
  for (let k = 1; k <= n; k++) {
    for (let j = 1; j <= count; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const width = lineWidth(i, j);
        if (width > available + 1e-6) break;
        const previous = best[k - 1]![i]!;
        if (previous === Number.POSITIVE_INFINITY) continue;
        const slack = available - width;
        const cost = previous + slack * slack;
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
    }
  }
  if (best[n]![count] === Number.POSITIVE_INFINITY) return greedy;
  const lines: LineRange[] = [];
  for (let k = n, j = count; k > 0; k--) {
    const i = from[k]![j]!;
    lines.unshift({ start: units[i]!.start, end: units[j - 1]!.end, hang: units[j - 1]!.hang, last: k === n });
    j = i;
  }
  return lines;
}
