// Line filling over break units (greedy, with emergency breaks) and intrinsic widths.
import { graphemeBoundaries } from './break-opportunities.js';
import { textWidth } from './break-units.js';
import type { LineRange, PreparedParagraph } from './paragraph-types.js';
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
    if (lineStart >= 0 && width + unit.width - unit.hang > available + epsilon) flush(false);
    if (lineStart < 0 && unit.width - unit.hang > available + epsilon && unit.emergency) {
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
      minContent = Math.max(minContent, unit.width - unit.hang);
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
