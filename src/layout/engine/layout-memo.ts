// Memo tables of one layout, keyed by its own boxes: plain Maps that are dropped with the layout.
import type { Box, InlineContent } from '../box/types.js';
import type { BoxFragment } from './fragment.js';
import type { PreparedInline } from '../block/inline-layout.js';

/**
 * Why not module-level WeakMaps: V8's young-generation GC keeps every entry of an old WeakMap whose
 * key is young, so each layout's boxes, fragments and paragraphs were copied and then promoted to
 * the old generation, costing long scavenges and frequent mark-compacts. These Maps die young with
 * the layout instead.
 */
export class LayoutMemo {
  /** Fragments per box and sizing input (layout is pure). */
  readonly fragments = new Map<Box, Map<string, BoxFragment>>();
  /** Prepared inline content per containing-block width (-1: the same at every width). */
  readonly preparedInline = new Map<InlineContent, Map<number, PreparedInline>>();
  /** Whether a subtree resolves percentages against its container's height. */
  readonly percentHeights = new Map<Box, boolean>();
}
