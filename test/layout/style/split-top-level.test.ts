// splitTopLevel() jumps over quoted and parenthesised stretches: it splits random values exactly as a unit-by-unit reading does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTopLevel } from '../../../src/layout/style/tokens.js';

/** The unit-by-unit reading splitTopLevel replaced (the reference). */
function unitByUnit(value: string, separator: ' ' | ',' | '/'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quote !== '') {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (separator === ' ' ? /\s/.test(char) : char === separator)) {
      if (separator !== ' ' || i > start) parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  const current = value.slice(start);
  if (current.trim() !== '' || separator !== ' ') parts.push(current.trim());
  return parts.filter((part, i, all) => separator !== ' ' || part !== '' || all.length === 1);
}

const piece = fc.constantFrom('(', ')', '((', '))', '"', "'", ' ', '\t', '\u00a0', ',', '/', 'a', 'rgba(0,0,0,.5)', 'url(data:x;base64,QUJD)', 'red', '10px');
const value = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('splitTopLevel', () => {
  it('splits like a unit-by-unit reading, for every separator', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(' ', ',', '/'), (text, separator: ' ' | ',' | '/') => {
        expect(splitTopLevel(text, separator)).toEqual(unitByUnit(text, separator));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a data: URL with commas inside url() whole', () => {
    const photo = `url(data:image/jpeg;base64,${'QUJD'.repeat(50_000)}) no-repeat, linear-gradient(red, blue)`;
    expect(splitTopLevel(photo, ',')).toEqual([photo.slice(0, photo.indexOf(', linear')), 'linear-gradient(red, blue)']);
  });
});
