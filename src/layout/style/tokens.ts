// CSS value tokenising helpers: split on spaces, commas or slashes outside parentheses and quotes.

/** Splits `value` on `separator` (a single character, or ' ' for any whitespace) at nesting depth 0. */
export function splitTopLevel(value: string, separator: ' ' | ',' | '/'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of value) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const isSeparator = depth === 0 && (separator === ' ' ? /\s/.test(ch) : ch === separator);
    if (isSeparator) {
      if (separator !== ' ' || current !== '') parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '' || separator !== ' ') parts.push(current.trim());
  return parts.filter((part, i, all) => separator !== ' ' || part !== '' || all.length === 1);
}

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
