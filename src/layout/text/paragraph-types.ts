// Prepared-paragraph data shared by the text stage's steps: pieces, break units and line ranges.
import type { ComputedStyle } from '../style/types.js';
import type { BoxExtent } from './line-metrics.js';
import type { ItemAlign } from './vertical-align.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import type { ShapedText, Shaper } from './shape.js';
import type { InlineAtomicItem, InlineItem, InlineOpenItem } from './types.js';
import type { ProcessedChar } from './white-space.js';
import type { LineEdge, Reshape } from './line-edges.js';
import type { BidiParagraph } from './bidi.js';

/** Shaped text of one inline text item, text[start, end) of the paragraph. */
export interface TextPiece {
  readonly kind: 'text';
  readonly item: number;
  readonly start: number;
  readonly end: number;
  readonly shaped: ShapedText;
}

/** A piece of the paragraph in order: shaped text, an atomic inline, or an inline box edge. */
export type Piece =
  | TextPiece
  | { readonly kind: 'atomic'; readonly item: number; readonly pos: number; readonly atomic: InlineAtomicItem }
  | { readonly kind: 'open'; readonly item: number; readonly pos: number; readonly open: InlineOpenItem }
  | { readonly kind: 'close'; readonly item: number; readonly pos: number; readonly open: InlineOpenItem };

/** Text between two break opportunities: the unit of line filling. */
export interface BreakUnit {
  readonly start: number;
  readonly end: number;
  /** Advance including inline-box edges that belong to it. */
  readonly width: number;
  /** Width of trailing spaces that hang (do not count at a line end). */
  readonly hang: number;
  readonly forced: boolean;
  /** overflow-wrap lets this unit break between graphemes when it alone overflows. */
  readonly emergency: boolean;
  /** overflow-wrap: anywhere or word-break: break-all: graphemes count for min-content. */
  readonly anywhere: boolean;
  /** Ends at a hyphenation opportunity: a line ending here shows this hyphen (its width counts). */
  readonly hyphen?: { readonly text: string; readonly width: number };
}

/** Width a unit adds when its line ends after it (the hyphen of a hyphenation opportunity). */
export function hyphenWidth(unit: BreakUnit): number {
  return unit.hyphen?.width ?? 0;
}

declare const preparedBrand: unique symbol;

/** A shaped paragraph: lines can be broken again at any width without reshaping. */
export interface PreparedParagraph {
  readonly [preparedBrand]: true;
  readonly items: readonly InlineItem[];
  readonly blockStyle: ComputedStyle;
  readonly text: string;
  readonly chars: readonly ProcessedChar[];
  readonly pieces: readonly Piece[];
  readonly units: readonly BreakUnit[];
  readonly strut: BoxExtent;
  /** vertical-align of every item (by item index): its baseline shift and top/bottom group. */
  readonly aligns: readonly ItemAlign[];
  /** Extent per item index, for text and open items. */
  readonly extents: ReadonlyMap<number, BoxExtent>;
  /** Edge widths per marker piece index (open: start edges; close: end edges). */
  readonly edgeOf: (piece: Piece) => number;
  /** Break positions where a line edge is shaped again (cut inside a ligature, unsafe to break). */
  readonly lineEdges: ReadonlyMap<number, LineEdge>;
  /** Shapes part of a text piece alone, as an unsafe line edge needs. */
  readonly reshape: Reshape;
  /** The fonts and shaper the paragraph was shaped with (the ellipsis is shaped with them too). */
  readonly fonts: FontRegistry;
  readonly shaper: Shaper;
  /** Bidi levels of the text (null: all left to right), computed before shaping. */
  readonly bidi: BidiParagraph | null;
}

export interface LineRange {
  readonly start: number;
  readonly end: number;
  /** Hanging trailing space width at the line end. */
  readonly hang: number;
  /** Ends in a forced break (or is the last line): not justified. */
  readonly last: boolean;
}

export function styleOfItem(item: InlineItem, blockStyle: ComputedStyle): ComputedStyle {
  return item.kind === 'text' || item.kind === 'open' ? item.style : blockStyle;
}
