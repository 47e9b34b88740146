// Decoration geometry against rows measured on Chromium's screenshots (Inter 16/22 px, baseline 26/31, ascent 16/21).
import { describe, expect, it } from 'vitest';
import { decorationLines } from '../../../src/raster/display-list/decoration-lines.js';

/** The painted pixel rows of a line: [top, bottom) with whole-pixel edges. */
const rows = (y: number, thickness: number): [number, number] => [y - thickness / 2, y + thickness / 2];

describe('decorationLines', () => {
  it('puts underlines max(1, ceil(t/2)) below the baseline, growing downward', () => {
    const at = { baseline: 26, ascent: 16, fontSize: 16 };
    const one = (explicit: number | null) => decorationLines(['underline'], at, explicit, null)[0]!;
    expect(rows(one(1).y, one(1).thickness)).toEqual([27, 28]);
    expect(rows(one(4).y, one(4).thickness)).toEqual([28, 32]);
    expect(rows(one(9).y, one(9).thickness)).toEqual([31, 40]);
    // auto: 1.6 px → painted 1 px.
    expect(rows(one(null).y, one(null).thickness)).toEqual([27, 28]);
  });

  it('centres line-through on baseline − ascent/3 and sets overlines on the text top', () => {
    const at = { baseline: 31, ascent: 21, fontSize: 22 };
    const through = (t: number) => decorationLines(['line-through'], at, t, null)[0]!;
    expect(rows(through(1).y, 1)).toEqual([24, 25]);
    expect(rows(through(2).y, 2)).toEqual([23, 25]);
    expect(rows(through(9).y, 9)).toEqual([20, 29]);
    const over = decorationLines(['overline'], at, 3, null)[0]!;
    expect(rows(over.y, over.thickness)).toEqual([7, 10]);
  });

  it('floors auto and from-font thicknesses, rounds explicit ones, never below 1 px', () => {
    const at = { baseline: 31, ascent: 21, fontSize: 22 };
    expect(decorationLines(['underline'], at, null, null)[0]!.thickness).toBe(2);
    expect(decorationLines(['underline'], at, null, 1.61)[0]!.thickness).toBe(1);
    expect(decorationLines(['underline'], at, 2.6, null)[0]!.thickness).toBe(3);
    expect(decorationLines(['underline'], at, 0.2, null)[0]!.thickness).toBe(1);
  });
});
