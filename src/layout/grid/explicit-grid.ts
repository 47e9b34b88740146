// The explicit grid of one axis: track list with repeat() expanded (auto-fill / auto-fit counted), line names, area lines.
import { resolveLength } from '../engine/box-model.js';
import type { GridTemplateAreas, TrackBreadth, TrackList, TrackSize } from '../style/grid-types.js';

/** The explicit tracks of one axis, with the names of each line (tracks.length + 1 lines). */
export interface ExplicitAxis {
  readonly tracks: readonly TrackSize[];
  readonly lineNames: readonly (readonly string[])[];
  /** Indices of tracks made by repeat(auto-fit): they collapse when no item is placed in them. */
  readonly autoFit: ReadonlySet<number>;
}

/** A track's size when counting auto repetitions: its max if definite, else its min (CSS Grid §7.2.3.2). */
function fixedSize(track: TrackSize, basis: number | null): number {
  const definite = (b: TrackBreadth): number | null => (b.kind === 'length' && (b.value.pct === 0 || basis !== null) ? resolveLength(b.value, basis) : null);
  return definite(track.max) ?? definite(track.min) ?? 0;
}

/** How many times repeat(auto-fill | auto-fit) repeats: as many as fit in `available` (at least 1). */
function autoRepeatCount(list: TrackList, available: number | null, gap: number): number {
  if (available === null) return 1;
  let others = 0;
  let otherCount = 0;
  let repeated = 0;
  let repeatedCount = 0;
  for (const entry of list.entries) {
    if (entry.kind === 'track') {
      others += fixedSize(entry.size, available);
      otherCount++;
    } else if (typeof entry.count === 'number') {
      others += entry.count * entry.tracks.reduce((sum, t) => sum + fixedSize(t, available), 0);
      otherCount += entry.count * entry.tracks.length;
    } else {
      repeated = entry.tracks.reduce((sum, t) => sum + fixedSize(t, available), 0);
      repeatedCount = entry.tracks.length;
    }
  }
  const step = repeated + repeatedCount * gap;
  if (step <= 0) return 1;
  // n repetitions take n * step - gap, plus the other tracks and their gaps.
  const room = available - others - otherCount * gap + gap;
  return Math.max(1, Math.floor(room / step + 1e-7));
}

/**
 * Expands the track list. `available` is the content-box size of the axis when definite (or the
 * container's max, then min size), used for percentages and for counting auto repetitions.
 */
export function explicitAxis(list: TrackList | 'none', areaTracks: number, available: number | null, gap: number): ExplicitAxis {
  const tracks: TrackSize[] = [];
  const lineNames: string[][] = [[]];
  const autoFit = new Set<number>();
  if (list !== 'none') {
    list.entries.forEach((entry, i) => {
      lineNames[lineNames.length - 1]!.push(...(list.lineNames[i] ?? []));
      if (entry.kind === 'track') {
        tracks.push(entry.size);
        lineNames.push([]);
        return;
      }
      const count = typeof entry.count === 'number' ? entry.count : autoRepeatCount(list, available, gap);
      for (let n = 0; n < count; n++) {
        entry.tracks.forEach((track, t) => {
          lineNames[lineNames.length - 1]!.push(...(entry.lineNames[t] ?? []));
          if (entry.count === 'auto-fit') autoFit.add(tracks.length);
          tracks.push(track);
          lineNames.push([]);
        });
        lineNames[lineNames.length - 1]!.push(...(entry.lineNames[entry.tracks.length] ?? []));
      }
    });
    lineNames[lineNames.length - 1]!.push(...(list.lineNames[list.entries.length] ?? []));
  }
  // Areas wider than the template add auto tracks to the explicit grid.
  while (tracks.length < areaTracks) {
    tracks.push({ min: { kind: 'auto' }, max: { kind: 'auto' } });
    lineNames.push([]);
  }
  return { tracks, lineNames, autoFit };
}

/** Line names per line including the implicit `area-start` / `area-end` names of template areas. */
export function withAreaNames(axis: ExplicitAxis, areas: GridTemplateAreas | 'none', rows: boolean): ExplicitAxis {
  if (areas === 'none') return axis;
  const lineNames = axis.lineNames.map((names) => [...names]);
  for (const [name, area] of areas.areas) {
    const start = rows ? area.rowStart : area.columnStart;
    const end = rows ? area.rowEnd : area.columnEnd;
    lineNames[start]?.push(`${name}-start`);
    lineNames[end]?.push(`${name}-end`);
  }
  return { ...axis, lineNames };
}
