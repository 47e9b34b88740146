// Line-break opportunities: UAX #14 (linebreak) adjusted for white-space, word-break and atomic inlines.
import LineBreaker from 'linebreak';
import type { WhiteSpace, WordBreak } from '../style/types.js';
import { dictionaryBreaks } from './dictionary-breaks.js';
import { graphemes, mayHaveEmoji } from './emoji.js';

export interface BreakRules {
  readonly whiteSpace: WhiteSpace;
  readonly wordBreak: WordBreak;
}

/** Break kinds per position p (a break between p−1 and p): 0 none, 1 allowed, 2 forced. */
export type BreakKinds = Uint8Array;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Break opportunities of the processed paragraph text; `rulesAt(p)` gives the rules of character p. */
export function breakOpportunities(text: string, rulesAt: (index: number) => BreakRules): BreakKinds {
  const kinds = new Uint8Array(text.length + 1);
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position <= 0) continue;
    kinds[bk.position] = bk.required && text[bk.position - 1] === '\n' ? 2 : 1;
  }
  for (let p = 1; p < text.length; p++) {
    const before = rulesAt(p - 1);
    const after = rulesAt(p);
    if (text[p - 1] === '\n') {
      kinds[p] = 2;
      continue;
    }
    const noWrap = before.whiteSpace === 'nowrap' || before.whiteSpace === 'pre';
    // Like ICU's tailoring in browsers: no break after a solidus inside a word (URLs and paths stay whole).
    if (kinds[p] === 1 && text[p - 1] === '/' && !SPACE.test(text[p]!)) kinds[p] = 0;
    if (noWrap && kinds[p] === 1) kinds[p] = 0;
    const prev = text[p - 1]!;
    const next = text[p]!;
    if (before.wordBreak === 'keep-all' && kinds[p] === 1 && LETTER_OR_NUMBER.test(prev) && LETTER_OR_NUMBER.test(next)) kinds[p] = 0;
    if ((before.wordBreak === 'break-all' || after.wordBreak === 'break-all') && !noWrap && kinds[p] === 0 && !SPACE.test(prev) && !SPACE.test(next) && !isLowSurrogate(text.charCodeAt(p)) && !isCombining(next)) kinds[p] = 1;
  }
  // Thai and other SA scripts: breaks at dictionary word boundaries (unless the text may not wrap).
  for (const p of dictionaryBreaks(text)) {
    const rules = rulesAt(p - 1);
    if (kinds[p] === 0 && rules.whiteSpace !== 'nowrap' && rules.whiteSpace !== 'pre') kinds[p] = 1;
  }
  // Emoji sequences (ZWJ, skin tones, flags, keycaps) are one grapheme cluster: never break inside one.
  if (mayHaveEmoji(text)) {
    for (const { index, segment } of graphemes(text)) for (let p = index + 1; p < index + segment.length; p++) kinds[p] = 0;
  }
  kinds[text.length] = 2;
  return kinds;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isCombining(char: string): boolean {
  return /\p{M}/u.test(char);
}

/** Grapheme boundaries inside [start, end) of text, for breaking inside a word (overflow-wrap). */
export function graphemeBoundaries(text: string, start: number, end: number): number[] {
  const boundaries: number[] = [];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const segment of segmenter.segment(text.slice(start, end))) if (segment.index > 0) boundaries.push(start + segment.index);
  return boundaries;
}
