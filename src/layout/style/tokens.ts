// CSS value tokenising helpers: split on spaces, commas or slashes outside parentheses and quotes.
import { isWhiteSpaceCode } from '../text/white-space-code.js';

/** Splits `value` on `separator` (a single character, or ' ' for any whitespace) at nesting depth 0. */
export function splitTopLevel(value: string, separator: ' ' | ',' | '/'): string[] {
  // By UTF-16 unit with slices, not per-character concatenation: a data: URL value is megabytes long.
  // Every special character is ASCII and /\s/ matches no surrogate, so units behave as code points here.
  const parts: string[] = [];
  const separatorCode = separator.charCodeAt(0);
  let depth = 0;
  let quote = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      quote = code;
      continue;
    }
    if (code === OPEN_PAREN) depth++;
    else if (code === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    const isSeparator = depth === 0 && (separator === ' ' ? isWhiteSpaceCode(code) : code === separatorCode);
    if (isSeparator) {
      if (separator !== ' ' || i > start) parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  const current = value.slice(start);
  if (current.trim() !== '' || separator !== ' ') parts.push(current.trim());
  return parts.filter((part, i, all) => separator !== ' ' || part !== '' || all.length === 1);
}

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** Lower-cased keyword form of a value. */
export function keyword(value: string): string {
  return value.trim().toLowerCase();
}

/** camelCase property name to kebab-case CSS name (for messages). */
export function cssName(name: string): string {
  if (name.startsWith('--')) return name;
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return /^(webkit|moz|ms)-/.test(kebab) ? `-${kebab}` : kebab;
}
