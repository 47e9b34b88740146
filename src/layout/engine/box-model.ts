// Box-model arithmetic: resolving lengths and percentages, edges, min/max clamping, box-sizing.
import type { ComputedStyle, LengthOrAuto, LengthPercentage, MaxLength } from '../style/types.js';

export interface Edges {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const ZERO_EDGES: Edges = { top: 0, right: 0, bottom: 0, left: 0 };

/** px + pct% of basis; a percentage against an unknown basis counts as 0. */
export function resolveLength(value: LengthPercentage, basis: number | null): number {
  if (value.pct === 0) return value.px;
  return basis === null ? value.px : value.px + (value.pct * basis) / 100;
}

/** A length or null for auto; percentages against an indefinite basis are auto too (as for heights). */
export function resolveOrAuto(value: LengthOrAuto, basis: number | null): number | null {
  if (value === 'auto') return null;
  if (value.pct !== 0 && basis === null) return null;
  return resolveLength(value, basis);
}

export function resolveMax(value: MaxLength, basis: number | null): number {
  if (value === 'none') return Number.POSITIVE_INFINITY;
  if (value.pct !== 0 && basis === null) return Number.POSITIVE_INFINITY;
  return resolveLength(value, basis);
}

/** Used min size; auto resolves to 0 here (the flex automatic minimum is computed by the flex stage). */
export function resolveMin(value: LengthOrAuto, basis: number | null): number {
  if (value === 'auto') return 0;
  if (value.pct !== 0 && basis === null) return 0;
  return resolveLength(value, basis);
}

export function padding(style: ComputedStyle, cbWidth: number | null): Edges {
  const p = style.padding;
  return { top: resolveLength(p.top, cbWidth), right: resolveLength(p.right, cbWidth), bottom: resolveLength(p.bottom, cbWidth), left: resolveLength(p.left, cbWidth) };
}

export function border(style: ComputedStyle): Edges {
  const b = style.border;
  return { top: b.top.width, right: b.right.width, bottom: b.bottom.width, left: b.left.width };
}

/** Margins with auto as 0 (callers that distribute auto margins check style.margin themselves). */
export function margin(style: ComputedStyle, cbWidth: number | null): Edges {
  const m = style.margin;
  const side = (v: LengthOrAuto): number => (v === 'auto' ? 0 : resolveLength(v, cbWidth));
  return { top: side(m.top), right: side(m.right), bottom: side(m.bottom), left: side(m.left) };
}

export function addEdges(a: Edges, b: Edges): Edges {
  return { top: a.top + b.top, right: a.right + b.right, bottom: a.bottom + b.bottom, left: a.left + b.left };
}

export function horizontal(e: Edges): number {
  return e.left + e.right;
}

export function vertical(e: Edges): number {
  return e.top + e.bottom;
}


/** The size properties of a box, resolved to border-box px (null = auto), with min/max as border-box bounds. */
export interface SizeConstraints {
  readonly width: number | null;
  readonly height: number | null;
  readonly minWidth: number;
  readonly maxWidth: number;
  readonly minHeight: number;
  readonly maxHeight: number;
}

export function sizeConstraints(style: ComputedStyle, cbWidth: number | null, cbHeight: number | null, paddingBorder: Edges): SizeConstraints {
  const extraW = style.boxSizing === 'content-box' ? horizontal(paddingBorder) : 0;
  const extraH = style.boxSizing === 'content-box' ? vertical(paddingBorder) : 0;
  const floorW = horizontal(paddingBorder);
  const floorH = vertical(paddingBorder);
  const toBorderW = (v: number | null): number | null => (v === null ? null : Math.max(v + extraW, floorW));
  const toBorderH = (v: number | null): number | null => (v === null ? null : Math.max(v + extraH, floorH));
  const maxW = resolveMax(style.maxWidth, cbWidth);
  const maxH = resolveMax(style.maxHeight, cbHeight);
  return {
    width: toBorderW(resolveOrAuto(style.width, cbWidth)),
    height: toBorderH(resolveOrAuto(style.height, cbHeight)),
    minWidth: Math.max(resolveMin(style.minWidth, cbWidth) + extraW, floorW),
    maxWidth: maxW === Number.POSITIVE_INFINITY ? maxW : Math.max(maxW + extraW, floorW),
    minHeight: Math.max(resolveMin(style.minHeight, cbHeight) + extraH, floorH),
    maxHeight: maxH === Number.POSITIVE_INFINITY ? maxH : Math.max(maxH + extraH, floorH),
  };
}

/** Applies min and max (min wins when they conflict, as CSS says). */
export function clampSize(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
