// What a formatting context (flex, block, inline) returns for the content box it laid out.
import type { PendingAbsolute, PlacedFragment } from './fragment.js';
import type { ParagraphLayout } from '../text/types.js';

export interface ContentLayout {
  /** Height of the content (used when the box height is auto). */
  readonly height: number;
  /** Children placed relative to the content-box origin (the caller shifts them to the border box). */
  readonly children: readonly PlacedFragment[];
  /** First baseline from the content-box top, or null. */
  readonly baseline: number | null;
  /** Baseline of the last line box (block and inline content), when it differs from `baseline`'s rule. */
  readonly lastBaseline?: number | null;
  /** Absolute descendants with static positions relative to the content-box origin. */
  readonly absolutes: readonly PendingAbsolute[];
  readonly paragraph: ParagraphLayout | null;
  /** Child margins that collapse through the box's top and bottom edges (block layout only). */
  readonly escapedTop?: number;
  readonly escapedBottom?: number;
}
