// fontFeatureSettings and fontVariationSettings: parsing, errors naming the value, inheritance.
import { describe, expect, it } from 'vitest';
import { fontFeatureSettings, fontVariationSettings } from '../../../src/layout/style/font-settings.js';
import { styleOf } from './style-fixture.js';

describe('font settings', () => {
  it('reads features with on, off and numbers; the last setting of a tag wins', () => {
    expect(fontFeatureSettings('"tnum", \'ss01\' on, "liga" 0, "salt" 2, "tnum" off')).toEqual([
      { tag: 'ss01', value: 1 },
      { tag: 'liga', value: 0 },
      { tag: 'salt', value: 2 },
      { tag: 'tnum', value: 0 },
    ]);
    expect(fontFeatureSettings('normal')).toEqual([]);
  });

  it('reads variation axes with numbers', () => {
    expect(fontVariationSettings('"wght" 650, "wdth" 87.5')).toEqual([{ tag: 'wght', value: 650 }, { tag: 'wdth', value: 87.5 }]);
  });

  it.each([['tnum'], ['"tnu"'], ['"tnum" maybe']])('refuses the feature setting %j', (value) => {
    expect(() => styleOf({ fontFeatureSettings: value })).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining(JSON.stringify(value)) }));
  });

  it('refuses a variation setting without a number', () => {
    expect(() => styleOf({ fontVariationSettings: '"wght"' })).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE' }));
  });

  it('inherits both properties', () => {
    const parent = styleOf({ fontFeatureSettings: '"tnum"', fontVariationSettings: '"wght" 700' });
    const child = styleOf({}, parent);
    expect(child.fontFeatureSettings).toEqual([{ tag: 'tnum', value: 1 }]);
    expect(child.fontVariationSettings).toEqual([{ tag: 'wght', value: 700 }]);
  });
});
