// Flex lines: collecting items into lines (§9.3) and resolving flexible lengths (§9.7).
import type { FlexItem } from './flex-item.js';

export interface FlexLine {
  readonly items: readonly FlexItem[];
  /** Border-box main sizes after flexing, parallel to items. */
  readonly mainSizes: number[];
}

/** §9.3.5: greedy collection by outer hypothetical main sizes; one line when nowrap. */
export function collectLines(items: readonly FlexItem[], availableMain: number, gap: number, wrap: boolean): FlexItem[][] {
  if (!wrap || items.length === 0) return [items.slice()];
  const lines: FlexItem[][] = [];
  let current: FlexItem[] = [];
  let used = 0;
  for (const item of items) {
    const outer = item.hypotheticalMain + item.mainMargins;
    if (current.length > 0 && used + gap + outer > availableMain + 1e-6) {
      lines.push(current);
      current = [];
      used = 0;
    }
    used += (current.length > 0 ? gap : 0) + outer;
    current.push(item);
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** §9.7: distributes free space by flex-grow or flex-shrink (scaled by inner base size), freezing clamped items. */
export function resolveFlexibleLengths(items: readonly FlexItem[], innerMain: number, gap: number): number[] {
  const n = items.length;
  const gaps = gap * Math.max(0, n - 1);
  const sumHypothetical = items.reduce((sum, item) => sum + item.hypotheticalMain + item.mainMargins, 0) + gaps;
  const growing = sumHypothetical < innerMain;
  const target = new Array<number>(n).fill(0);
  const frozen = new Array<boolean>(n).fill(false);
  items.forEach((item, i) => {
    const factor = growing ? item.grow : item.shrink;
    if (factor === 0 || (growing && item.baseSize > item.hypotheticalMain) || (!growing && item.baseSize < item.hypotheticalMain)) {
      frozen[i] = true;
      target[i] = item.hypotheticalMain;
    } else {
      target[i] = item.baseSize;
    }
  });
  const initialFree = freeSpace(items, target, frozen, innerMain, gaps);
  for (let round = 0; round <= n; round++) {
    if (frozen.every(Boolean)) break;
    let free = freeSpace(items, target, frozen, innerMain, gaps);
    let sumFactors = 0;
    items.forEach((item, i) => {
      if (!frozen[i]) sumFactors += growing ? item.grow : item.shrink;
    });
    if (sumFactors < 1) {
      const scaled = initialFree * sumFactors;
      if (Math.abs(scaled) < Math.abs(free)) free = scaled;
    }
    if (free !== 0) {
      if (growing) {
        items.forEach((item, i) => {
          if (!frozen[i] && sumFactors > 0) target[i] = item.baseSize + (free * item.grow) / sumFactors;
        });
      } else {
        let sumScaled = 0;
        items.forEach((item, i) => {
          if (!frozen[i]) sumScaled += item.shrink * innerBase(item);
        });
        items.forEach((item, i) => {
          if (!frozen[i]) target[i] = sumScaled > 0 ? item.baseSize - (Math.abs(free) * item.shrink * innerBase(item)) / sumScaled : item.baseSize;
        });
      }
    } else {
      items.forEach((item, i) => {
        if (!frozen[i]) target[i] = item.baseSize;
      });
    }
    // Fix min/max violations and freeze.
    let totalViolation = 0;
    const clamped = target.map((size, i) => {
      if (frozen[i]) return size;
      const item = items[i]!;
      const fixed = Math.max(item.minMain, Math.min(size, item.maxMain));
      totalViolation += fixed - size;
      return fixed;
    });
    items.forEach((_, i) => {
      if (frozen[i]) return;
      const violation = clamped[i]! - target[i]!;
      if (totalViolation === 0 || (totalViolation > 0 && violation > 0) || (totalViolation < 0 && violation < 0)) frozen[i] = true;
      target[i] = clamped[i]!;
    });
  }
  return target;
}

function innerBase(item: FlexItem): number {
  return Math.max(0, item.baseSize - item.mainPaddingBorder);
}

function freeSpace(items: readonly FlexItem[], target: readonly number[], frozen: readonly boolean[], innerMain: number, gaps: number): number {
  let used = gaps;
  items.forEach((item, i) => {
    used += item.mainMargins + (frozen[i] ? target[i]! : item.baseSize);
  });
  return innerMain - used;
}
