// Memo tables of one layout, keyed by its own boxes: plain Maps that are dropped with the layout.
import type { Box, InlineContent } from '../box/types.js';
import type { BoxFragment } from './fragment.js';
import type { PreparedInline } from '../block/inline-layout.js';
import { sameSizingInput, type SizingInput } from './sizing-input.js';

/** Fragments of one box, per sizing input: a box is laid out for a handful of inputs, compared field by field (no key strings). */
interface FragmentEntry {
  readonly input: SizingInput;
  readonly fragment: BoxFragment;
}

/**
 * Why not module-level WeakMaps: V8's young-generation GC keeps every entry of an old WeakMap whose
 * key is young, so each layout's boxes, fragments and paragraphs were copied and then promoted to
 * the old generation, costing long scavenges and frequent mark-compacts. These Maps die young with
 * the layout instead.
 */
export class LayoutMemo {
  /** Fragments per box and sizing input (layout is pure). */
  private readonly fragments = new Map<Box, FragmentEntry[]>();
  /** Prepared inline content per containing-block width (-1: the same at every width). */
  readonly preparedInline = new Map<InlineContent, Map<number, PreparedInline>>();
  /** Whether a subtree resolves percentages against its container's height. */
  readonly percentHeights = new Map<Box, boolean>();

  /** The fragment laid out earlier for this box and an equal sizing input. */
  fragmentFor(box: Box, input: SizingInput): BoxFragment | undefined {
    const entries = this.fragments.get(box);
    if (!entries) return undefined;
    for (const entry of entries) if (sameSizingInput(entry.input, input)) return entry.fragment;
    return undefined;
  }

  rememberFragment(box: Box, input: SizingInput, fragment: BoxFragment): void {
    const entries = this.fragments.get(box);
    if (entries) entries.push({ input, fragment });
    else this.fragments.set(box, [{ input, fragment }]);
  }
}
