// Sizing of replaced elements (img): specified sizes, width/height attributes, natural size and ratio.
import type { ElementBox } from '../box/types.js';
import type { ImageAttributes } from '../element/types.js';
import { clampSize, horizontal, vertical, type Edges, type SizeConstraints } from '../engine/box-model.js';

interface ForcedSizes {
  readonly forcedWidth: number | null;
  readonly forcedHeight: number | null;
}

/** Used border-box size of a replaced element (CSS 2.1 §10.3.2 and §10.6.2, with aspect-ratio). */
export function replacedSize(box: ElementBox, image: ImageAttributes, limits: SizeConstraints, pb: Edges, forced: ForcedSizes): { width: number; height: number } {
  const pbW = horizontal(pb);
  const pbH = vertical(pb);
  const specifiedWidth = forced.forcedWidth !== null ? forced.forcedWidth - pbW : limits.width !== null ? limits.width - pbW : image.width ?? null;
  const specifiedHeight = forced.forcedHeight !== null ? forced.forcedHeight - pbH : limits.height !== null ? limits.height - pbH : image.height ?? null;
  const ratio = aspectRatio(box, image);
  let width = specifiedWidth;
  let height = specifiedHeight;
  if (width === null && height === null) {
    width = image.natural?.width ?? 0;
    height = ratio !== null ? width / ratio : image.natural?.height ?? 0;
    if (forced.forcedWidth === null) width = clampSize(width + pbW, limits.minWidth, limits.maxWidth) - pbW;
    if (ratio !== null) height = width / ratio;
  } else if (width === null) {
    width = ratio !== null ? (height ?? 0) * ratio : image.natural?.width ?? 0;
  } else if (height === null) {
    height = ratio !== null ? width / ratio : image.natural?.height ?? 0;
  }
  const usedWidth = forced.forcedWidth ?? clampSize(width + pbW, limits.minWidth, limits.maxWidth);
  const usedHeight = forced.forcedHeight ?? clampSize((height ?? 0) + pbH, limits.minHeight, limits.maxHeight);
  return { width: usedWidth, height: usedHeight };
}

/** Preferred aspect ratio: the aspect-ratio property, else the width/height attributes, else the natural size. */
export function aspectRatio(box: ElementBox, image: ImageAttributes): number | null {
  if (box.style.aspectRatio !== 'auto') return box.style.aspectRatio;
  if (image.width !== undefined && image.height !== undefined && image.width > 0 && image.height > 0) return image.width / image.height;
  if (image.natural && image.natural.width > 0 && image.natural.height > 0) return image.natural.width / image.natural.height;
  return null;
}

/** Intrinsic border-box width of a replaced element (its used width with nothing imposed). */
export function replacedIntrinsicWidth(box: ElementBox, image: ImageAttributes, limits: SizeConstraints, pb: Edges): number {
  return replacedSize(box, image, limits, pb, { forcedWidth: null, forcedHeight: null }).width;
}
