// isWhiteSpaceCode agrees with the regular expression it replaces on every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode } from '../../../src/layout/text/white-space-code.js';

describe('isWhiteSpaceCode', () => {
  it('matches /\\s/ for all 65,536 code units', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
