// Computed values of the CSS Grid properties: track lists, line placements and template areas.
import type { LengthPercentage } from './types.js';

/** A track's min or max sizing function. `fr` is only valid as a max (a min of `fr` is auto, as CSS says). */
export type TrackBreadth =
  | { readonly kind: 'length'; readonly value: LengthPercentage }
  | { readonly kind: 'fr'; readonly value: number }
  | { readonly kind: 'auto' }
  | { readonly kind: 'min-content' }
  | { readonly kind: 'max-content' };

/** One track size: a breadth is minmax(breadth, breadth); fit-content(l) is minmax(auto, max-content) capped at l. */
export interface TrackSize {
  readonly min: TrackBreadth;
  readonly max: TrackBreadth;
  /** fit-content(limit): the max-content maximum is clamped to this length. */
  readonly fitContent?: LengthPercentage;
}

/** repeat(): a fixed count or auto-fill / auto-fit, with the line names inside it. */
export interface TrackRepeat {
  readonly kind: 'repeat';
  readonly count: number | 'auto-fill' | 'auto-fit';
  readonly tracks: readonly TrackSize[];
  /** Names of the lines inside the repetition: lineNames[i] before tracks[i]; one more than tracks. */
  readonly lineNames: readonly (readonly string[])[];
}

export type TrackListEntry = { readonly kind: 'track'; readonly size: TrackSize } | TrackRepeat;

/** grid-template-columns / -rows: entries in order and the line names before each entry (one more than entries). */
export interface TrackList {
  readonly entries: readonly TrackListEntry[];
  readonly lineNames: readonly (readonly string[])[];
}

/** One side of a placement (grid-row-start and the others). */
export type GridLine =
  | { readonly kind: 'auto' }
  /** A numbered line (negative counts from the end), or the nth line with a name (n may be negative). */
  | { readonly kind: 'line'; readonly index: number; readonly name: string | null }
  /** A bare name: an area's implicit `name-start`/`name-end` line, or the first line called `name`. */
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'span'; readonly count: number; readonly name: string | null };

/** A named area of grid-template-areas: 0-based lines, end exclusive. */
export interface GridAreaRect {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

export interface GridTemplateAreas {
  readonly rows: number;
  readonly columns: number;
  readonly areas: ReadonlyMap<string, GridAreaRect>;
}

export interface GridAutoFlow {
  readonly column: boolean;
  readonly dense: boolean;
}

export type JustifyItems = 'normal' | 'stretch' | 'start' | 'end' | 'center' | 'left' | 'right' | 'self-start' | 'self-end' | 'flex-start' | 'flex-end' | 'baseline' | 'last baseline';
export type JustifySelf = JustifyItems | 'auto';

/** The grid container and grid item properties of one element (not inherited). */
export interface GridStyle {
  readonly templateColumns: TrackList | 'none';
  readonly templateRows: TrackList | 'none';
  readonly templateAreas: GridTemplateAreas | 'none';
  readonly autoColumns: readonly TrackSize[];
  readonly autoRows: readonly TrackSize[];
  readonly autoFlow: GridAutoFlow;
  readonly justifyItems: JustifyItems;
  readonly justifySelf: JustifySelf;
  readonly rowStart: GridLine;
  readonly rowEnd: GridLine;
  readonly columnStart: GridLine;
  readonly columnEnd: GridLine;
}
