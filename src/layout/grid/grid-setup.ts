// Grid setup shared by layout and intrinsic sizing: explicit grid, item placement and the tracks of both axes.
import type { Box, ElementBox } from '../box/types.js';
import type { ComputedStyle } from '../style/types.js';
import type { TrackSize } from '../style/grid-types.js';
import { explicitAxis, withAreaNames, type ExplicitAxis } from './explicit-grid.js';
import { placeItems, type GridArea } from './place-items.js';
import { resolveAxis, type AxisPlacement } from './resolve-lines.js';
import { sizingTrack, type SizingTrack } from './track-sizing.js';

export interface GridSetup {
  /** In-flow items in order-modified document order, with their areas. */
  readonly items: readonly { readonly box: Box; readonly area: GridArea }[];
  readonly columns: readonly SizingTrack[];
  readonly rows: readonly SizingTrack[];
}

const AUTO_PLACEMENT: AxisPlacement = { kind: 'auto', span: 1 };

/** The auto track for implicit index k (k < 0 before the explicit grid): the pattern repeats both ways. */
function implicitTrack(auto: readonly TrackSize[], k: number): TrackSize {
  const n = auto.length;
  return auto[((k % n) + n) % n] ?? { min: { kind: 'auto' }, max: { kind: 'auto' } };
}

function axisTracks(explicit: ExplicitAxis, auto: readonly TrackSize[], count: number, offset: number, basis: number | null, used: ReadonlySet<number>): SizingTrack[] {
  return Array.from({ length: count }, (_, k) => {
    const e = k - offset;
    const inside = e >= 0 && e < explicit.tracks.length;
    const track = inside ? explicit.tracks[e]! : implicitTrack(auto, e < 0 ? e : e - explicit.tracks.length);
    return sizingTrack(track, basis, inside && explicit.autoFit.has(e) && !used.has(k));
  });
}

/**
 * Places the in-flow children. `width` and `height` are the content-box sizes when definite, for
 * percentages and auto repetitions; `autoRepeatHeight` is the height auto-fill rows count against.
 */
export function setUpGrid(container: ElementBox, inFlow: readonly Box[], width: number | null, height: number | null, gaps: { readonly column: number; readonly row: number }, autoRepeatHeight: number | null): GridSetup {
  const grid = container.style.grid;
  const areas = grid.templateAreas;
  const columnAxis = withAreaNames(explicitAxis(grid.templateColumns, areas === 'none' ? 0 : areas.columns, width, gaps.column), areas, false);
  const rowAxis = withAreaNames(explicitAxis(grid.templateRows, areas === 'none' ? 0 : areas.rows, autoRepeatHeight, gaps.row), areas, true);
  const ordered = inFlow.map((box, index) => ({ box, index, order: box.kind === 'element' ? box.style.order : 0 })).sort((a, b) => a.order - b.order || a.index - b.index).map((entry) => entry.box);
  const inputs = ordered.map((box) => {
    const style: ComputedStyle | null = box.kind === 'element' ? box.style : null;
    if (!style) return { row: AUTO_PLACEMENT, column: AUTO_PLACEMENT };
    return { row: resolveAxis(style.grid.rowStart, style.grid.rowEnd, rowAxis.lineNames), column: resolveAxis(style.grid.columnStart, style.grid.columnEnd, columnAxis.lineNames) };
  });
  const placement = placeItems(inputs, rowAxis.tracks.length, columnAxis.tracks.length, grid.autoFlow);
  const usedColumns = new Set<number>();
  const usedRows = new Set<number>();
  for (const area of placement.areas) {
    for (let c = area.columnStart; c < area.columnEnd; c++) usedColumns.add(c);
    for (let r = area.rowStart; r < area.rowEnd; r++) usedRows.add(r);
  }
  return {
    items: ordered.map((box, i) => ({ box, area: placement.areas[i]! })),
    columns: axisTracks(columnAxis, grid.autoColumns, placement.columns, placement.columnOffset, width, usedColumns),
    rows: axisTracks(rowAxis, grid.autoRows, placement.rows, placement.rowOffset, height, usedRows),
  };
}

/** Where each track starts and ends, from the track sizes, the gap and content distribution; collapsed tracks take no gap. */
export interface TrackPositions {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function trackPositions(sizes: readonly number[], tracks: readonly SizingTrack[], gap: number, start: number, between: number): TrackPositions {
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = start;
  let placedBefore = false;
  sizes.forEach((size, i) => {
    if (!tracks[i]!.collapsed) {
      if (placedBefore) cursor += gap + between;
      placedBefore = true;
    }
    starts.push(cursor);
    cursor += size;
    ends.push(cursor);
  });
  return { starts, ends };
}

/** Offset and size of the area spanning tracks [start, end). */
export function areaSpan(positions: TrackPositions, start: number, end: number): { readonly offset: number; readonly size: number } {
  const offset = positions.starts[start] ?? 0;
  return { offset, size: Math.max(0, (positions.ends[end - 1] ?? offset) - offset) };
}

/** Size of the area spanning tracks [start, end) before content distribution: the sizes plus the gaps between them. */
export function spanSize(sizes: readonly number[], tracks: readonly SizingTrack[], gap: number, start: number, end: number): number {
  let size = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    size += sizes[i] ?? 0;
    if (!tracks[i]?.collapsed) count++;
  }
  return size + gap * Math.max(0, count - 1);
}
