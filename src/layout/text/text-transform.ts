// text-transform applied before shaping; keeps one output character per input UTF-16 unit where it can.
import type { TextTransform } from '../style/types.js';

/**
 * Upper/lower-cases or capitalises text with the language's case rules (`lang`: Turkish i → İ, as
 * browsers do). When a character's case mapping changes the length (e.g. ß → SS), the character is
 * kept as is so that indices still map to the source text. `lang` is a canonical tag or ''.
 */
export function applyTextTransform(text: string, transform: TextTransform, lang = ''): string {
  if (transform === 'none') return text;
  const locale = lang === '' ? undefined : lang;
  let out = '';
  let wordStart = true;
  for (const char of text) {
    let mapped = char;
    if (transform === 'uppercase' || (transform === 'capitalize' && wordStart)) mapped = char.toLocaleUpperCase(locale);
    else if (transform === 'lowercase') mapped = char.toLocaleLowerCase(locale);
    out += mapped.length === char.length ? mapped : char;
    wordStart = /[\s\-\u2010(\[{"'“‘]/u.test(char) || (wordStart && !/[\p{L}\p{N}]/u.test(char));
  }
  return out;
}
