// Break units: tab stops, advances of text ranges, and the pieces of text between break opportunities.
import type { ComputedStyle } from '../style/types.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import { styleOfItem, type BreakUnit, type Piece } from './paragraph-types.js';
import type { Shaper } from './shape.js';
import type { InlineItem } from './types.js';
import type { ProcessedChar } from './white-space.js';

const TAB_SIZE = 8;

/**
 * Preserved tabs advance to the next tab stop (8 spaces of the tab's font), measured from the
 * start of its line; lines are assumed to start at forced breaks, which is exact for pre.
 */
export function applyTabStops(pieces: Piece[], text: string, items: readonly InlineItem[], fonts: FontRegistry, shaper: Shaper): void {
  let lineX = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'atomic') lineX += piece.atomic.width;
    if (piece.kind !== 'text') return;
    const item = items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
    const style = item.style;
    const source = piece.shaped;
    const offsets = Float64Array.from(source.offsets);
    const chain = fonts.chainFor(style);
    const space = shaper(' ', chain, style.fontSize, 0, 0, style.fontFeatureSettings, undefined, style.lang).width;
    const stop = space * TAB_SIZE;
    let shift = 0;
    const shiftAt = new Float64Array(offsets.length);
    for (let i = piece.start; i < piece.end; i++) {
      const local = i - piece.start;
      const advance = source.offsets[local + 1]! - source.offsets[local]!;
      shiftAt[local] = shift;
      const x = lineX;
      if (text[i] === '\n') lineX = 0;
      else if (text[i] === '\t' && stop > 0) {
        let next = Math.ceil((x + 1e-6) / stop) * stop;
        if (next - x < space / 2) next += stop;
        const tabAdvance = next - x + style.letterSpacing;
        shift += tabAdvance - advance;
        lineX = next + style.letterSpacing;
      } else lineX = x + advance;
      offsets[local + 1] = source.offsets[local + 1]! + shift;
    }
    const glyphs = source.glyphs.map((g) => ({ ...g, x: g.x + (shiftAt[g.cluster] ?? 0) }));
    pieces[index] = { ...piece, shaped: { width: offsets[offsets.length - 1]!, offsets, glyphs } };
  });
}

/** Advance of processed text [s, e) from the shaped pieces (edges and atomics excluded). */
export function textWidth(pieces: readonly Piece[], s: number, e: number): number {
  let width = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      const a = Math.max(s, piece.start);
      const b = Math.min(e, piece.end);
      if (a < b) width += piece.shaped.offsets[b - piece.start]! - piece.shaped.offsets[a - piece.start]!;
    } else if (piece.kind === 'atomic' && piece.pos >= s && piece.pos < e) {
      width += piece.atomic.width;
    }
  }
  return width;
}

/** Open edges belong to the unit holding the character after them, close edges to the one before. */
function edgeOwner(piece: Piece, unitOfChar: readonly number[], lastUnit: number): number {
  if (piece.kind === 'open') return piece.pos < unitOfChar.length ? unitOfChar[piece.pos]! : lastUnit;
  if (piece.kind === 'close') return piece.pos > 0 ? unitOfChar[piece.pos - 1]! : 0;
  return -1;
}

function hangs(char: ProcessedChar, items: readonly InlineItem[], blockStyle: ComputedStyle): boolean {
  if (char.collapsible) return true;
  if (char.char !== ' ' && char.char !== '\t') return false;
  return styleOfItem(items[char.item]!, blockStyle).whiteSpace === 'pre-wrap';
}

export function buildUnits(text: string, chars: readonly ProcessedChar[], kinds: Uint8Array, pieces: readonly Piece[], items: readonly InlineItem[], blockStyle: ComputedStyle, edgeOf: (piece: Piece) => number): BreakUnit[] {
  const bounds: number[] = [0];
  for (let p = 1; p <= text.length; p++) if (kinds[p]) bounds.push(p);
  const unitOfChar = new Array<number>(text.length);
  const spans: { start: number; end: number; forced: boolean }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    for (let p = start; p < end; p++) unitOfChar[p] = spans.length;
    spans.push({ start, end, forced: kinds[end] === 2 && end < text.length });
  }
  const edges = new Array<number>(spans.length).fill(0);
  for (const piece of pieces) {
    const owner = edgeOwner(piece, unitOfChar, spans.length - 1);
    if (owner >= 0 && owner < spans.length) edges[owner]! += edgeOf(piece);
  }
  return spans.map((span, index) => {
    let hangStart = span.end;
    while (hangStart > span.start && (hangs(chars[hangStart - 1]!, items, blockStyle) || chars[hangStart - 1]!.char === '\n')) hangStart--;
    const style = styleOfItem(items[chars[span.start]!.item]!, blockStyle);
    const emergency = style.overflowWrap !== 'normal' || style.wordBreak === 'break-word';
    return {
      start: span.start,
      end: span.end,
      width: textWidth(pieces, span.start, span.end) + edges[index]!,
      hang: textWidth(pieces, hangStart, span.end),
      forced: span.forced,
      emergency,
      anywhere: style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all',
    };
  });
}
