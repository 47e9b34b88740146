// Unicode bidi (UAX #9, through bidi-js): embedding levels of a paragraph, then visual order and mirroring per line.
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { Direction } from '../style/types.js';

const bidi = bidiFactory();
/** bidi-js has the paired-bracket lookups at run time; its type declarations leave them out. */
const brackets = bidi as typeof bidi & { closingToOpeningBracket(char: string): string | null; openingToClosingBracket(char: string): string | null };

/** The opening bracket a closing one pairs with (Unicode Bidi_Paired_Bracket), or null for other characters. */
export function openingBracketOf(char: string): string | null {
  return brackets.closingToOpeningBracket(char);
}

/** Whether the character opens a bracket pair (Unicode Bidi_Paired_Bracket_Type Open). */
export function isOpeningBracket(char: string): boolean {
  return brackets.openingToClosingBracket(char) !== null;
}

/** Right-to-left letters and the explicit RTL marks, embeddings, overrides and isolates. */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export interface BidiParagraph {
  readonly text: string;
  readonly embedding: EmbeddingLevels;
  readonly rtl: boolean;
}

/**
 * Levels of the paragraph's text, or null when everything is left-to-right (no reordering needed).
 * `auto` (unicode-bidi: plaintext) takes each paragraph's direction from its first strong character.
 */
export function paragraphBidi(text: string, direction: Direction | 'auto'): BidiParagraph | null {
  if (direction !== 'rtl' && !RTL_CHAR.test(text)) return null;
  const embedding = direction === 'auto' ? bidi.getEmbeddingLevels(text) : bidi.getEmbeddingLevels(text, direction);
  return { text, embedding, rtl: direction === 'auto' ? ((embedding.paragraphs[0]?.level ?? 0) & 1) === 1 : direction === 'rtl' };
}

/** True when the (bidi) paragraph holding character `index` runs right to left. */
export function baseRtlAt(paragraph: BidiParagraph, index: number): boolean {
  const found = paragraph.embedding.paragraphs.find((p) => index >= p.start && index <= p.end);
  return found ? (found.level & 1) === 1 : paragraph.rtl;
}

/** True when character `index` resolves to a right-to-left level. */
export function isRtlAt(paragraph: BidiParagraph, index: number): boolean {
  return ((paragraph.embedding.levels[index] ?? 0) & 1) === 1;
}

/** Indices of text[start, end) in visual (left-to-right) order, trailing whitespace at the paragraph level (rule L1). */
export function visualOrder(paragraph: BidiParagraph, start: number, end: number): number[] {
  // Rule L1 by hand (bidi-js leaves a line's trailing whitespace inside its run): it goes to the paragraph's end side.
  let trimmed = end;
  while (trimmed > start && WHITESPACE.test(paragraph.text[trimmed - 1]!)) trimmed--;
  const trailing = Array.from({ length: end - trimmed }, (_, i) => trimmed + i);
  const order = Array.from({ length: trimmed - start }, (_, i) => start + i);
  if (trimmed > start) reverseSegments(paragraph, order, start, trimmed);
  return baseRtlAt(paragraph, start) ? [...trailing.reverse(), ...order] : [...order, ...trailing];
}

const WHITESPACE = /[\t\n\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function reverseSegments(paragraph: BidiParagraph, order: number[], start: number, end: number): void {
  for (const [from, to] of bidi.getReorderSegments(paragraph.text, paragraph.embedding, start, end - 1)) {
    for (let a = from - start, b = to - start; a < b; a++, b--) {
      const swap = order[a]!;
      order[a] = order[b]!;
      order[b] = swap;
    }
  }
}

/** Index → mirrored character (brackets and the like) for right-to-left characters of text[start, end). */
export function mirroredCharacters(paragraph: BidiParagraph, start: number, end: number): Map<number, string> {
  if (end <= start) return new Map();
  return bidi.getMirroredCharactersMap(paragraph.text, paragraph.embedding.levels, start, end - 1);
}

interface BidiSource {
  readonly text: string;
  readonly blockStyle: { readonly direction: Direction; readonly paint: Readonly<Record<string, string | undefined>> };
}

/** The bidi levels of a paragraph's text under its block's direction (unicode-bidi: plaintext gives auto). */
export function bidiFor(source: BidiSource): BidiParagraph | null {
  const plaintext = source.blockStyle.paint.unicodeBidi?.trim().toLowerCase() === 'plaintext';
  return paragraphBidi(source.text, plaintext ? 'auto' : source.blockStyle.direction);
}
