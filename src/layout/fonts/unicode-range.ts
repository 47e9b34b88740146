// CSS unicode-range descriptors: parsing `U+0000-00FF, U+4??` and testing code points against them.

/** Inclusive code point ranges, sorted by start. */
export type UnicodeRanges = readonly (readonly [number, number])[];

const MAX_CODE_POINT = 0x10ffff;
const TOKEN = /^u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i;

/** Parses a unicode-range value; returns an error message naming the bad part instead of throwing. */
export function parseUnicodeRange(value: string): UnicodeRanges | string {
  const ranges: [number, number][] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    const match = TOKEN.exec(part);
    if (!match) return `${JSON.stringify(part)} is not a unicode-range (expected U+XXXX, U+XXXX-YYYY or U+XX??)`;
    const [, first, last] = match as unknown as [string, string, string | undefined];
    let start: number;
    let end: number;
    if (first.includes('?')) {
      if (last !== undefined || !/^[0-9a-f]*\?+$/i.test(first)) return `${JSON.stringify(part)} mixes wildcards with a range`;
      start = Number.parseInt(first.replace(/\?/g, '0'), 16);
      end = Number.parseInt(first.replace(/\?/g, 'f'), 16);
    } else {
      start = Number.parseInt(first, 16);
      end = last === undefined ? start : Number.parseInt(last, 16);
    }
    if (start > MAX_CODE_POINT || end < start) return `${JSON.stringify(part)} is not an increasing range of code points`;
    ranges.push([start, Math.min(end, MAX_CODE_POINT)]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** True when the code point lies in one of the ranges (null ranges cover everything). */
export function coversCodePoint(ranges: UnicodeRanges | null, codePoint: number): boolean {
  if (ranges === null) return true;
  for (const [start, end] of ranges) {
    if (codePoint < start) return false;
    if (codePoint <= end) return true;
  }
  return false;
}
