// Characters of cursive scripts (Arabic, Syriac, N'Ko, Mongolian…), which browsers give no letter-spacing.

const CURSIVE = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const SPACE = /\s/;

/**
 * 1 for each UTF-16 index whose character is in a cursive script run: cursive letters, and
 * punctuation, digits and marks that follow them (script itemization gives those the script
 * before them); spaces keep their spacing. Null when the text has no cursive character.
 */
export function cursiveMask(text: string): Uint8Array | null {
  if (!CURSIVE.test(text)) return null;
  const mask = new Uint8Array(text.length);
  let inCursive = false;
  let index = 0;
  for (const char of text) {
    if (CURSIVE.test(char)) inCursive = true;
    else if (!NEUTRAL.test(char)) inCursive = false;
    if (inCursive && !SPACE.test(char)) mask.fill(1, index, index + char.length);
    index += char.length;
  }
  return mask;
}
