// MVAR: a variable instance's decoration and line metrics follow its axes; static faces and default instances keep the tables' values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';

const recursive = (): Uint8Array => new Uint8Array(readFileSync(join(repositoryRoot, 'node_modules/@fontsource-variable/recursive/files/recursive-latin-standard-normal.woff2')));

describe('MVAR metrics of variable instances', () => {
  it('moves underline and strikeout metrics with wght, as Recursive defines them', async () => {
    const fonts = await FontRegistry.create([{ name: 'Recursive', data: recursive(), weight: [300, 1000] }]);
    const light = fonts.chain(['Recursive'], 300, 'normal')[0]!;
    const black = fonts.chain(['Recursive'], 1000, 'normal')[0]!;
    // The default instance (wght 300) has the post/OS2 values; wght 1000 has those plus MVAR's unds/undo/strs/stro deltas.
    expect(light.decoration).toEqual({ underlinePosition: -205, underlineThickness: 45, strikeoutPosition: 284, strikeoutSize: 45 });
    expect(black.decoration).toEqual({ underlinePosition: -145, underlineThickness: 150, strikeoutPosition: 314, strikeoutSize: 80 });
    // Recursive's MVAR has no line-metric tags, so the line metrics stay.
    expect([black.ascent, black.descent, black.lineGap]).toEqual([light.ascent, light.descent, light.lineGap]);
  });

  it('interpolates between the masters', async () => {
    const fonts = await FontRegistry.create([{ name: 'Recursive', data: recursive(), weight: [300, 1000] }]);
    const regular = fonts.chain(['Recursive'], 700, 'normal')[0]!;
    expect(regular.decoration.underlineThickness).toBeGreaterThan(45);
    expect(regular.decoration.underlineThickness).toBeLessThan(150);
  });
});
