// Whether a subtree resolves percentages against its container's height (then a definite height changes its layout).
import type { Box } from '../box/types.js';
import type { LengthOrAuto, MaxLength } from '../style/types.js';

const isPercent = (value: LengthOrAuto | MaxLength | 'content'): boolean => typeof value === 'object' && value.pct !== 0;

/** True when the box or a descendant has a percentage height, min/max-height, flex-basis or vertical inset. */
export function usesPercentageHeights(box: Box, memo: Map<Box, boolean>): boolean {
  const hit = memo.get(box);
  if (hit !== undefined) return hit;
  let result = false;
  if (box.kind === 'element') {
    const s = box.style;
    result = isPercent(s.height) || isPercent(s.minHeight) || isPercent(s.maxHeight) || isPercent(s.flexBasis) || isPercent(s.inset.top) || isPercent(s.inset.bottom) || s.aspectRatio !== 'auto';
    const content = box.content;
    if (!result && (content.kind === 'flex' || content.kind === 'grid' || content.kind === 'block')) result = content.children.some((child) => usesPercentageHeights(child, memo));
    if (!result && content.kind === 'inline') result = content.inline.parts.some((part) => part.kind === 'atomic' && usesPercentageHeights(part.box, memo));
    if (!result) result = box.inlineAbsolutes.some((absolute) => usesPercentageHeights(absolute, memo));
  }
  memo.set(box, result);
  return result;
}
