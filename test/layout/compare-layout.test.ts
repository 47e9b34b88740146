// The fixture comparator itself: it must catch shifted boxes and different breaks, and accept sub-pixel noise.
import { describe, expect, it } from 'vitest';
import { compareLayout, type FixtureBox } from './compare-layout.js';

const expected: FixtureBox = {
  x: 0, y: 0, width: 200, height: 100,
  children: [
    { x: 10, y: 10, width: 50, height: 20, children: [] },
    { text: 'hello world', lines: [{ text: 'hello', x: 0, y: 40, width: 38, height: 20 }, { text: 'world', x: 0, y: 60, width: 40, height: 20 }] },
  ],
};

const shift = (box: FixtureBox, dx: number): FixtureBox => ({ ...box, x: box.x + dx });

describe('compareLayout', () => {
  it('accepts identical trees and half-pixel noise', () => {
    expect(compareLayout(expected, expected)).toEqual([]);
    const noisy: FixtureBox = { ...expected, width: 200.5, children: [shift(expected.children[0] as FixtureBox, 0.5), expected.children[1]!] };
    expect(compareLayout(noisy, expected)).toEqual([]);
  });

  it('reports a box shifted by 2 px with its path', () => {
    const moved: FixtureBox = { ...expected, children: [shift(expected.children[0] as FixtureBox, 2), expected.children[1]!] };
    expect(compareLayout(moved, expected)).toEqual(['root > [0] x: 12 vs browser 10']);
  });

  it('reports different line breaks', () => {
    const oneLine: FixtureBox = { ...expected, children: [expected.children[0]!, { text: 'hello world', lines: [{ text: 'hello world', x: 0, y: 40, width: 80, height: 20 }] }] };
    expect(compareLayout(oneLine, expected)[0]).toContain('line breaks');
  });

  it('reports line geometry beyond the tolerances', () => {
    const wide: FixtureBox = { ...expected, children: [expected.children[0]!, { text: 'hello world', lines: [{ text: 'hello', x: 0, y: 40, width: 41, height: 20 }, { text: 'world', x: 0, y: 64, width: 40, height: 20 }] }] };
    expect(compareLayout(wide, expected)).toEqual(['root > [1] (text) line 0 width: 41 vs browser 38', 'root > [1] (text) line 1 y: 64 vs browser 60']);
  });
});
