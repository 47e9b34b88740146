// Per-call layout context: fonts, caches of prepared paragraphs and intrinsic sizes.
import type { FontRegistry } from '../fonts/font-registry.js';
import type { Shaper } from '../text/shape.js';
import type { IntrinsicWidths } from '../text/types.js';
import type { Box } from '../box/types.js';
import type { LayoutMemo } from './layout-memo.js';

export interface LayoutContext {
  readonly fonts: FontRegistry;
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  /** Intrinsic border-box widths per box (independent of the containing block). */
  readonly intrinsic: Map<Box, IntrinsicWidths>;
  /** Intrinsic border-box widths of the content alone (width, min and max ignored). */
  readonly contentIntrinsic: Map<Box, IntrinsicWidths>;
  /** This layout's other memo tables (fragments, prepared inline content, percentage heights). */
  readonly memo: LayoutMemo;
  readonly warnings: string[];
  /** Shapes text runs (the font shaper, wrapped for emoji when an emoji set is given). */
  readonly shaper: Shaper;
}
