// The layout pipeline, top to bottom: element → style → box tree → text + flex/block → result.
import { OgsmithError, quote } from '../errors/catalogue.js';
import { collapseMargins } from './block/block-layout.js';
import { buildBoxTree } from './box/build.js';
import { DEFAULT_LIMITS, normalizeTree, type ImageResolver, type NormalizeLimits } from './element/normalize.js';
import { margin } from './engine/box-model.js';
import type { LayoutContext } from './engine/context.js';
import { LayoutMemo } from './engine/layout-memo.js';
import { shiftPending, type PlacedFragment } from './engine/fragment.js';
import { resolveAbsolutes } from './engine/absolute.js';
import { intrinsicWidths } from './engine/intrinsic.js';
import { fitContent, layoutBox, relativeOffset } from './engine/layout-box.js';
import { fitWarnings } from './fit/fit-warnings.js';
import { collectGeometry, toLayoutBox, type Geometry } from './result/collect.js';
import type { ElementNode } from './element/types.js';
import type { ComputedStyle } from './style/types.js';
import type { LayoutResult } from './result/types.js';
import { computeStyles } from './style/style-tree.js';
import { withEmoji, type EmojiSet } from './text/emoji.js';
import type { FontRegistry } from './fonts/font-registry.js';
import type { StageClock } from './stage-clock.js';
import { shapeText, type Shaper } from './text/shape.js';

export interface LayoutOptions {
  /** Image size in px. */
  readonly width: number;
  readonly height: number;
  /** false: unsupported properties and invalid values become warnings instead of errors. Default true. */
  readonly strict?: boolean;
  readonly limits?: Partial<NormalizeLimits>;
  /** Reads img sources that are not inline data (render() in Node reads files under imageDirectory). */
  readonly resolveImage?: ImageResolver;
  /** Emoji drawn as images, one em wide (layout() and render() in Node default to the bundled Twemoji). */
  readonly emoji?: EmojiSet | null;
}

/** Largest accepted image side, in px. */
export const MAX_DIMENSION = 16_384;

export function validateSize(name: 'width' | 'height', value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_DIMENSION || !Number.isInteger(value)) {
    throw new OgsmithError('INVALID_OPTIONS', `Option ${name} must be a whole number of px from 1 to ${MAX_DIMENSION}, got ${quote(value)}`);
  }
  return value;
}

/** Everything the painter needs: the public result plus the styled tree and its geometry. */
export interface LaidOutTree {
  readonly result: LayoutResult;
  readonly root: ElementNode;
  readonly styles: readonly (ComputedStyle | undefined)[];
  readonly geometry: Geometry;
  readonly fonts: FontRegistry;
}

/** One shaper per emoji set, so that paragraphs shaped with it can be shared across renders (shared-paragraphs.ts keys them by shaper). */
const emojiShapers = new WeakMap<EmojiSet, Shaper>();
function emojiShaper(set: EmojiSet): Shaper {
  let shaper = emojiShapers.get(set);
  if (!shaper) {
    shaper = withEmoji(shapeText, set);
    emojiShapers.set(set, shaper);
  }
  return shaper;
}

/** Lays out an element tree with already loaded fonts. Runtime-neutral: no Node built-ins, no canvas. */
export function layoutWithFonts(element: unknown, options: LayoutOptions, fonts: FontRegistry): LayoutResult {
  return layoutTree(element, options, fonts).result;
}

/** The layout pipeline, keeping the styled tree and geometry for painting; `clock` is charged the style and layout stages. */
export function layoutTree(element: unknown, options: LayoutOptions, fonts: FontRegistry, clock?: StageClock): LaidOutTree {
  if (typeof options !== 'object' || options === null) throw new OgsmithError('INVALID_OPTIONS', `Options must be an object with width and height, got ${quote(options)}`);
  const width = validateSize('width', options.width);
  const height = validateSize('height', options.height);
  const strict = options.strict ?? true;
  if (typeof strict !== 'boolean') throw new OgsmithError('INVALID_OPTIONS', `Option strict must be a boolean, got ${quote(strict)}`);
  const warnings: string[] = [];

  const tree = normalizeTree(element, { limits: { ...DEFAULT_LIMITS, ...options.limits }, resolveImage: options.resolveImage, strict, warnings });
  const styled = computeStyles(tree.root, tree.nodeCount, { viewportWidth: width, viewportHeight: height, defaultFontFamily: fonts.defaultFamily, strict, warnings });
  clock?.mark('style');
  const rootBox = buildBoxTree(tree.root, styled);
  const shaper = options.emoji ? emojiShaper(options.emoji) : shapeText;
  const ctx: LayoutContext = { fonts, viewportWidth: width, viewportHeight: height, intrinsic: new Map(), contentIntrinsic: new Map(), memo: new LayoutMemo(), warnings, shaper };

  let placedRoot: PlacedFragment | null = null;
  const extra: PlacedFragment[] = [];
  if (rootBox) {
    // The root sits at the page origin in a shrink-to-fit, absolutely positioned wrapper (as in the browser oracle).
    const m = margin(rootBox.style, width);
    const sizes = intrinsicWidths(rootBox, ctx);
    const outer = m.left + m.right;
    const wrapperWidth = fitContent(width, sizes.minContent + outer, sizes.maxContent + outer);
    const fragment = layoutBox(rootBox, { cbWidth: wrapperWidth, cbHeight: null, availableWidth: wrapperWidth, fill: true, forcedWidth: null, forcedHeight: null, forcedHeightDefinite: false, blockFlow: true }, ctx);
    const offset = relativeOffset(rootBox, wrapperWidth, null);
    const top = collapseMargins(m.top, fragment.escapedTop);
    placedRoot = { x: m.left + offset.x, y: top + offset.y, fragment };
    const wrapperHeight = top + fragment.height + collapseMargins(m.bottom, fragment.escapedBottom);
    const pending = fragment.absolutes.map((a) => shiftPending(a, m.left, top));
    extra.push(...resolveAbsolutes(pending, { x: 0, y: 0, width: wrapperWidth, height: wrapperHeight }, ctx));
  }

  const geometry = collectGeometry({
    x: 0,
    y: 0,
    fragment: { box: { kind: 'anonymous', style: styled.anonymousStyle(styled.styles[tree.root.id]!), inline: { parts: [] } }, width, height, contentHeight: height, escapedTop: 0, escapedBottom: 0, baseline: null, paragraph: null, absolutes: [], children: placedRoot ? [placedRoot, ...extra] : extra },
  });
  warnings.push(...fitWarnings(geometry.fits));
  const result: LaidOutTree = { result: { width, height, root: toLayoutBox(tree.root, geometry), warnings }, root: tree.root, styles: styled.styles, geometry, fonts };
  clock?.mark('layout');
  return result;
}
