// The grid track sizing algorithm (CSS Grid §12.3–12.8) for one axis, from item contributions to track sizes.
import { resolveLength } from '../engine/box-model.js';
import type { TrackBreadth, TrackSize } from '../style/grid-types.js';

/** A sizing function with percentages resolved (against an indefinite size they are auto). */
export type Sizing = { readonly kind: 'fixed'; readonly px: number } | { readonly kind: 'auto' } | { readonly kind: 'min-content' } | { readonly kind: 'max-content' } | { readonly kind: 'fr'; readonly value: number };

export interface SizingTrack {
  readonly min: Sizing;
  readonly max: Sizing;
  /** fit-content(limit): the growth limit is clamped to this. */
  readonly fitContent: number | null;
  /** An empty repeat(auto-fit) track: always 0, its gutters collapse. */
  readonly collapsed: boolean;
}

/** An item's span in the axis and its outer contributions (margin box). */
export interface SizingItem {
  readonly start: number;
  readonly end: number;
  readonly minContent: number;
  readonly maxContent: number;
  /** The minimum contribution: the outer size its automatic minimum would give (§6.6). */
  readonly minimum: number;
}

/** How the axis is sized: in a definite space, or for the container's min- or max-content size. */
export type SizingMode = { readonly kind: 'definite'; readonly available: number; readonly stretch: boolean } | { readonly kind: 'indefinite'; readonly minSize: number; readonly maxSize: number; readonly stretch: boolean } | { readonly kind: 'min-content' } | { readonly kind: 'max-content' };

function sizing(b: TrackBreadth, basis: number | null): Sizing {
  if (b.kind === 'length') return b.value.pct !== 0 && basis === null ? { kind: 'auto' } : { kind: 'fixed', px: Math.max(0, resolveLength(b.value, basis)) };
  return b;
}

export function sizingTrack(track: TrackSize, basis: number | null, collapsed: boolean): SizingTrack {
  const fit = track.fitContent === undefined || (track.fitContent.pct !== 0 && basis === null) ? null : resolveLength(track.fitContent, basis);
  // An indefinite percentage in fit-content() makes it max-content-like (auto, max-content).
  return { min: sizing(track.min, basis), max: sizing(track.max, basis), fitContent: fit, collapsed };
}

interface Work {
  base: number;
  limit: number;
  infinitelyGrowable: boolean;
}

const isIntrinsic = (s: Sizing): boolean => s.kind === 'auto' || s.kind === 'min-content' || s.kind === 'max-content';

/** Distributes `extra` equally over `tracks`, none past its cap; what is left goes equally to `overflowTo` (§12.5.1). */
function distribute(extra: number, values: number[], caps: readonly number[], overflowTo: readonly number[]): void {
  let remaining = extra;
  let open = values.map((_, i) => i).filter((i) => caps[i]! > values[i]!);
  while (remaining > 1e-9 && open.length > 0) {
    const share = remaining / open.length;
    const next: number[] = [];
    for (const i of open) {
      const room = caps[i]! - values[i]!;
      const add = Math.min(share, room);
      values[i]! += add;
      remaining -= add;
      if (room > share + 1e-9) next.push(i);
    }
    open = next;
  }
  if (remaining > 1e-9 && overflowTo.length > 0) for (const i of overflowTo) values[i]! += remaining / overflowTo.length;
}

/** Sizes the tracks of one axis; returns their base sizes. */
export function sizeTracks(tracks: readonly SizingTrack[], items: readonly SizingItem[], gap: number, mode: SizingMode): number[] {
  // §12.4: initialise base sizes and growth limits.
  const work: Work[] = tracks.map((t) => {
    if (t.collapsed) return { base: 0, limit: 0, infinitelyGrowable: false };
    const base = t.min.kind === 'fixed' ? t.min.px : 0;
    const limit = t.max.kind === 'fixed' ? t.max.px : Number.POSITIVE_INFINITY;
    return { base, limit: Math.max(base, limit), infinitelyGrowable: false };
  });
  const isFlexible = (i: number): boolean => tracks[i]!.max.kind === 'fr' && !tracks[i]!.collapsed;
  const gapsIn = (item: SizingItem): number => gap * (item.end - item.start - 1);
  const spanned = (item: SizingItem): number[] => Array.from({ length: item.end - item.start }, (_, k) => item.start + k).filter((i) => !tracks[i]!.collapsed);
  const minContentConstraint = mode.kind === 'min-content';
  const maxContentConstraint = mode.kind === 'max-content';

  // §12.5: intrinsic track sizes, items by increasing span, those crossing flexible tracks last.
  const nonFlex = items.filter((item) => !spanned(item).some(isFlexible));
  const maxSpan = Math.max(0, ...nonFlex.map((item) => item.end - item.start));
  for (let span = 1; span <= maxSpan; span++) {
    const group = nonFlex.filter((item) => item.end - item.start === span);
    if (group.length === 0) continue;
    resolveIntrinsic(group, tracks, work, spanned, gapsIn, minContentConstraint, maxContentConstraint, span === 1);
  }
  const crossingFlex = items.filter((item) => spanned(item).some(isFlexible));
  for (const item of crossingFlex) {
    // §12.5 step 4: only flexible tracks with an intrinsic minimum grow, by their share of the flex factors.
    const targets = spanned(item).filter((i) => isFlexible(i) && isIntrinsic(tracks[i]!.min));
    if (targets.length === 0) continue;
    const contribution = minContentConstraint ? item.minContent : item.minimum;
    const extra = contribution - spanned(item).reduce((sum, i) => sum + work[i]!.base, 0) - gapsIn(item);
    if (extra <= 0) continue;
    const factors = targets.map((i) => (tracks[i]!.max as { value: number }).value);
    const total = factors.reduce((a, b) => a + b, 0);
    targets.forEach((i, k) => {
      work[i]!.base += total > 0 ? (extra * factors[k]!) / total : extra / targets.length;
    });
  }
  for (const w of work) {
    if (w.limit === Number.POSITIVE_INFINITY) w.limit = w.base;
    if (w.limit < w.base) w.limit = w.base;
  }
  tracks.forEach((t, i) => {
    if (t.fitContent !== null && t.max.kind === 'max-content') work[i]!.limit = Math.max(work[i]!.base, Math.min(work[i]!.limit, t.fitContent));
  });

  const used = (): number => work.reduce((sum, w) => sum + w.base, 0) + gap * Math.max(0, tracks.filter((t) => !t.collapsed).length - 1);
  const freeSpaceBasis = mode.kind === 'definite' ? mode.available : mode.kind === 'indefinite' && mode.minSize > 0 ? mode.minSize : null;

  // §12.6: maximise tracks.
  if (mode.kind === 'max-content' || mode.kind === 'indefinite') {
    for (const w of work) w.base = w.limit;
  } else if (mode.kind === 'definite') {
    const free = mode.available - used();
    if (free > 0) {
      const values = work.map((w) => w.base);
      distribute(free, values, work.map((w) => w.limit), []);
      values.forEach((v, i) => (work[i]!.base = v));
    }
  }

  // §12.7: expand flexible tracks.
  const flexible = tracks.map((_, i) => i).filter(isFlexible);
  if (flexible.length > 0 && !minContentConstraint) {
    const fr = flexFraction(tracks, work, items, gap, mode, spanned, isFlexible);
    for (const i of flexible) work[i]!.base = Math.max(work[i]!.base, fr * (tracks[i]!.max as { value: number }).value);
  }

  // §12.8: stretch auto tracks into the free space.
  const stretch = (mode.kind === 'definite' || mode.kind === 'indefinite') && mode.stretch;
  if (stretch && freeSpaceBasis !== null) {
    const free = freeSpaceBasis - used();
    const autos = tracks.map((_, i) => i).filter((i) => tracks[i]!.max.kind === 'auto' && !tracks[i]!.collapsed);
    if (free > 0 && autos.length > 0) for (const i of autos) work[i]!.base += free / autos.length;
  }
  return work.map((w) => w.base);
}

/** §12.5 steps 2–3 for items of one span size. */
function resolveIntrinsic(group: readonly SizingItem[], tracks: readonly SizingTrack[], work: Work[], spanned: (item: SizingItem) => number[], gapsIn: (item: SizingItem) => number, minContentConstraint: boolean, maxContentConstraint: boolean, single: boolean): void {
  const minFor = (kind: Sizing['kind'], item: SizingItem): number | null => {
    if (kind === 'min-content') return item.minContent;
    if (kind === 'max-content') return item.maxContent;
    if (kind === 'auto') return minContentConstraint ? item.minContent : maxContentConstraint ? item.maxContent : item.minimum;
    return null;
  };
  if (single) {
    for (const item of group) {
      const i = item.start;
      const w = work[i]!;
      const t = tracks[i]!;
      if (t.collapsed) continue;
      const min = minFor(t.min.kind, item);
      if (min !== null) w.base = Math.max(w.base, min);
      const max = t.max.kind === 'min-content' ? item.minContent : t.max.kind === 'max-content' || t.max.kind === 'auto' ? item.maxContent : null;
      if (max !== null) {
        const capped = t.fitContent !== null ? Math.min(max, Math.max(t.fitContent, item.minContent)) : max;
        w.limit = w.limit === Number.POSITIVE_INFINITY ? capped : Math.max(w.limit, capped);
      }
      if (w.limit < w.base) w.limit = w.base;
    }
    return;
  }
  // §12.5.1: spanning items distribute extra space, one kind of contribution at a time.
  const steps: { readonly affects: (t: SizingTrack) => boolean; readonly contribution: (item: SizingItem) => number; readonly limits: boolean }[] = [
    { affects: (t) => isIntrinsic(t.min), contribution: (item) => (minContentConstraint ? item.minContent : maxContentConstraint ? item.maxContent : item.minimum), limits: false },
    { affects: (t) => t.min.kind === 'min-content' || t.min.kind === 'max-content', contribution: (item) => item.minContent, limits: false },
    { affects: (t) => t.min.kind === 'max-content' || (maxContentConstraint && t.min.kind === 'auto'), contribution: (item) => item.maxContent, limits: false },
    { affects: (t) => isIntrinsic(t.max), contribution: (item) => item.minContent, limits: true },
    { affects: (t) => t.max.kind === 'max-content' || t.max.kind === 'auto', contribution: (item) => item.maxContent, limits: true },
  ];
  for (const step of steps) {
    const planned = work.map((w) => (step.limits ? w.limit : w.base));
    for (const item of group) {
      const indices = spanned(item);
      const affected = indices.filter((i) => step.affects(tracks[i]!));
      if (affected.length === 0) continue;
      const current = indices.reduce((sum, i) => sum + (step.limits ? (work[i]!.limit === Number.POSITIVE_INFINITY ? work[i]!.base : work[i]!.limit) : work[i]!.base), 0);
      const extra = step.contribution(item) - current - gapsIn(item);
      if (extra <= 0) continue;
      const values = affected.map((i) => (step.limits ? (work[i]!.limit === Number.POSITIVE_INFINITY ? work[i]!.base : work[i]!.limit) : work[i]!.base));
      const caps = affected.map((i) => (step.limits ? (work[i]!.infinitelyGrowable || work[i]!.limit === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : work[i]!.limit) : work[i]!.limit));
      const beyond = affected.filter((i) => tracks[i]!.max.kind === 'max-content' || tracks[i]!.max.kind === 'auto');
      distribute(extra, values, caps, (beyond.length > 0 ? beyond : affected).map((i) => affected.indexOf(i)));
      affected.forEach((i, k) => {
        planned[i] = Math.max(planned[i]!, values[k]!);
      });
    }
    work.forEach((w, i) => {
      if (step.limits) {
        if (planned[i]! !== Number.POSITIVE_INFINITY && (w.limit === Number.POSITIVE_INFINITY || planned[i]! > w.limit)) {
          if (w.limit === Number.POSITIVE_INFINITY && step.contribution === steps[3]!.contribution) w.infinitelyGrowable = true;
          w.limit = planned[i]!;
        }
      } else {
        w.base = Math.max(w.base, planned[i]!);
        if (w.limit < w.base) w.limit = w.base;
      }
    });
  }
}

/** §12.7.1–2: the used size of 1fr. */
function flexFraction(tracks: readonly SizingTrack[], work: readonly Work[], items: readonly SizingItem[], gap: number, mode: SizingMode, spanned: (item: SizingItem) => number[], isFlexible: (i: number) => boolean): number {
  const all = tracks.map((_, i) => i).filter((i) => !tracks[i]!.collapsed);
  const gaps = gap * Math.max(0, all.length - 1);
  if (mode.kind === 'definite') return findFrSize(all, mode.available - gaps, tracks, work, isFlexible);
  let fr = 0;
  for (const i of all) {
    if (!isFlexible(i)) continue;
    const factor = (tracks[i]!.max as { value: number }).value;
    fr = Math.max(fr, factor > 1 ? work[i]!.base / factor : work[i]!.base);
  }
  for (const item of items) {
    const indices = spanned(item);
    if (!indices.some(isFlexible)) continue;
    fr = Math.max(fr, findFrSize(indices, item.maxContent - gap * (item.end - item.start - 1), tracks, work, isFlexible));
  }
  if (mode.kind === 'indefinite') {
    const total = all.reduce((sum, i) => sum + (isFlexible(i) ? Math.max(work[i]!.base, fr * (tracks[i]!.max as { value: number }).value) : work[i]!.base), 0) + gaps;
    if (total < mode.minSize) return findFrSize(all, mode.minSize - gaps, tracks, work, isFlexible);
    if (total > mode.maxSize) return findFrSize(all, mode.maxSize - gaps, tracks, work, isFlexible);
  }
  return fr;
}

/** §12.7.1: find the size of an fr that fills `space` with the given tracks (gutters already taken out). */
function findFrSize(indices: readonly number[], space: number, tracks: readonly SizingTrack[], work: readonly Work[], isFlexible: (i: number) => boolean): number {
  const inflexible = new Set(indices.filter((i) => !isFlexible(i)));
  for (;;) {
    const leftover = space - [...inflexible].reduce((sum, i) => sum + work[i]!.base, 0);
    const flexSum = indices.filter((i) => !inflexible.has(i)).reduce((sum, i) => sum + (tracks[i]!.max as { value: number }).value, 0);
    const hypothetical = leftover / Math.max(1, flexSum);
    const tooSmall = indices.filter((i) => !inflexible.has(i) && hypothetical * (tracks[i]!.max as { value: number }).value < work[i]!.base);
    if (tooSmall.length === 0) return Math.max(0, hypothetical);
    for (const i of tooSmall) inflexible.add(i);
  }
}
