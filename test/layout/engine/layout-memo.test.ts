// The per-layout fragment memo: a box's fragment is reused only for an equal sizing input.
import { describe, expect, it } from 'vitest';
import { LayoutMemo } from '../../../src/layout/engine/layout-memo.js';
import type { BoxFragment } from '../../../src/layout/engine/fragment.js';
import type { Box } from '../../../src/layout/box/types.js';
import type { SizingInput } from '../../../src/layout/engine/sizing-input.js';

const input: SizingInput = { cbWidth: 1056, cbHeight: null, availableWidth: 1056, fill: false, forcedWidth: 320.5, forcedHeight: null, forcedHeightDefinite: false };
const box = { kind: 'anonymous' } as unknown as Box;
const fragment = (height: number): BoxFragment => ({ height }) as unknown as BoxFragment;

describe('LayoutMemo fragments', () => {
  it('returns the fragment remembered for an equal input, and nothing for another box', () => {
    const memo = new LayoutMemo();
    const first = fragment(10);
    memo.rememberFragment(box, input, first);
    expect(memo.fragmentFor(box, { ...input })).toBe(first);
    expect(memo.fragmentFor({ kind: 'anonymous' } as unknown as Box, input)).toBeUndefined();
  });

  it('tells inputs apart by every field, an absent blockFlow counting as false', () => {
    const memo = new LayoutMemo();
    memo.rememberFragment(box, input, fragment(1));
    const variants: SizingInput[] = [
      { ...input, cbWidth: 1000 },
      { ...input, cbHeight: 0 },
      { ...input, availableWidth: 1055 },
      { ...input, fill: true },
      { ...input, forcedWidth: null },
      { ...input, forcedHeight: 320.5 },
      { ...input, forcedHeightDefinite: true },
      { ...input, blockFlow: true },
    ];
    for (const variant of variants) expect(memo.fragmentFor(box, variant)).toBeUndefined();
    expect(memo.fragmentFor(box, { ...input, blockFlow: false })).toBeDefined();
    variants.forEach((variant, i) => memo.rememberFragment(box, variant, fragment(100 + i)));
    variants.forEach((variant, i) => expect(memo.fragmentFor(box, variant)?.height).toBe(100 + i));
  });
});
