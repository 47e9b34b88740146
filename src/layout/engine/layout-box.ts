// Lays out one box: resolves its used width and height, then its content by formatting context.
import type { AnonymousBox, Box, ElementBox } from '../box/types.js';
import { layoutBlockContent } from '../block/block-layout.js';
import { layoutInlineContent } from '../block/inline-layout.js';
import { replacedSize } from '../block/replaced.js';
import { fitBoxText } from '../fit/fit-box.js';
import { layoutFlexContent } from '../flex/flex-layout.js';
import { layoutGridContent } from '../grid/grid-layout.js';
import { resolveAbsolutes } from './absolute.js';
import { border, clampSize, horizontal, margin, padding, resolveLength, sizeConstraints, vertical, addEdges } from './box-model.js';
import type { ContentLayout } from './content-result.js';
import type { LayoutContext } from './context.js';
import { shiftPending, type BoxFragment, type PendingAbsolute, type PlacedFragment } from './fragment.js';
import { intrinsicWidths } from './intrinsic.js';
import type { SizingInput } from './sizing-input.js';

/** Lays out a box for the given sizing input, memoised per box and input (layout is pure). */
export function layoutBox(box: Box, input: SizingInput, ctx: LayoutContext): BoxFragment {
  const hit = ctx.memo.fragmentFor(box, input);
  if (hit) return hit;
  const fragment = box.kind === 'anonymous' ? layoutAnonymous(box, input, ctx) : layoutElement(box, input, ctx);
  ctx.memo.rememberFragment(box, input, fragment);
  return fragment;
}

/** Fit-content: min(max-content, max(min-content, available)). */
export function fitContent(available: number, minContent: number, maxContent: number): number {
  return Math.min(maxContent, Math.max(minContent, available));
}

function layoutAnonymous(box: AnonymousBox, input: SizingInput, ctx: LayoutContext): BoxFragment {
  let width = input.forcedWidth;
  if (width === null) {
    const sizes = intrinsicWidths(box, ctx);
    width = input.fill ? Math.max(0, input.availableWidth) : fitContent(input.availableWidth, sizes.minContent, sizes.maxContent);
  }
  const content = layoutInlineContent(box.inline, box.style, width, ctx);
  const height = input.forcedHeight ?? content.height;
  return { box, width, height, contentHeight: content.height, escapedTop: 0, escapedBottom: 0, baseline: content.baseline, lastBaseline: content.lastBaseline ?? null, children: content.children, paragraph: content.paragraph ? { layout: content.paragraph, x: 0, y: 0 } : null, absolutes: content.absolutes, textFit: undefined };
}

function layoutElement(box: ElementBox, input: SizingInput, ctx: LayoutContext): BoxFragment {
  const { style } = box;
  const pb = addEdges(padding(style, input.cbWidth), border(style));
  const margins = margin(style, input.cbWidth);
  const limits = sizeConstraints(style, input.cbWidth, input.cbHeight, pb);
  const ratio = style.aspectRatio === 'auto' ? null : style.aspectRatio;

  let width: number;
  let height: number | null;
  if (box.content.kind === 'replaced') {
    const size = replacedSize(box, box.content.image, limits, pb, input);
    width = size.width;
    height = size.height;
  } else {
    const definiteHeight = input.forcedHeight ?? (limits.height === null ? null : clampSize(limits.height, limits.minHeight, limits.maxHeight));
    width = input.forcedWidth ?? autoOrSpecifiedWidth(box, input, ctx, limits, margins, definiteHeight, ratio, pb);
    height = definiteHeight ?? (ratio !== null ? clampSize(ratioHeight(width, ratio, pb, style.boxSizing), limits.minHeight, limits.maxHeight) : null);
  }

  const innerWidth = Math.max(0, width - horizontal(pb));
  const heightIsDefinite = input.forcedHeight !== null ? input.forcedHeightDefinite : height !== null;
  const innerHeight = height === null ? null : Math.max(0, height - vertical(pb));
  // Margins collapse through a block container's edges when nothing separates them (CSS 2.1 §8.3.1).
  const throughEdges = input.blockFlow === true && box.content.kind === 'block' && style.overflowX === 'visible' && style.overflowY === 'visible' && style.position !== 'absolute';
  const collapse = { top: throughEdges && pb.top === 0, bottom: throughEdges && pb.bottom === 0 && height === null && limits.minHeight <= vertical(pb) };
  const heightLimits = { min: Math.max(0, limits.minHeight - vertical(pb)), max: Math.max(0, limits.maxHeight - vertical(pb)) };
  const fitted = style.textFit.mode === 'none' ? null : fitBoxText(box, innerWidth, heightIsDefinite ? innerHeight : null, heightLimits.max, ctx);
  const content = layoutContent(fitted?.box ?? box, innerWidth, heightIsDefinite ? innerHeight : null, heightLimits, collapse, ctx);
  const usedHeight = height ?? clampSize(content.height + vertical(pb), limits.minHeight, limits.maxHeight);

  const children: PlacedFragment[] = content.children.map((child) => ({ x: child.x + pb.left, y: child.y + pb.top, fragment: child.fragment }));
  let absolutes: PendingAbsolute[] = content.absolutes.map((a) => shiftPending(a, pb.left, pb.top));
  if (style.position !== 'static' && absolutes.length > 0) {
    const cb = { x: border(style).left, y: border(style).top, width: width - horizontal(border(style)), height: usedHeight - vertical(border(style)) };
    children.push(...resolveAbsolutes(absolutes, cb, ctx));
    absolutes = [];
  }
  // One object literal with every field (no spreads): fragments keep one shape, so the code reading them stays monomorphic.
  return {
    box,
    width,
    height: usedHeight,
    contentHeight: box.content.kind === 'replaced' ? usedHeight : content.height + vertical(pb),
    escapedTop: content.escapedTop ?? 0,
    escapedBottom: content.escapedBottom ?? 0,
    baseline: content.baseline === null ? null : content.baseline + pb.top,
    lastBaseline: content.lastBaseline === undefined ? undefined : content.lastBaseline === null ? null : content.lastBaseline + pb.top,
    children,
    paragraph: content.paragraph ? { layout: content.paragraph, x: pb.left, y: pb.top } : null,
    absolutes,
    textFit: fitted ? fitted.fit : undefined,
  };
}

function ratioHeight(width: number, ratio: number, pb: ReturnType<typeof addEdges>, sizing: 'content-box' | 'border-box'): number {
  if (sizing === 'border-box') return width / ratio;
  return (width - horizontal(pb)) / ratio + vertical(pb);
}

function autoOrSpecifiedWidth(box: ElementBox, input: SizingInput, ctx: LayoutContext, limits: ReturnType<typeof sizeConstraints>, margins: ReturnType<typeof margin>, definiteHeight: number | null, ratio: number | null, pb: ReturnType<typeof addEdges>): number {
  let width = limits.width;
  if (width === null && ratio !== null && definiteHeight !== null) {
    width = box.style.boxSizing === 'border-box' ? definiteHeight * ratio : (definiteHeight - vertical(pb)) * ratio + horizontal(pb);
  }
  if (width === null) {
    const available = input.availableWidth - horizontal(margins);
    if (input.fill) width = Math.max(0, available);
    else {
      const sizes = intrinsicWidths(box, ctx);
      width = fitContent(available, sizes.minContent, sizes.maxContent);
    }
  }
  return clampSize(width, limits.minWidth, limits.maxWidth);
}

function layoutContent(box: ElementBox, innerWidth: number, innerHeight: number | null, heightLimits: { min: number; max: number }, collapse: { top: boolean; bottom: boolean }, ctx: LayoutContext): ContentLayout {
  switch (box.content.kind) {
    case 'flex':
      return layoutFlexContent(box, box.content.children, innerWidth, innerHeight, heightLimits, ctx);
    case 'grid':
      return layoutGridContent(box, box.content.children, innerWidth, innerHeight, heightLimits, ctx);
    case 'block':
      return layoutBlockContent(box.content.children, innerWidth, innerHeight, collapse, ctx);
    case 'inline':
      return layoutInlineContent(box.content.inline, box.style, innerWidth, ctx, box.inlineAbsolutes);
    case 'replaced':
      return { height: 0, children: [], baseline: null, absolutes: [], paragraph: null };
  }
}

/** Offset of position: relative, resolved against the containing block. */
export function relativeOffset(box: Box, cbWidth: number, cbHeight: number | null): { x: number; y: number } {
  if (box.kind !== 'element' || box.style.position !== 'relative') return { x: 0, y: 0 };
  const { inset } = box.style;
  const side = (v: typeof inset.top, basis: number | null): number | null => (v === 'auto' || (v.pct !== 0 && basis === null) ? null : resolveLength(v, basis));
  const left = side(inset.left, cbWidth);
  const right = side(inset.right, cbWidth);
  const top = side(inset.top, cbHeight);
  const bottom = side(inset.bottom, cbHeight);
  return { x: left ?? (right === null ? 0 : -right), y: top ?? (bottom === null ? 0 : -bottom) };
}
