// A prepared paragraph seen at another font scale: advances multiplied, inline-box edges and atomics kept, no reshaping.
import type { ComputedStyle } from '../style/types.js';
import { boxExtent, type BoxExtent } from '../text/line-metrics.js';
import type { BreakUnit, Piece, PreparedParagraph } from '../text/paragraph-types.js';
import type { ShapedText } from '../text/shape.js';
import type { InlineItem } from '../text/types.js';
import { scaleTextStyle } from './scale-style.js';

/** What scaling needs once per paragraph: the text-only advance of every break unit. */
export interface ScaleBase {
  readonly paragraph: PreparedParagraph;
  /** Advance of the unit's text (scales) and of its edges and atomics (does not). */
  readonly unitText: Float64Array;
}

export function scaleBase(p: PreparedParagraph): ScaleBase {
  const unitText = new Float64Array(p.units.length);
  p.units.forEach((unit, i) => {
    let width = 0;
    for (const piece of p.pieces) {
      if (piece.kind !== 'text') continue;
      const a = Math.max(unit.start, piece.start);
      const b = Math.min(unit.end, piece.end);
      if (a < b) width += piece.shaped.offsets[b - piece.start]! - piece.shaped.offsets[a - piece.start]!;
    }
    unitText[i] = width;
  });
  return { paragraph: p, unitText };
}

function scaleShaped(shaped: ShapedText, k: number, withGlyphs: boolean): ShapedText {
  const glyphs = withGlyphs ? shaped.glyphs.map((g) => ({ ...g, x: g.x * k, y: g.y * k, advance: g.advance * k })) : [];
  const scaled = { width: shaped.width * k, offsets: shaped.offsets.map((x) => x * k), glyphs };
  return shaped.unsafe ? { ...scaled, unsafe: shaped.unsafe } : scaled;
}

function scalePiece(piece: Piece, k: number, withGlyphs: boolean): Piece {
  if (piece.kind !== 'text') return piece;
  return { ...piece, shaped: scaleShaped(piece.shaped, k, withGlyphs) };
}

function scaleItem(item: InlineItem, k: number): InlineItem {
  return item.kind === 'text' || item.kind === 'open' ? { ...item, style: scaleTextStyle(item.style, k) } : item;
}

/**
 * The paragraph with every font size (and letter/word spacing) multiplied by `k`: exactly what
 * shaping at the scaled sizes gives, since unhinted advances and kerning are linear in the size.
 * `blockStyle` replaces the (scaled) block style, e.g. to switch clamping off while searching;
 * `glyphs: false` leaves the glyphs out (trials only measure lines).
 */
export function scaleParagraph(base: ScaleBase, k: number, options: { readonly blockStyle?: (scaled: ComputedStyle) => ComputedStyle; readonly glyphs?: boolean } = {}): PreparedParagraph {
  const { blockStyle, glyphs = true } = options;
  const p = base.paragraph;
  const items = p.items.map((item) => scaleItem(item, k));
  const scaledBlock = scaleTextStyle(p.blockStyle, k);
  const units: BreakUnit[] = p.units.map((unit, i) => {
    const text = base.unitText[i]!;
    const hyphen = unit.hyphen ? { hyphen: { text: unit.hyphen.text, width: unit.hyphen.width * k } } : {};
    return { ...unit, width: text * k + (unit.width - text), hang: unit.hang * k, ...hyphen };
  });
  const extents = new Map<number, BoxExtent>();
  items.forEach((item, index) => {
    if (item.kind === 'text' || item.kind === 'open') extents.set(index, boxExtent(item.style, p.fonts));
  });
  return {
    ...p,
    items,
    blockStyle: blockStyle ? blockStyle(scaledBlock) : scaledBlock,
    pieces: p.pieces.map((piece) => scalePiece(piece, k, glyphs)),
    units,
    lineEdges: new Map(Array.from(p.lineEdges, ([at, edge]) => [at, { endDelta: edge.endDelta * k, startDelta: edge.startDelta * k }])),
    // Line edges are shaped at the unscaled size and scaled like everything else.
    reshape: (piece, a, b) => scaleShaped(p.reshape(piece, a, b), k, glyphs),
    strut: boxExtent(scaledBlock, p.fonts),
    extents,
  } as PreparedParagraph;
}
