// The public result of layout(): border boxes and text lines in image pixels, mirroring the input tree.

export interface LayoutLine {
  /** The line's characters from this text, without the whitespace at the break. */
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** y of the alphabetic baseline. */
  readonly baseline: number;
}

export interface LayoutText {
  readonly text: string;
  readonly lines: readonly LayoutLine[];
}

export interface LayoutBox {
  /** Border box in image px. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** One entry per input child, in order (a display: none element is a zero box at 0,0). */
  readonly children: readonly (LayoutBox | LayoutText)[];
  /**
   * Boxes with textFit: the chosen font size (per-line: the smallest, with every line's size in
   * lineFontSizes), and false in `fits` when the text was clamped at the minimum.
   */
  readonly textFit?: { readonly fontSize: number; readonly fits: boolean; readonly lineFontSizes?: readonly number[] };
}

export interface LayoutResult {
  readonly width: number;
  readonly height: number;
  readonly root: LayoutBox;
  /** Problems tolerated with strict: false, each naming the property, value and element path. */
  readonly warnings: readonly string[];
}
