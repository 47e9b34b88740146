// Dictionary word breaks in Thai (class SA): inside Thai runs only, at word boundaries.
import { describe, expect, it } from 'vitest';
import { dictionaryBreaks } from '../../../src/layout/text/dictionary-breaks.js';

describe('dictionaryBreaks', () => {
  it('finds the word boundaries of Thai text without spaces', () => {
    const text = 'สวัสดีครับ';
    expect(dictionaryBreaks(text)).toEqual([6]);
  });

  it('adds nothing outside SA scripts, and offsets breaks by the run start', () => {
    expect(dictionaryBreaks('Hello world 日本語')).toEqual([]);
    expect(dictionaryBreaks('ab สวัสดีครับ')).toEqual([9]);
  });
});
