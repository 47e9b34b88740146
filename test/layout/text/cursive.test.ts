// Cursive-script mask: Arabic letters and the punctuation after them get no letter-spacing; spaces and Latin do.
import { describe, expect, it } from 'vitest';
import { cursiveMask } from '../../../src/layout/text/cursive.js';

describe('cursiveMask', () => {
  it('marks Arabic letters and the punctuation that follows them, not spaces or Latin', () => {
    expect(Array.from(cursiveMask('ab مرحبا. cd')!)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('is null for text without a cursive script', () => {
    expect(cursiveMask('שלום world 日本')).toBeNull();
  });
});
