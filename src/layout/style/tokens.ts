// CSS value tokenising helpers: split on spaces, commas or slashes outside parentheses and quotes.
import { isWhiteSpaceCode } from '../text/white-space-code.js';

/** Splits `value` on `separator` (a single character, or ' ' for any whitespace) at nesting depth 0. */
export function splitTopLevel(value: string, separator: ' ' | ',' | '/'): string[] {
  // By UTF-16 unit with slices, not per-character concatenation: a data: URL value is megabytes long.
  // Every special character is ASCII and /\s/ matches no surrogate, so units behave as code points here.
  // Inside quotes and parentheses only quotes and parentheses matter: those stretches (a url()'s
  // megabytes) are jumped over with indexOf instead of read unit by unit.
  const parts: string[] = [];
  const separatorCode = separator.charCodeAt(0);
  const nested = new NestedStretch(value);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const close = value.indexOf(code === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
      continue;
    }
    if (code === OPEN_PAREN) depth++;
    else if (code === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (depth > 0) {
      // Up to the next quote or parenthesis, less one: the loop's i++ lands on it.
      i = nested.nextSpecial(i + 1) - 1;
      continue;
    }
    const isSeparator = separator === ' ' ? isWhiteSpaceCode(code) : code === separatorCode;
    if (isSeparator) {
      if (separator !== ' ' || i > start) parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  const current = value.slice(start);
  if (current.trim() !== '' || separator !== ' ') parts.push(current.trim());
  return parts.filter((part, i, all) => separator !== ' ' || part !== '' || all.length === 1);
}

/** The next quote or parenthesis of a value from a position, in linear time over all calls with rising positions. */
class NestedStretch {
  /** Next index of `"`, `'`, `(` and `)` at or after the last asked position (value.length: none). */
  private readonly next = [-1, -1, -1, -1];

  constructor(private readonly value: string) {}

  nextSpecial(from: number): number {
    let nearest = this.value.length;
    for (let k = 0; k < SPECIALS.length; k++) {
      let at = this.next[k]!;
      if (at < from) {
        at = this.value.indexOf(SPECIALS[k]!, from);
        this.next[k] = at < 0 ? this.value.length : at;
        at = this.next[k]!;
      }
      if (at < nearest) nearest = at;
    }
    return nearest;
  }
}

const SPECIALS = ['"', "'", '(', ')'] as const;
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
