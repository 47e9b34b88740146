// inset and outset borders shade their sides as Chromium draws them (values read from its screenshots).
import { describe, expect, it } from 'vitest';
import { borderSideColor } from '../../src/raster/display-list/border-shade.js';

const rgb = (r: number, g: number, b: number) => ({ r, g, b, a: 1 });
const channels = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b];

describe('borderSideColor', () => {
  it('darkens top and left of inset borders and lightens bottom and right, the other way for outset', () => {
    expect(channels(borderSideColor('inset', 'top', rgb(128, 128, 128)))).toEqual([44, 44, 44]);
    expect(channels(borderSideColor('inset', 'right', rgb(128, 128, 128)))).toEqual([212, 212, 212]);
    expect(channels(borderSideColor('outset', 'left', rgb(59, 130, 246)))).toEqual([61, 135, 255]);
    expect(channels(borderSideColor('outset', 'bottom', rgb(59, 130, 246)))).toEqual([38, 85, 162]);
    expect(channels(borderSideColor('inset', 'top', rgb(220, 38, 38)))).toEqual([136, 23, 23]);
    expect(channels(borderSideColor('inset', 'bottom', rgb(220, 38, 38)))).toEqual([255, 44, 44]);
  });

  it('turns black into greys and leaves other styles alone', () => {
    expect(channels(borderSideColor('inset', 'top', rgb(0, 0, 0)))).toEqual([84, 84, 84]);
    expect(channels(borderSideColor('inset', 'bottom', rgb(0, 0, 0)))).toEqual([168, 168, 168]);
    expect(channels(borderSideColor('solid', 'top', rgb(128, 128, 128)))).toEqual([128, 128, 128]);
  });
});
