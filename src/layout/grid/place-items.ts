// Grid item placement (CSS Grid §8.5): definite items first, then the auto-placement cursor, sparse or dense.
import type { AxisPlacement } from './resolve-lines.js';

/** Chromium's limit on lines per axis: placements beyond it are clamped (and cannot make the grid huge). */
export const MAX_LINE = 1000;

export interface PlacementInput {
  readonly row: AxisPlacement;
  readonly column: AxisPlacement;
}

/** An item's area in the final grid: 0-based track indices, end exclusive. */
export interface GridArea {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

export interface Placement {
  readonly areas: readonly GridArea[];
  readonly rows: number;
  readonly columns: number;
  /** Implicit tracks before the explicit grid (the explicit grid's first line is this index). */
  readonly rowOffset: number;
  readonly columnOffset: number;
}

type Range = { start: number; end: number };

function clampLine(n: number): number {
  return Math.max(-MAX_LINE, Math.min(MAX_LINE, n));
}

function clampSpan(span: number): number {
  return Math.max(1, Math.min(MAX_LINE, span));
}

class Occupancy {
  private readonly cells = new Map<number, Set<number>>();

  free(along: Range, across: Range): boolean {
    for (let b = along.start; b < along.end; b++) {
      const row = this.cells.get(b);
      if (!row) continue;
      for (let a = across.start; a < across.end; a++) if (row.has(a)) return false;
    }
    return true;
  }

  take(along: Range, across: Range): void {
    for (let b = along.start; b < along.end; b++) {
      let row = this.cells.get(b);
      if (!row) this.cells.set(b, (row = new Set()));
      for (let a = across.start; a < across.end; a++) row.add(a);
    }
  }
}

/**
 * Places every item. `along` is the axis auto-placement advances in (rows for grid-auto-flow: row),
 * `across` the axis it fills first; the result is given back in rows and columns.
 */
export function placeItems(items: readonly PlacementInput[], explicitRows: number, explicitColumns: number, flow: { readonly column: boolean; readonly dense: boolean }): Placement {
  const alongOf = (item: PlacementInput): AxisPlacement => (flow.column ? item.column : item.row);
  const acrossOf = (item: PlacementInput): AxisPlacement => (flow.column ? item.row : item.column);
  const clampPlacement = (p: AxisPlacement): AxisPlacement => (p.kind === 'auto' ? { kind: 'auto', span: clampSpan(p.span) } : { kind: 'definite', start: clampLine(p.start), end: Math.max(clampLine(p.start) + 1, clampLine(p.end)) });
  const along = items.map((item) => clampPlacement(alongOf(item)));
  const across = items.map((item) => clampPlacement(acrossOf(item)));

  // Implicit tracks before the explicit grid: the most negative definite start line.
  const offsetOf = (list: readonly AxisPlacement[]): number => -Math.min(0, ...list.map((p) => (p.kind === 'definite' ? p.start : 0)));
  const alongOffset = offsetOf(along);
  const acrossOffset = offsetOf(across);
  const explicitAcross = flow.column ? explicitRows : explicitColumns;
  const explicitAlong = flow.column ? explicitColumns : explicitRows;
  let acrossCount = Math.max(explicitAcross + acrossOffset, ...across.map((p) => (p.kind === 'definite' ? p.end + acrossOffset : 0)));
  let alongCount = Math.max(explicitAlong + alongOffset, ...along.map((p) => (p.kind === 'definite' ? p.end + alongOffset : 0)));

  const placedAlong: (Range | null)[] = along.map((p) => (p.kind === 'definite' ? { start: p.start + alongOffset, end: p.end + alongOffset } : null));
  const placedAcross: (Range | null)[] = across.map((p) => (p.kind === 'definite' ? { start: p.start + acrossOffset, end: p.end + acrossOffset } : null));
  const occupied = new Occupancy();

  // 1. Items with both positions definite.
  items.forEach((_, i) => {
    const b = placedAlong[i];
    const a = placedAcross[i];
    if (b && a) occupied.take(b, a);
  });

  // 2. Items locked to an `along` track: the first free `across` position past earlier ones in that track (sparse).
  const lockedCursor = new Map<number, number>();
  items.forEach((_, i) => {
    const b = placedAlong[i];
    const acrossPlacement = across[i]!;
    if (!b || placedAcross[i] || acrossPlacement.kind !== 'auto') return;
    const span = acrossPlacement.span;
    let a = flow.dense ? 0 : lockedCursor.get(b.start) ?? 0;
    while (!occupied.free(b, { start: a, end: a + span })) a++;
    const range = { start: a, end: a + span };
    placedAcross[i] = range;
    occupied.take(b, range);
    lockedCursor.set(b.start, range.end);
    acrossCount = Math.max(acrossCount, range.end);
  });

  // 3. The across axis is as wide as the widest auto span needs.
  for (const p of across) if (p.kind === 'auto') acrossCount = Math.max(acrossCount, p.span);

  // 4. The rest, with the auto-placement cursor.
  let cursorAlong = 0;
  let cursorAcross = 0;
  items.forEach((_, i) => {
    if (placedAlong[i]) return;
    const alongSpan = (along[i] as Extract<AxisPlacement, { kind: 'auto' }>).span;
    if (flow.dense) {
      cursorAlong = 0;
      cursorAcross = 0;
    }
    const fixedAcross = placedAcross[i];
    if (fixedAcross) {
      if (!flow.dense && fixedAcross.start < cursorAcross) cursorAlong++;
      cursorAcross = fixedAcross.start;
      while (!occupied.free({ start: cursorAlong, end: cursorAlong + alongSpan }, fixedAcross)) cursorAlong++;
      placedAlong[i] = { start: cursorAlong, end: cursorAlong + alongSpan };
      occupied.take(placedAlong[i]!, fixedAcross);
    } else {
      const acrossSpan = (across[i] as Extract<AxisPlacement, { kind: 'auto' }>).span;
      for (;;) {
        if (cursorAcross + acrossSpan > acrossCount) {
          cursorAlong++;
          cursorAcross = 0;
          continue;
        }
        if (occupied.free({ start: cursorAlong, end: cursorAlong + alongSpan }, { start: cursorAcross, end: cursorAcross + acrossSpan })) break;
        cursorAcross++;
      }
      placedAlong[i] = { start: cursorAlong, end: cursorAlong + alongSpan };
      placedAcross[i] = { start: cursorAcross, end: cursorAcross + acrossSpan };
      occupied.take(placedAlong[i]!, placedAcross[i]!);
      cursorAcross += acrossSpan;
    }
    alongCount = Math.max(alongCount, placedAlong[i]!.end);
  });

  const areas = items.map((_, i) => {
    const b = placedAlong[i]!;
    const a = placedAcross[i]!;
    return flow.column ? { rowStart: a.start, rowEnd: a.end, columnStart: b.start, columnEnd: b.end } : { rowStart: b.start, rowEnd: b.end, columnStart: a.start, columnEnd: a.end };
  });
  return flow.column
    ? { areas, rows: acrossCount, columns: alongCount, rowOffset: acrossOffset, columnOffset: alongOffset }
    : { areas, rows: alongCount, columns: acrossCount, rowOffset: alongOffset, columnOffset: acrossOffset };
}
