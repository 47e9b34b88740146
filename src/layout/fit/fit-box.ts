// Autofit of a box: finds the text it holds, searches the font size for its content box and returns the box to lay out.
import type { AnonymousBox, Box, ElementBox, InlineContent, InlinePart } from '../box/types.js';
import { paragraphAt, prepare } from '../block/inline-layout.js';
import type { LayoutContext } from '../engine/context.js';
import type { ComputedStyle } from '../style/types.js';
import { fitRange, searchFit, type FitOutcome } from './fit-search.js';
import { memo2 } from './memo.js';
import { fitPerLine, perLineContent } from './per-line.js';
import { scaleTextStyle } from './scale-style.js';

/** What autofit did for a box (kept on its fragment and reported by layout()). */
export type BoxTextFit =
  | { readonly kind: 'fitted'; readonly path: string; readonly outcome: FitOutcome; readonly box: { readonly width: number; readonly height: number }; readonly lineFontSizes?: readonly number[] }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

/** The text a fitting box holds: its own inline content, or the one anonymous box of a flex or block container. */
type Target =
  | { readonly kind: 'inline'; readonly inline: InlineContent; readonly style: ComputedStyle }
  | { readonly kind: 'anonymous'; readonly child: AnonymousBox };

function targetOf(box: ElementBox): Target | string {
  const { content } = box;
  if (content.kind === 'inline') return { kind: 'inline', inline: content.inline, style: box.style };
  if (content.kind === 'replaced') return 'an image has no text to fit';
  const inFlow = content.children.filter((child) => child.kind === 'anonymous' || !child.absolute);
  const only = inFlow[0];
  if (inFlow.length === 1 && only?.kind === 'anonymous') return { kind: 'anonymous', child: only };
  return 'textFit needs an element whose only in-flow content is text and inline spans';
}

function scaleInline(inline: InlineContent, k: number): InlineContent {
  const parts = inline.parts.map((part): InlinePart => (part.kind === 'text' || part.kind === 'open' ? { ...part, style: scaleTextStyle(part.style, k) } : part));
  return { parts };
}

/** What the fitted box is built from: the block's scale, the scaled inline content and the clamp when it does not fit. */
interface Fitted {
  readonly key: string;
  readonly blockScale: number;
  readonly inline: () => InlineContent;
  /** Lines to keep (with an ellipsis) when even the minimum overflows, else null. */
  readonly clampLines: number | null;
}

/** The paragraph style after fitting: scaled, and clamped with an ellipsis when even the minimum overflows. */
function fittedBlockStyle(style: ComputedStyle, fitted: Fitted): ComputedStyle {
  const scaled = scaleTextStyle(style, fitted.blockScale);
  if (fitted.clampLines === null) return scaled;
  // overflow: hidden also lets the text of a flex container shrink to the box, so the ellipsis cuts at its width.
  const overflowX = scaled.overflowX === 'visible' ? 'hidden' : scaled.overflowX;
  return { ...scaled, lineClamp: fitted.clampLines, textOverflow: scaled.textOverflow === 'clip' ? 'ellipsis' : scaled.textOverflow, overflowX };
}

const memo = new WeakMap<ElementBox, Map<string, ElementBox>>();

function build(box: ElementBox, target: Target, fitted: Fitted): ElementBox {
  if (target.kind === 'inline') {
    return { ...box, style: fittedBlockStyle(box.style, fitted), content: { kind: 'inline', inline: fitted.inline() } };
  }
  const child: AnonymousBox = { kind: 'anonymous', style: fittedBlockStyle(target.child.style, fitted), inline: fitted.inline() };
  const content = box.content as Extract<ElementBox['content'], { kind: 'flex' | 'block' }>;
  return { ...box, content: { kind: content.kind, children: content.children.map((c): Box => (c === target.child ? child : c)) } };
}

/**
 * Fits the text of a box with textFit into its content box (innerWidth × the definite inner
 * height, else the max-height, else unbounded) and its line limit; returns the box to lay out in
 * its place, with every font size scaled by the chosen factor.
 */
export function fitBoxText(box: ElementBox, innerWidth: number, innerHeight: number | null, maxInnerHeight: number, ctx: LayoutContext): { readonly box: ElementBox; readonly fit: BoxTextFit } {
  const target = targetOf(box);
  if (typeof target === 'string') return { box, fit: { kind: 'skipped', path: box.node.path, reason: target } };
  const inline = target.kind === 'inline' ? target.inline : target.child.inline;
  const blockStyle = target.kind === 'inline' ? target.style : target.child.style;
  if (!(blockStyle.fontSize > 0)) return { box, fit: { kind: 'skipped', path: box.node.path, reason: 'the font size is 0' } };
  const prepared = prepare(inline, blockStyle, innerWidth, ctx);
  const paragraph = prepared.paragraph;
  const height = innerHeight ?? (Number.isFinite(maxInnerHeight) ? maxInnerHeight : Number.POSITIVE_INFINITY);
  const fit = box.style.textFit;
  let maxLines = Math.min(fit.maxLines === 'none' ? Number.POSITIVE_INFINITY : fit.maxLines, blockStyle.lineClamp === 'none' ? Number.POSITIVE_INFINITY : blockStyle.lineClamp);
  // A box whose height follows its text, without a line limit: keep the lines it takes at the specified size.
  if (height === Number.POSITIVE_INFINITY && maxLines === Number.POSITIVE_INFINITY) maxLines = Math.max(1, paragraphAt(prepared, innerWidth).lines.length);
  const range = fitRange(fit, blockStyle.fontSize);
  const result = (outcome: FitOutcome, fitted: Fitted, lineFontSizes?: readonly number[]) => ({
    box: memo2(memo, box, fitted.key, () => build(box, target, fitted)),
    fit: { kind: 'fitted' as const, path: box.node.path, outcome, box: { width: innerWidth, height }, ...(lineFontSizes ? { lineFontSizes } : {}) },
  });
  if (fit.perLine) {
    const lines = fitPerLine(paragraph, innerWidth, height, maxLines, range);
    const smallest = lines.sizes.length > 0 ? Math.min(...lines.sizes) : blockStyle.fontSize;
    const outcome: FitOutcome = { fontSize: smallest, scale: smallest / blockStyle.fontSize, fits: lines.fits, keepLines: lines.keepLines, iterations: lines.iterations };
    const clampLines = lines.fits ? null : outcome.keepLines;
    return result(outcome, { key: `line|${lines.sizes.join(',')}|${clampLines}`, blockScale: outcome.scale, inline: () => perLineContent(inline, paragraph, lines), clampLines }, lines.sizes);
  }
  const outcome = searchFit(paragraph, { width: innerWidth, height, maxLines }, range);
  const clampLines = outcome.fits ? null : outcome.keepLines;
  return result(outcome, { key: `${outcome.scale}|${clampLines}`, blockScale: outcome.scale, inline: () => scaleInline(inline, outcome.scale), clampLines });
}
