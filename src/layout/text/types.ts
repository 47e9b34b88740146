// Contract of the text stage: inline items in, line boxes with positioned text and inline-box fragments out.
import type { ComputedStyle } from '../style/types.js';

/** A font as callers pass it (satori's shape). */
export interface FontInput {
  /** Family name used in `fontFamily`. */
  readonly name: string;
  readonly data: ArrayBuffer | Uint8Array;
  /** 1–1000; default 400. A variable font may cover a range, e.g. `[100, 900]`: its wght axis follows `fontWeight`. */
  readonly weight?: number | readonly [number, number];
  /** Default normal. */
  readonly style?: 'normal' | 'italic';
  /**
   * CSS unicode-range, e.g. `"U+0000-00FF, U+0131"`: the face only draws these characters (several
   * faces of one family, weight and style with different ranges form one font, as @font-face does).
   */
  readonly unicodeRange?: string;
  /** Which face of a font collection (`.ttc`/`.otc`) to use; default 0. Only for collections. */
  readonly index?: number;
}

/** A run of text from one string child of the element tree. */
export interface InlineTextItem {
  readonly kind: 'text';
  /** Identifies the LayoutText that receives this run's lines. */
  readonly textId: number;
  readonly text: string;
  /** Style of the element that holds the text (text properties are inherited already). */
  readonly style: ComputedStyle;
}

/** Start of an inline box (a `span`): its inline-start margin+border+padding occupies line space. */
export interface InlineOpenItem {
  readonly kind: 'open';
  readonly boxId: number;
  readonly style: ComputedStyle;
  /** Used px on the inline-start side: margin, border, padding. */
  readonly marginStart: number;
  readonly borderStart: number;
  readonly paddingStart: number;
  /** Used px on the inline-end side (applied at the matching close). */
  readonly marginEnd: number;
  readonly borderEnd: number;
  readonly paddingEnd: number;
  /** Vertical border+padding in px: they do not change the line height, only the fragment rect. */
  readonly borderTop: number;
  readonly paddingTop: number;
  readonly borderBottom: number;
  readonly paddingBottom: number;
}

export interface InlineCloseItem {
  readonly kind: 'close';
  readonly boxId: number;
}

/** An atomic inline (an inline img or inline-block): an unbreakable box of fixed margin-box size. */
export interface InlineAtomicItem {
  readonly kind: 'atomic';
  readonly boxId: number;
  /** Margin-box size in px. */
  readonly width: number;
  readonly height: number;
  /** Distance from the margin-box top to its baseline (the bottom margin edge for images). */
  readonly baseline: number;
  /** The atomic box's style (its vertical-align and line-height); none: aligned on the baseline. */
  readonly style?: ComputedStyle;
}

export type InlineItem = InlineTextItem | InlineOpenItem | InlineCloseItem | InlineAtomicItem;

/** One line of one text run, positioned relative to the paragraph's content-box origin. */
export interface TextLineFragment {
  /** The run's characters on this line, without the collapsible whitespace at the break. */
  readonly text: string;
  /** Left edge of the first glyph and span of the glyphs (advances, letter-spacing included). */
  readonly x: number;
  readonly width: number;
  /** Top of the content area: baseline − ascent. Height: ascent + descent (as Range.getClientRects reports). */
  readonly y: number;
  readonly height: number;
  readonly baseline: number;
  /** Glyphs for the painter: font, glyph id, position of the glyph origin (on the baseline). */
  readonly glyphs: readonly PositionedGlyph[];
}

/** A glyph to draw on its fragment's baseline. */
export interface PositionedGlyph {
  /** Key of the font in the registry (FontFace.key). */
  readonly fontKey: string;
  readonly glyphId: number;
  /** Origin x, relative to the paragraph's content-box origin like the fragment. */
  readonly x: number;
  /** Offset from the fragment's baseline, y down (attached marks); 0 for most glyphs. */
  readonly y: number;
  /** Advance in px as shaped (spacing not included). */
  readonly advance: number;
  readonly fontSize: number;
  /** Set on emoji glyphs (font key "emoji"): the grapheme cluster the painter draws as an image. */
  readonly emoji?: string;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where one line box of the paragraph sits (relative to the paragraph's content-box origin). */
export interface LineBoxGeometry {
  readonly top: number;
  readonly height: number;
  readonly baseline: number;
  /** Left and right of the content placed on the line, after alignment. */
  readonly left: number;
  readonly right: number;
}

export interface ParagraphLayout {
  /** Width of the widest line (for shrink-to-fit sizing); 0 when empty. */
  readonly width: number;
  /** Sum of the line box heights; 0 when the paragraph has no line at all. */
  readonly height: number;
  readonly lines: readonly LineBoxGeometry[];
  /** First and last line baselines from the paragraph top, or null when there is no line. */
  readonly firstBaseline: number | null;
  readonly lastBaseline: number | null;
  /** textId → its lines, in order. A run that produced no visible glyph has an empty list. */
  readonly texts: ReadonlyMap<number, readonly TextLineFragment[]>;
  /**
   * boxId → rects: for inline boxes, the border-box rect of each line fragment; for atomic
   * items, one rect: the margin box.
   */
  readonly boxes: ReadonlyMap<number, readonly Rect[]>;
  /** True when lines were cut by lineClamp (the painter draws the ellipsis already placed). */
  readonly clamped: boolean;
}

export interface IntrinsicWidths {
  readonly minContent: number;
  readonly maxContent: number;
}
