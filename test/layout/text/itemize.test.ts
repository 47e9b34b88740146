// Itemization: script runs as Chromium cuts them, with a closing bracket in the script of the bracket it closes.
import { describe, expect, it } from 'vitest';
import { itemize } from '../../../src/layout/text/itemize.js';

const pieces = (text: string, levels?: Uint8Array) => itemize(text, levels).map((run) => text.slice(run.start, run.end));

describe('itemize', () => {
  it('joins spaces, digits and punctuation to the script before them', () => {
    expect(pieces('Hello мир 42 and ελληνικά!')).toEqual(['Hello ', 'мир 42 ', 'and ', 'ελληνικά!']);
  });

  it('gives a closing bracket the script of its opening bracket, and what follows joins it', () => {
    // Without pairing the ")" and the space after it would stay with the Cyrillic run.
    expect(pieces('Moscow (Москва) is big')).toEqual(['Moscow (', 'Москва', ') is big']);
    // Nested pairs close in order; a bracket opened in the Cyrillic run closes in it.
    expect(pieces('a [б (c) д] e')).toEqual(['a [', 'б (', 'c', ') д', '] e']);
    // A closing bracket without an opening one joins the script before it.
    expect(pieces('мир) ok')).toEqual(['мир) ', 'ok']);
  });

  it('splits where the direction changes even inside one script', () => {
    const text = 'abc def';
    expect(pieces(text, Uint8Array.from([0, 0, 0, 0, 1, 1, 1]))).toEqual(['abc ', 'def']);
  });
});
