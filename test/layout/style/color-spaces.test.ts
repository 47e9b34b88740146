// Colours parse in every CSS Color 4 syntax from culori's CSS spaces alone; culori's own `color(--name ...)` spaces, which browsers refuse, are not colours.
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../../src/layout/style/color.js';

describe('parseColor with CSS colour spaces only', () => {
  it('parses every CSS syntax', () => {
    expect(parseColor('#0f172a')).toEqual({ r: 15, g: 23, b: 42, a: 1 });
    expect(parseColor('rebeccapurple')).toEqual({ r: 102, g: 51, b: 153, a: 1 });
    expect(parseColor('rgb(255 0 0 / 50%)')).toEqual({ r: 255, g: 0, b: 0, a: 0.5 });
    for (const text of ['hsl(120 100% 50%)', 'hwb(120 0% 0%)', 'lab(50% 40 30)', 'lch(50% 40 30)', 'oklab(0.6 0.1 0.1)', 'oklch(0.6 0.1 30)', 'color(display-p3 1 0 0)', 'color(srgb-linear 0.5 0.5 0.5)', 'color(rec2020 0.5 0.5 0.5)', 'color(a98-rgb 0.5 0.5 0.5)', 'color(prophoto-rgb 0.5 0.5 0.5)', 'color(xyz-d50 0.3 0.3 0.3)', 'color(xyz-d65 0.3 0.3 0.3)', 'color(xyz 0.3 0.3 0.3)']) {
      expect(parseColor(text), text).not.toBeNull();
    }
  });

  it('refuses culori-only spaces as a browser does', () => {
    expect(parseColor('color(--cubehelix 30 0.5 0.5)')).toBeNull();
    expect(parseColor('color(--jzazbz 0.1 0 0)')).toBeNull();
  });
});
