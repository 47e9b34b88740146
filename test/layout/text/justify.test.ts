// Justification opportunities: spaces, and boundaries next to CJK characters, never at the line end or inside a pair.
import { describe, expect, it } from 'vitest';
import { isJustifyOpportunity } from '../../../src/layout/text/justify.js';

const opportunities = (text: string): number[] => Array.from(text, () => 0).map((_, i) => i).filter((i) => isJustifyOpportunity(text, i, text.length));

describe('isJustifyOpportunity', () => {
  it('is after spaces only in Latin text', () => {
    expect(opportunities('ab cd e')).toEqual([2, 5]);
  });

  it('is between every pair of ideographs and kana, and between Latin and CJK, but not after the last character', () => {
    expect(opportunities('日本語')).toEqual([0, 1]);
    expect(opportunities('ogはい')).toEqual([1, 2]);
  });

  it('never splits a surrogate pair (CJK extension B and emoji)', () => {
    const text = '𠀀字😀字';
    expect(opportunities(text)).toEqual([0, 2, 3]);
  });
});
