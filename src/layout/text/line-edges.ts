// Line edges where cutting changes the shaping (inside a ligature or conjunct, unsafe-to-break clusters): shaped again as Chromium's line breaker does.
import { textWidth } from './break-units.js';
import type { BreakUnit, Piece, TextPiece } from './paragraph-types.js';
import type { ShapedText } from './shape.js';

/** Width change of a line that ends, or starts, at an unsafe position once its edge is shaped on its own. */
export interface LineEdge {
  readonly endDelta: number;
  readonly startDelta: number;
}

/** Shapes text[a, b) of a text piece alone, with the piece's fonts, size, spacing, features and levels. */
export type Reshape = (piece: TextPiece, a: number, b: number) => ShapedText;

/** Advance of text[a, b) inside a piece, from its whole-text shaping. */
function span(piece: TextPiece, a: number, b: number): number {
  return piece.shaped.offsets[b - piece.start]! - piece.shaped.offsets[a - piece.start]!;
}

function isUnsafe(piece: TextPiece, index: number): boolean {
  return index > piece.start && index < piece.end && piece.shaped.unsafe?.[index - piece.start] === 1;
}

/**
 * Edges at the break opportunities that fall on unsafe positions: the text from the previous safe
 * position to the break, and from the break to the next safe position, shaped alone.
 */
/** Shared result for paragraphs where every break position is safe (most): no map per paragraph. */
const NO_EDGES: ReadonlyMap<number, LineEdge> = new Map();

export function lineEdges(pieces: readonly Piece[], units: readonly BreakUnit[], reshape: Reshape): ReadonlyMap<number, LineEdge> {
  if (!pieces.some((piece) => piece.kind === 'text' && piece.shaped.unsafe)) return NO_EDGES;
  const edges = new Map<number, LineEdge>();
  for (const piece of pieces) {
    if (piece.kind !== 'text' || !piece.shaped.unsafe) continue;
    for (const unit of units) {
      const at = unit.end;
      if (!isUnsafe(piece, at)) continue;
      let safeBefore = at - 1;
      while (isUnsafe(piece, safeBefore)) safeBefore--;
      let safeAfter = at + 1;
      while (isUnsafe(piece, safeAfter)) safeAfter++;
      edges.set(at, {
        endDelta: reshape(piece, safeBefore, at).width - span(piece, safeBefore, at),
        startDelta: reshape(piece, at, safeAfter).width - span(piece, at, safeAfter),
      });
    }
  }
  return edges;
}

/** Width change of a line from `start` to `end` when its edges fall at unsafe positions (shaped alone, as the greedy breaker counts them). */
export function edgeDelta(edges: ReadonlyMap<number, LineEdge>, start: number, end: number): number {
  return (edges.get(start)?.startDelta ?? 0) + (edges.get(end)?.endDelta ?? 0);
}

/** Advance of the text of a line [start, end) as it is placed: pieces cut at an unsafe position are shaped again. */
export function lineTextWidth(pieces: readonly Piece[], reshape: Reshape, start: number, end: number): number {
  let width = textWidth(pieces, start, end);
  for (const piece of pieces) {
    if (piece.kind !== 'text' || !piece.shaped.unsafe) continue;
    const a = Math.max(start, piece.start);
    const b = Math.min(end, piece.end);
    if (a >= b) continue;
    const { shaped } = lineShaping(piece, a, b, reshape);
    if (shaped === piece.shaped) continue;
    width += shaped.width - span(piece, a, b);
  }
  return width;
}

/** The shaping a line uses for its part [a, b) of a piece: the piece's own, or [a, b) shaped alone when an edge is unsafe. */
export function lineShaping(piece: TextPiece, a: number, b: number, reshape: Reshape): { readonly shaped: ShapedText; readonly origin: number } {
  if (isUnsafe(piece, a) || isUnsafe(piece, b)) return { shaped: reshape(piece, a, b), origin: a };
  return { shaped: piece.shaped, origin: piece.start };
}
