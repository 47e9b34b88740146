// Inline formatting: turns inline parts into text-stage items, lays out the paragraph, places atomics.
import type { ElementBox, InlineContent } from '../box/types.js';
import { border, horizontal, margin, padding } from '../engine/box-model.js';
import type { ContentLayout } from '../engine/content-result.js';
import type { LayoutContext } from '../engine/context.js';
import { shiftPending, type BoxFragment, type PendingAbsolute, type PlacedFragment } from '../engine/fragment.js';
import { layoutBox } from '../engine/layout-box.js';
import { resolvedIndent, withIndent } from '../text/text-indent.js';
import { intrinsicWidths as paragraphIntrinsicWidths, layoutParagraph, prepareParagraph, type PreparedParagraph } from '../text/paragraph.js';
import type { InlineItem, IntrinsicWidths, ParagraphLayout } from '../text/types.js';
import type { ComputedStyle } from '../style/types.js';
import { rememberLayout, rememberPrepared, sharedLayout, sharedParagraphKey, sharedPrepared } from './shared-paragraphs.js';

export interface PreparedInline {
  readonly paragraph: PreparedParagraph;
  /** The paragraph laid out per available width (flex and grid sizing ask for one width several times). */
  readonly layouts: Map<number, ParagraphLayout>;
  /** Its key among the paragraphs kept across renders (shared-paragraphs.ts), or null when it is not kept. */
  readonly sharedKey: string | null;
  readonly atomics: ReadonlyMap<number, { readonly fragment: BoxFragment; readonly marginLeft: number; readonly marginTop: number }>;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** Whether the style's margins or paddings have a percentage, which resolves against the containing block's width. */
function hasPercentageEdges(style: ComputedStyle): boolean {
  return SIDES.some((side) => {
    const m = style.margin[side];
    return (m !== 'auto' && m.pct !== 0) || style.padding[side].pct !== 0;
  });
}

/**
 * Whether the content's items are the same at every containing-block width: no atomic inline (laid
 * out against that width) and no inline box with percentage edges. Such content is prepared (and
 * shaped) once, for intrinsic sizing and layout alike, instead of once per width.
 */
function sameAtEveryWidth(content: InlineContent): boolean {
  return content.parts.every((part) => part.kind === 'text' || part.kind === 'close' || (part.kind === 'open' && !hasPercentageEdges(part.style)));
}

/** Text-stage items for inline content; percentages resolve against cbWidth (null while sizing intrinsically). */
export function prepare(content: InlineContent, blockStyle: ComputedStyle, cbWidth: number | null, ctx: LayoutContext): PreparedInline {
  let perWidth = ctx.memo.preparedInline.get(content);
  if (!perWidth) {
    perWidth = new Map();
    ctx.memo.preparedInline.set(content, perWidth);
  }
  const sameItems = sameAtEveryWidth(content);
  const key = cbWidth === null || sameItems ? -1 : cbWidth;
  const hit = perWidth.get(key);
  if (hit) return hit;
  const items: InlineItem[] = [];
  const atomics = new Map<number, { fragment: BoxFragment; marginLeft: number; marginTop: number }>();
  for (const part of content.parts) {
    switch (part.kind) {
      case 'text':
        items.push({ kind: 'text', textId: part.node.id, text: part.node.text, style: part.style });
        break;
      case 'open': {
        if (part.style.textFit.mode !== 'none') warnOnce(ctx, `TEXT_FIT_IGNORED: textFit has no effect on an inline element; set it on its block or flex container (at ${part.node.path})`);
        const m = margin(part.style, cbWidth);
        const p = padding(part.style, cbWidth);
        const b = border(part.style);
        // Start and end are the inline box's own direction's: a right-to-left box starts on its right.
        const [start, end] = part.style.direction === 'rtl' ? (['right', 'left'] as const) : (['left', 'right'] as const);
        items.push({ kind: 'open', boxId: part.node.id, style: part.style, marginStart: m[start], borderStart: b[start], paddingStart: p[start], marginEnd: m[end], borderEnd: b[end], paddingEnd: p[end], borderTop: b.top, paddingTop: p.top, borderBottom: b.bottom, paddingBottom: p.bottom });
        break;
      }
      case 'close':
        items.push({ kind: 'close', boxId: part.node.id });
        break;
      case 'atomic': {
        const basis = cbWidth ?? 0;
        const fragment = layoutBox(part.box, { cbWidth: basis, cbHeight: null, availableWidth: basis, fill: false, forcedWidth: null, forcedHeight: null, forcedHeightDefinite: false }, ctx);
        const m = margin(part.box.style, cbWidth);
        atomics.set(part.box.node.id, { fragment, marginLeft: m.left, marginTop: m.top });
        const height = fragment.height + m.top + m.bottom;
        const baseline = atomicBaseline(part.box, fragment);
        items.push({ kind: 'atomic', boxId: part.box.node.id, width: fragment.width + horizontal(m), height, baseline: baseline === null ? height : m.top + baseline, style: part.box.style });
        break;
      }
    }
  }
  // Items that are the same at every width may repeat across renders: their paragraph is prepared once.
  const sharedKey = sameItems ? sharedParagraphKey(items, blockStyle, ctx.fonts, ctx.shaper) : null;
  let paragraph = sharedKey === null ? undefined : sharedPrepared(sharedKey);
  if (!paragraph) {
    paragraph = prepareParagraph(items, blockStyle, ctx.fonts, ctx.shaper);
    if (sharedKey !== null) rememberPrepared(sharedKey, paragraph);
  }
  const prepared: PreparedInline = { paragraph, layouts: new Map(), atomics, sharedKey };
  perWidth.set(key, prepared);
  return prepared;
}

/** The prepared paragraph laid out at `width`, once per width. */
export function paragraphAt(prepared: PreparedInline, width: number): ParagraphLayout {
  let layout = prepared.layouts.get(width);
  if (!layout) {
    const { sharedKey } = prepared;
    layout = sharedKey === null ? undefined : sharedLayout(sharedKey, width);
    if (!layout) {
      layout = layoutParagraph(prepared.paragraph, width);
      if (sharedKey !== null) rememberLayout(sharedKey, width, layout);
    }
    prepared.layouts.set(width, layout);
  }
  return layout;
}

export function layoutInlineContent(content: InlineContent, blockStyle: ComputedStyle, innerWidth: number, ctx: LayoutContext, absoluteBoxes: readonly ElementBox[] = []): ContentLayout {
  const prepared = prepare(content, blockStyle, innerWidth, ctx);
  const paragraph = paragraphAt(prepared, innerWidth);
  const children: PlacedFragment[] = [];
  // In a right-to-left block the static position is at the right edge.
  const absolutes: PendingAbsolute[] = absoluteBoxes.map((box) => (box.style.direction === 'rtl' && Number.isFinite(innerWidth) ? { box, staticX: 0, staticY: 0, staticArea: { width: innerWidth, height: 0, alignX: 'end', alignY: 'start' } } : { box, staticX: 0, staticY: 0 }));
  for (const [id, atomic] of prepared.atomics) {
    const rect = paragraph.boxes.get(id)?.[0];
    if (!rect) continue;
    const x = rect.x + atomic.marginLeft;
    const y = rect.y + atomic.marginTop;
    children.push({ x, y, fragment: atomic.fragment });
    for (const a of atomic.fragment.absolutes) absolutes.push(shiftPending(a, x, y));
  }
  return { height: paragraph.height, children, baseline: paragraph.firstBaseline, lastBaseline: paragraph.lastBaseline, absolutes, paragraph };
}

export function inlineIntrinsicWidths(content: InlineContent, blockStyle: ComputedStyle, ctx: LayoutContext): IntrinsicWidths {
  const paragraph = prepare(content, blockStyle, null, ctx).paragraph;
  return paragraphIntrinsicWidths(withIndent(paragraph, resolvedIndent(paragraph, Infinity)));
}

/**
 * An atomic inline's baseline from its border-box top, or null for its bottom margin edge: images have
 * none; an inline-block has its last line box's (none when it clips its overflow); inline-flex and
 * inline-grid their first baseline.
 */
function atomicBaseline(box: ElementBox, fragment: BoxFragment): number | null {
  if (box.content.kind === 'replaced') return null;
  if (box.style.display === 'inline-block') {
    if (box.style.overflowX !== 'visible' || box.style.overflowY !== 'visible') return null;
    return fragment.lastBaseline === undefined ? fragment.baseline : fragment.lastBaseline;
  }
  return fragment.baseline;
}

function warnOnce(ctx: LayoutContext, warning: string): void {
  if (!ctx.warnings.includes(warning)) ctx.warnings.push(warning);
}
