// Main-axis alignment: justify-content keywords, auto margins and reversal.
import { describe, expect, it } from 'vitest';
import { mainOffsets, type MainAxisItem } from '../../../src/layout/flex/flex-align.js';

const items = (...sizes: number[]): MainAxisItem[] => sizes.map((size) => ({ size, margins: 0, marginStart: 0, autoStart: false, autoEnd: false }));

describe('mainOffsets', () => {
  it.each([
    ['flex-start', [0, 100]],
    ['flex-end', [200, 300]],
    ['center', [100, 200]],
    ['space-between', [0, 300]],
    ['space-around', [50, 250]],
    ['space-evenly', [200 / 3, 200 / 3 * 2 + 100]],
  ] as const)('justify-content %s', (justify, expected) => {
    const offsets = mainOffsets(items(100, 100), 400, 0, justify, false);
    offsets.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!));
  });

  it('auto margins take the free space before justify-content', () => {
    const list: MainAxisItem[] = [{ size: 100, margins: 0, marginStart: 0, autoStart: true, autoEnd: true }];
    expect(mainOffsets(list, 400, 0, 'flex-end', false)).toEqual([150]);
  });

  it('mirrors positions for reversed directions', () => {
    expect(mainOffsets(items(100, 50), 400, 10, 'flex-start', true)).toEqual([300, 240]);
  });

  it('centres overflowing items on both sides', () => {
    expect(mainOffsets(items(300, 300), 400, 0, 'center', false)).toEqual([-100, 200]);
  });
});
