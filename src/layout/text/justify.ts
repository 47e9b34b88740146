// Justification opportunities as Blink counts them: after spaces, and around CJK ideographs, kana and CJK punctuation.

/** Han, kana, CJK symbols and punctuation, fullwidth forms (Blink's IsCJKIdeographOrSymbol, roughly). */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

function isCjkAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && CJK.test(String.fromCodePoint(code));
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Start index of the character that ends at `index` (the one before it, surrogate pairs whole). */
function charBefore(text: string, index: number): number {
  return index >= 2 && isLowSurrogate(text, index - 1) ? index - 2 : index - 1;
}

/**
 * True when justification space goes right after character `index` of a line whose visible text
 * ends at `end`: the character is a space, or a CJK character is on either side of the boundary.
 */
export function isJustifyOpportunity(text: string, index: number, end: number): boolean {
  const next = index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
  if (next >= end || isLowSurrogate(text, index)) return false;
  if (text[index] === ' ') return true;
  return isCjkAt(text, charBefore(text, next)) || isCjkAt(text, next);
}
