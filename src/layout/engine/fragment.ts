// Fragments: the laid-out geometry of boxes, positioned relative to their parent's border box.
import type { AnonymousBox, ElementBox } from '../box/types.js';
import type { BoxTextFit } from '../fit/fit-box.js';
import type { ParagraphLayout } from '../text/types.js';

export type StaticAlignment = 'start' | 'center' | 'end';

/** An absolutely positioned box waiting for its containing block, with its static position. */
export interface PendingAbsolute {
  readonly box: ElementBox;
  /** Static position of the margin box, relative to the border-box origin of the fragment holding it. */
  readonly staticX: number;
  readonly staticY: number;
  /**
   * In a flex container the static position is the box aligned inside the container's content box
   * as if it were the sole flex item: the area starts at (staticX, staticY).
   */
  readonly staticArea?: { readonly width: number; readonly height: number; readonly alignX: StaticAlignment; readonly alignY: StaticAlignment };
}

/** The same pending box seen from a fragment dx, dy further out. */
export function shiftPending(pending: PendingAbsolute, dx: number, dy: number): PendingAbsolute {
  return { ...pending, staticX: pending.staticX + dx, staticY: pending.staticY + dy };
}

export interface PlacedFragment {
  /** Border-box offset from the parent's border-box origin (relative positioning included). */
  x: number;
  y: number;
  readonly fragment: BoxFragment;
}

export interface BoxFragment {
  readonly box: ElementBox | AnonymousBox;
  /** Border-box size. */
  readonly width: number;
  readonly height: number;
  /** Border-box height the content asks for, before min/max-height and any imposed height. */
  readonly contentHeight: number;
  /** First baseline from the border-box top, or null when the box has none. */
  readonly baseline: number | null;
  /** Baseline of the last line box from the border-box top (an inline-block's baseline); absent: not tracked. */
  readonly lastBaseline?: number | null;
  readonly children: readonly PlacedFragment[];
  /** Inline content laid out in this box, with the offset of its content box. */
  readonly paragraph: { readonly layout: ParagraphLayout; readonly x: number; readonly y: number } | null;
  /** Top and bottom margins of descendants that collapse through this box into its own margins. */
  readonly escapedTop: number;
  readonly escapedBottom: number;
  /** Absolute descendants whose containing block is not yet known (hoisted to the nearest positioned ancestor). */
  readonly absolutes: readonly PendingAbsolute[];
  /** What autofit did, for boxes with textFit. */
  readonly textFit?: BoxTextFit;
}
