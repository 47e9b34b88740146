// Hyphenation: breaks after soft hyphens (hyphens: manual and auto) and at the pattern points of the text's language (auto), shown with a hyphen.
import { hasCodePoint } from '../fonts/harfbuzz.js';
import type { Hyphens } from '../style/hyphens.js';
import type { ComputedStyle } from '../style/types.js';
import type { BreakKinds } from './break-opportunities.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import { hyphenatorFor, type Hyphenator } from './hyphenation-languages.js';
import type { BreakUnit, Piece } from './paragraph-types.js';
import type { Shaper } from './shape.js';

/** Break kind of a hyphenation opportunity: the line ending there shows a hyphen. */
export const HYPHEN_BREAK = 3;

const SOFT_HYPHEN = '\u00ad';
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Shortest word hyphenated automatically (CSS hyphenate-limit-chars: auto is 5 2 2). */
const MIN_WORD = 5;
const MIN_PREFIX = 2;
const MIN_SUFFIX = 2;

/** Pattern points inside a word: offsets where it may be hyphenated. */
function patternPoints(word: string, hyphenator: Hyphenator): number[] {
  const marked = hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD });
  const points: number[] = [];
  let offset = 0;
  for (const char of marked) {
    if (char === SOFT_HYPHEN) points.push(offset);
    else offset += char.length;
  }
  return points.filter((p) => p >= MIN_PREFIX && word.length - p >= MIN_SUFFIX);
}

/**
 * Marks hyphenation opportunities in `kinds` (in place): after a soft hyphen unless hyphens is
 * none (where it is no break at all), and with hyphens: auto inside words that have no break
 * opportunity of their own, by the patterns of the word's language (none for a language without
 * patterns). `hyphensAt(i)`, `wraps(i)` and `langAt(i)` (a canonical BCP 47 tag, '' for none) describe character i.
 */
export function markHyphenation(kinds: BreakKinds, text: string, hyphensAt: (index: number) => Hyphens, wraps: (index: number) => boolean, langAt: (index: number) => string = () => ''): void {
  for (let i = text.indexOf(SOFT_HYPHEN); i >= 0; i = text.indexOf(SOFT_HYPHEN, i + 1)) {
    if (i + 1 >= text.length) continue;
    kinds[i + 1] = hyphensAt(i) === 'none' || !wraps(i) ? 0 : HYPHEN_BREAK;
  }
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    if (word.length < MIN_WORD || hyphensAt(start) !== 'auto' || !wraps(start)) continue;
    let free = true;
    for (let p = start + 1; p < start + word.length && free; p++) free = kinds[p] === 0;
    const hyphenator = free ? hyphenatorFor(langAt(start)) : null;
    if (!hyphenator) continue;
    for (const point of patternPoints(word, hyphenator)) kinds[start + point] = HYPHEN_BREAK;
  }
}

/** The hyphen a font shows: U+2010 when it has the glyph (as Chromium chooses), else the hyphen-minus. */
export function hyphenText(hasGlyph: (char: string) => boolean): string {
  return hasGlyph('\u2010') ? '\u2010' : '-';
}

/** Soft hyphens are invisible and take no room unless a line breaks after them (then the hyphen is added as a marker). */
export function hideSoftHyphens(pieces: Piece[], text: string): void {
  pieces.forEach((piece, index) => {
    if (piece.kind !== 'text' || !text.slice(piece.start, piece.end).includes(SOFT_HYPHEN)) return;
    const source = piece.shaped;
    const offsets = Float64Array.from(source.offsets);
    let removed = 0;
    const shiftAt = new Float64Array(offsets.length);
    for (let i = piece.start; i < piece.end; i++) {
      const local = i - piece.start;
      shiftAt[local] = removed;
      if (text[i] === SOFT_HYPHEN) removed += source.offsets[local + 1]! - source.offsets[local]!;
      offsets[local + 1] = source.offsets[local + 1]! - removed;
    }
    const glyphs = source.glyphs.filter((g) => text[piece.start + g.cluster] !== SOFT_HYPHEN).map((g) => ({ ...g, x: g.x - (shiftAt[g.cluster] ?? 0) }));
    pieces[index] = { ...piece, shaped: { width: offsets[offsets.length - 1]!, offsets, glyphs } };
  });
}

/** Units that end at a hyphenation opportunity carry the hyphen their line shows when it ends there. */
export function hyphenateUnits(units: readonly BreakUnit[], kinds: BreakKinds, textLength: number, styleAt: (index: number) => ComputedStyle, fonts: FontRegistry, shaper: Shaper): BreakUnit[] {
  return units.map((unit) => {
    if (kinds[unit.end] !== HYPHEN_BREAK || unit.end >= textLength) return unit;
    const style = styleAt(unit.end - 1);
    const chain = fonts.chainFor(style);
    const text = hyphenText((char) => (chain[0] ? hasCodePoint(chain[0], char.codePointAt(0)!) : false));
    return { ...unit, hyphen: { text, width: shaper(text, chain, style.fontSize, style.letterSpacing, style.wordSpacing, undefined, undefined, style.lang).width } };
  });
}
