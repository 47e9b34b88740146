// Flex lines: greedy collection and the §9.7 flexible length resolution with freezing.
import { describe, expect, it } from 'vitest';
import type { FlexItem } from '../../../src/layout/flex/flex-item.js';
import { collectLines, resolveFlexibleLengths } from '../../../src/layout/flex/flex-lines.js';

function item(base: number, options: Partial<Pick<FlexItem, 'grow' | 'shrink' | 'minMain' | 'maxMain' | 'mainMargins' | 'mainPaddingBorder'>> = {}): FlexItem {
  const minMain = options.minMain ?? 0;
  const maxMain = options.maxMain ?? Number.POSITIVE_INFINITY;
  return {
    box: { kind: 'anonymous' } as never,
    style: null,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    autoMargin: { top: false, right: false, bottom: false, left: false },
    paddingBorder: { top: 0, right: 0, bottom: 0, left: 0 },
    limits: { width: null, height: null, minWidth: 0, maxWidth: Number.POSITIVE_INFINITY, minHeight: 0, maxHeight: Number.POSITIVE_INFINITY },
    alignSelf: 'stretch',
    grow: options.grow ?? 0,
    shrink: options.shrink ?? 1,
    baseSize: base,
    minMain,
    maxMain,
    hypotheticalMain: Math.max(minMain, Math.min(base, maxMain)),
    mainMargins: options.mainMargins ?? 0,
    mainPaddingBorder: options.mainPaddingBorder ?? 0,
    measured: null,
  };
}

describe('collectLines', () => {
  it('keeps everything on one line without wrap', () => {
    expect(collectLines([item(100), item(100), item(100)], 150, 0, false)).toHaveLength(1);
  });

  it('breaks greedily counting gaps and margins', () => {
    const lines = collectLines([item(100), item(100, { mainMargins: 10 }), item(50)], 220, 10, true);
    expect(lines.map((l) => l.length)).toEqual([2, 1]);
  });
});

describe('resolveFlexibleLengths', () => {
  it('grows in proportion to flex-grow', () => {
    expect(resolveFlexibleLengths([item(0, { grow: 1 }), item(0, { grow: 3 })], 400, 0)).toEqual([100, 300]);
  });

  it('shrinks in proportion to flex-shrink times the inner base size', () => {
    const sizes = resolveFlexibleLengths([item(200, { shrink: 1 }), item(100, { shrink: 1 })], 240, 0);
    expect(sizes[0]).toBeCloseTo(160);
    expect(sizes[1]).toBeCloseTo(80);
  });

  it('freezes an item at its max and gives the rest to the others', () => {
    const sizes = resolveFlexibleLengths([item(0, { grow: 1, maxMain: 50 }), item(0, { grow: 1 })], 300, 0);
    expect(sizes).toEqual([50, 250]);
  });

  it('freezes at min when shrinking', () => {
    const sizes = resolveFlexibleLengths([item(200, { minMain: 180 }), item(200)], 300, 0);
    expect(sizes[0]).toBeCloseTo(180);
    expect(sizes[1]).toBeCloseTo(120);
  });

  it('distributes only part of the space when the grow factors sum below one', () => {
    const sizes = resolveFlexibleLengths([item(0, { grow: 0.25 }), item(0, { grow: 0.25 })], 400, 0);
    expect(sizes).toEqual([100, 100]);
  });

  it('subtracts gaps from the free space', () => {
    expect(resolveFlexibleLengths([item(0, { grow: 1 }), item(0, { grow: 1 })], 210, 10)).toEqual([100, 100]);
  });
});
