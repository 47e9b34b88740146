// Resolves an item's grid-*-start / grid-*-end to explicit-grid line indices, or an auto span (CSS Grid §8.3).
import type { GridLine } from '../style/grid-types.js';

/** A definite span of lines [start, end) (0 = the explicit grid's first line; may be negative), or an auto position. */
export type AxisPlacement = { readonly kind: 'definite'; readonly start: number; readonly end: number } | { readonly kind: 'auto'; readonly span: number };

/** Line names per explicit line (index 0 .. tracks). */
export type LineNames = readonly (readonly string[])[];

/** Index of the nth (1-based; negative counts from the end) line called `name`; implicit lines past the explicit grid all have it. */
function namedLine(names: LineNames, name: string, n: number): number {
  const last = names.length - 1;
  const matches: number[] = [];
  names.forEach((list, i) => {
    if (list.includes(name)) matches.push(i);
  });
  if (n > 0) return n <= matches.length ? matches[n - 1]! : last + (n - matches.length);
  const fromEnd = -n;
  return fromEnd <= matches.length ? matches[matches.length - fromEnd]! : -(fromEnd - matches.length);
}

/** A definite line, or null for auto and spans. */
function definiteLine(line: GridLine, names: LineNames, side: 'start' | 'end'): number | null {
  switch (line.kind) {
    case 'auto':
    case 'span':
      return null;
    case 'name': {
      const area = names.findIndex((list) => list.includes(`${line.name}-${side}`));
      return area >= 0 ? area : namedLine(names, line.name, 1);
    }
    case 'line':
      if (line.name !== null) return namedLine(names, line.name, line.index);
      return line.index > 0 ? line.index - 1 : names.length + line.index;
  }
}

/** The line `span` lines away from `from` in `direction`, counting only lines called `name` when one is given. */
function spanTo(names: LineNames, from: number, span: { readonly count: number; readonly name: string | null }, direction: 1 | -1): number {
  if (span.name === null) return from + direction * span.count;
  let found = 0;
  let line = from;
  const last = names.length - 1;
  while (found < span.count) {
    line += direction;
    // Past the explicit grid every implicit line counts as named.
    if (line < 0 || line > last || names[line]!.includes(span.name)) found++;
  }
  return line;
}

export function resolveAxis(start: GridLine, end: GridLine, names: LineNames): AxisPlacement {
  const s = definiteLine(start, names, 'start');
  const e = definiteLine(end, names, 'end');
  if (s !== null && e !== null) {
    if (s === e) return { kind: 'definite', start: s, end: s + 1 };
    return { kind: 'definite', start: Math.min(s, e), end: Math.max(s, e) };
  }
  if (s !== null) return { kind: 'definite', start: s, end: end.kind === 'span' ? spanTo(names, s, end, 1) : s + 1 };
  if (e !== null) return { kind: 'definite', start: start.kind === 'span' ? spanTo(names, e, start, -1) : e - 1, end: e };
  // Both auto or spans: an auto position; a named span counts as span 1, the end's span is ignored when both span.
  const span = start.kind === 'span' ? start : end.kind === 'span' ? end : null;
  return { kind: 'auto', span: span === null || span.name !== null ? 1 : span.count };
}
