// Line clamping and text-overflow: which lines get an ellipsis, where the text is cut, and the ellipsis glyphs.
import { isWhiteSpaceCode } from './white-space-code.js';
import type { ComputedStyle } from '../style/types.js';
import { graphemeBoundaries } from './break-opportunities.js';
import { textWidth } from './break-units.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import type { LineRange, PreparedParagraph } from './paragraph-types.js';
import type { Shaper } from './shape.js';
import type { InlineItem } from './types.js';

/** Text drawn at the end of a line: the ellipsis (part of the line's text) or a hyphen (generated, as in browsers). */
export interface LineMarker {
  readonly kind: 'ellipsis' | 'hyphen';
  readonly text: string;
  readonly width: number;
  /** The item whose style it takes. */
  readonly item: number;
}

export interface EllipsisPlan {
  /** The lines to lay out (cut to the clamp and truncated where an ellipsis goes). */
  readonly ranges: readonly LineRange[];
  /** The marker at the end of each line that has one. */
  readonly markers: ReadonlyMap<number, LineMarker>;
  /** True when lines were dropped by line-clamp. */
  readonly clamped: boolean;
}

function markerText(style: ComputedStyle): string {
  return typeof style.textOverflow === 'object' ? style.textOverflow.string : '\u2026';
}

/** The last text item at or before `pos` (the ellipsis takes its style). */
function itemBefore(p: PreparedParagraph, pos: number): number {
  for (let i = Math.min(pos, p.chars.length) - 1; i >= 0; i--) {
    const item = p.items[p.chars[i]!.item];
    if (item?.kind === 'text') return p.chars[i]!.item;
  }
  return p.items.findIndex((item) => item.kind === 'text');
}

/**
 * Applies line-clamp (lines past the limit are dropped and the last kept line ends in an ellipsis)
 * and text-overflow (with overflow other than visible, a line wider than the box is cut to fit an
 * ellipsis). Text is cut between grapheme clusters, trailing spaces before the ellipsis removed.
 */
export function planEllipsis(p: PreparedParagraph, ranges: readonly LineRange[], available: number, fonts: FontRegistry, shaper: Shaper): EllipsisPlan {
  const style = p.blockStyle;
  const limit = style.lineClamp === 'none' ? Number.POSITIVE_INFINITY : style.lineClamp;
  const clamped = ranges.length > limit;
  const kept = clamped ? ranges.slice(0, limit) : [...ranges];
  const overflowEllipsis = style.textOverflow !== 'clip' && (style.overflowX !== 'visible' || style.lineClamp !== 'none');
  const wanted = new Set<number>();
  if (clamped) wanted.add(kept.length - 1);
  if (overflowEllipsis && Number.isFinite(available)) {
    kept.forEach((range, index) => {
      if (textWidth(p.pieces, range.start, range.end) - range.hang > available + 1e-6) wanted.add(index);
    });
  }
  if (wanted.size === 0) return { ranges: kept, markers: p.units.some((u) => u.hyphen) ? hyphenMarkers(p, kept, wanted) : NO_MARKERS, clamped };
  const lastIndex = Math.max(...wanted);
  const item = itemBefore(p, kept[lastIndex]!.end);
  const itemStyle = (p.items[item] as Extract<InlineItem, { kind: 'text' }> | undefined)?.style ?? style;
  const text = markerText(style);
  const chain = fonts.chainFor(itemStyle);
  const width = shaper(text, chain, itemStyle.fontSize, itemStyle.letterSpacing, itemStyle.wordSpacing, undefined, undefined, itemStyle.lang).width;
  const room = Number.isFinite(available) ? available - width : Number.POSITIVE_INFINITY;
  const result = kept.map((range, index) => {
    if (!wanted.has(index)) return range;
    let end = range.end;
    while (end > range.start && isWhiteSpaceCode(p.text.charCodeAt(end - 1))) end--;
    if (textWidth(p.pieces, range.start, end) > room) {
      const boundaries = [range.start, ...graphemeBoundaries(p.text, range.start, end)];
      end = range.start;
      for (const b of boundaries) if (textWidth(p.pieces, range.start, b) <= room) end = b;
      while (end > range.start && isWhiteSpaceCode(p.text.charCodeAt(end - 1))) end--;
    }
    return { start: range.start, end, hang: 0, last: true };
  });
  const markers = hyphenMarkers(p, kept, wanted);
  for (const index of wanted) markers.set(index, { kind: 'ellipsis', text, width, item });
  return { ranges: result, markers, clamped };
}

/** Shared result for paragraphs with no ellipsis and no hyphenation point (most): never mutated. */
const NO_MARKERS: ReadonlyMap<number, LineMarker> = new Map();

/** Hyphens at the end of lines that end at a hyphenation opportunity (lines with an ellipsis excepted). */
function hyphenMarkers(p: PreparedParagraph, ranges: readonly LineRange[], except: ReadonlySet<number>): Map<number, LineMarker> {
  const markers = new Map<number, LineMarker>();
  if (!p.units.some((u) => u.hyphen)) return markers;
  const byEnd = new Map(p.units.map((u) => [u.end, u]));
  ranges.forEach((range, index) => {
    const hyphen = byEnd.get(range.end)?.hyphen;
    if (hyphen && !except.has(index) && range.end < p.text.length) markers.set(index, { kind: 'hyphen', text: hyphen.text, width: hyphen.width, item: itemBefore(p, range.end) });
  });
  return markers;
}
