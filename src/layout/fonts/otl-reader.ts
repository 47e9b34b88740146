// OpenType layout tables read by hand (GSUB/GPOS/GDEF): a bounds-checked reader, Coverage and ClassDef lookups and listings, and the lookup list walk.
/** Thrown by the reader on anything out of bounds or unknown; caught at the top, where it means "involved". */
export const MALFORMED = Symbol('malformed');

/** Big-endian reads that throw MALFORMED past the end of the table; it also remembers the answers of the tables it read for one glyph. */
export class Reader {
  private readonly view: DataView;
  /** Coverage and ClassDef answers by table offset (lookups share them), for the one glyph this reader asks about. */
  readonly coverages = new Map<number, boolean>();
  readonly classes = new Map<number, number>();
  /** Coverage listings by table offset (lookups share their coverages). */
  readonly coverageLists = new Map<number, readonly number[]>();

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw MALFORMED;
    return this.view.getUint16(at);
  }

  i16(at: number): number {
    return (this.u16(at) << 16) >> 16;
  }

  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw MALFORMED;
    return this.view.getUint32(at);
  }

  /** The table at a 16-bit offset stored at `at`, relative to `base`; null for a NULL offset. */
  offset16(base: number, at: number): number | null {
    const offset = this.u16(at);
    return offset === 0 ? null : base + offset;
  }

  /** Whether `value` is among the `count` 16-bit values from `at` (no array made: rule sets are read by the thousand). */
  holds(at: number, count: number, value: number): boolean {
    if (at + count * 2 > this.bytes.length) throw MALFORMED;
    for (let i = 0; i < count; i++) if (this.view.getUint16(at + i * 2) === value) return true;
    return false;
  }
}

// ---- Common tables: Coverage, ClassDef ----

/**
 * The index of the record (of `size` bytes, `count` from `at`) whose [first, last] glyph range at its
 * start holds the glyph, or -1. Every record is read: HarfBuzz's shaping searches them as sorted, but a
 * table that is not sorted must not hide the space from this check.
 */
export function findRecord(r: Reader, at: number, count: number, size: number, glyph: number, ranged: boolean): number {
  if (at + count * size > r.length) throw MALFORMED;
  for (let i = 0; i < count; i++) {
    const record = at + i * size;
    if (glyph >= r.u16(record) && glyph <= r.u16(ranged ? record + 2 : record)) return i;
  }
  return -1;
}

/** Whether the Coverage table at `at` lists the glyph (a NULL coverage lists nothing, as in HarfBuzz). */
export function covers(r: Reader, at: number | null, glyph: number): boolean {
  if (at === null) return false;
  let answer = r.coverages.get(at);
  if (answer === undefined) {
    const format = r.u16(at);
    if (format !== 1 && format !== 2) throw MALFORMED;
    answer = findRecord(r, at + 4, r.u16(at + 2), format === 1 ? 2 : 6, glyph, format === 2) >= 0;
    r.coverages.set(at, answer);
  }
  return answer;
}

/** The glyph's class in the ClassDef at `at`: 0 when it is not listed (or the ClassDef is NULL). */
export function classOf(r: Reader, at: number | null, glyph: number): number {
  if (at === null) return 0;
  let answer = r.classes.get(at);
  if (answer === undefined) {
    const format = r.u16(at);
    if (format === 1) {
      const start = r.u16(at + 2);
      const count = r.u16(at + 4);
      answer = glyph >= start && glyph < start + count ? r.u16(at + 6 + (glyph - start) * 2) : 0;
    } else if (format === 2) {
      const record = findRecord(r, at + 4, r.u16(at + 2), 6, glyph, true);
      answer = record < 0 ? 0 : r.u16(at + 4 + record * 6 + 4);
    } else {
      throw MALFORMED;
    }
    r.classes.set(at, answer);
  }
  return answer;
}

/** Whether `test` holds for a table at one of the `count` 16-bit offsets from `at`, relative to `base` (NULL offsets left out). */
export function anyAt(r: Reader, base: number, at: number, count: number, test: (table: number) => boolean): boolean {
  for (let i = 0; i < count; i++) {
    const offset = r.u16(at + i * 2);
    if (offset !== 0 && test(base + offset)) return true;
  }
  return false;
}

/** Whether a Coverage at one of `count` 16-bit offsets from `at` (relative to `base`) lists the glyph. */
export function anyCovers(r: Reader, base: number, at: number, count: number, glyph: number): boolean {
  return anyAt(r, base, at, count, (coverage) => covers(r, coverage, glyph));
}

/** The glyphs a Coverage table lists, in its order (index i is coverage index i); none for a NULL coverage. */
export function coverageGlyphs(r: Reader, at: number | null): readonly number[] {
  if (at === null) return [];
  let glyphs = r.coverageLists.get(at);
  if (!glyphs) r.coverageLists.set(at, (glyphs = listCoverage(r, at)));
  return glyphs;
}

function listCoverage(r: Reader, at: number): number[] {
  const format = r.u16(at);
  const count = r.u16(at + 2);
  if (format === 1) {
    if (at + 4 + count * 2 > r.length) throw MALFORMED;
    return Array.from({ length: count }, (_, i) => r.u16(at + 4 + i * 2));
  }
  if (format !== 2) throw MALFORMED;
  const glyphs: number[] = [];
  for (let i = 0; i < count; i++) {
    const record = at + 4 + i * 6;
    const first = r.u16(record);
    const last = r.u16(record + 2);
    for (let glyph = first; glyph <= last; glyph++) glyphs.push(glyph);
  }
  return glyphs;
}

/** Every glyph a ClassDef puts in a non-zero class, by class (class 0, "every other glyph", is not listed). */
export function classDefGlyphs(r: Reader, at: number | null): ReadonlyMap<number, readonly number[]> {
  const classes = new Map<number, number[]>();
  if (at === null) return classes;
  const put = (glyph: number, value: number): void => {
    if (value === 0) return;
    let glyphs = classes.get(value);
    if (!glyphs) classes.set(value, (glyphs = []));
    glyphs.push(glyph);
  };
  const format = r.u16(at);
  if (format === 1) {
    const start = r.u16(at + 2);
    const count = r.u16(at + 4);
    for (let i = 0; i < count; i++) put(start + i, r.u16(at + 6 + i * 2));
  } else if (format === 2) {
    const count = r.u16(at + 2);
    for (let i = 0; i < count; i++) {
      const record = at + 4 + i * 6;
      const value = r.u16(record + 4);
      for (let glyph = r.u16(record); glyph <= r.u16(record + 2); glyph++) put(glyph, value);
    }
  } else {
    throw MALFORMED;
  }
  return classes;
}

/** One subtable of a lookup, extension subtables resolved to what they wrap. */
export interface LookupSubtable {
  readonly type: number;
  readonly flag: number;
  readonly markFilteringSet: number;
  readonly at: number;
}

/** Calls `visit` on every subtable of every lookup of a GSUB or GPOS table until it returns true; whether one did. A table of an unknown version counts as true. */
export function anySubtable(r: Reader, tag: 'GSUB' | 'GPOS', visit: (subtable: LookupSubtable) => boolean): boolean {
  if (r.u16(0) !== 1) return true;
  const lookupList = r.offset16(0, 8);
  if (lookupList === null) return false;
  const extensionType = tag === 'GSUB' ? 7 : 9;
  return anyAt(r, lookupList, lookupList + 2, r.u16(lookupList), (lookup) => {
    const type = r.u16(lookup);
    const flag = r.u16(lookup + 2);
    const subtableCount = r.u16(lookup + 4);
    const markFilteringSet = flag & USE_MARK_FILTERING_SET ? r.u16(lookup + 6 + subtableCount * 2) : 0;
    return anyAt(r, lookup, lookup + 6, subtableCount, (subtable) => {
      let subtableType = type;
      if (type === extensionType) {
        if (r.u16(subtable) !== 1) throw MALFORMED;
        subtableType = r.u16(subtable + 2);
        if (subtableType === extensionType) throw MALFORMED;
        subtable += r.u32(subtable + 4);
      }
      return visit({ type: subtableType, flag, markFilteringSet, at: subtable });
    });
  });
}

export const USE_MARK_FILTERING_SET = 0x10;

/** Whether `test` holds for a rule of a non-NULL rule set listed at `at` (count, then offsets relative to `subtable`; each set a count and offsets to its rules). */
export function anyRule(r: Reader, subtable: number, at: number, test: (rule: number) => boolean): boolean {
  return anyAt(r, subtable, at + 2, r.u16(at), (set) => anyAt(r, set, set + 2, r.u16(set), test));
}

/** Calls `visit(setIndex, rule)` for every rule of every non-NULL rule set listed at `at` (as anyRule). */
export function forEachRule(r: Reader, subtable: number, at: number, visit: (setIndex: number, rule: number) => void): void {
  const setCount = r.u16(at);
  for (let s = 0; s < setCount; s++) {
    const set = r.offset16(subtable, at + 2 + s * 2);
    if (set === null) continue;
    const ruleCount = r.u16(set);
    for (let k = 0; k < ruleCount; k++) {
      const rule = r.offset16(set, set + 2 + k * 2);
      if (rule !== null) visit(s, rule);
    }
  }
}

/** `count` 16-bit values from `at`. */
export function u16Array(r: Reader, at: number, count: number): number[] {
  if (at + count * 2 > r.length) throw MALFORMED;
  return Array.from({ length: count }, (_, i) => r.u16(at + i * 2));
}

/** Bytes of a ValueRecord of this ValueFormat: two per flag set among the low eight bits. */
export function valueRecordSize(format: number): number {
  let size = 0;
  for (let bit = 0; bit < 8; bit++) if (format & (1 << bit)) size += 2;
  return size;
}

/** Whether any field of the `size` bytes of value records at `at` is non-zero (a device or variation offset counts). */
export function nonZeroValues(r: Reader, at: number, size: number): boolean {
  for (let i = 0; i < size; i += 2) if (r.u16(at + i) !== 0) return true;
  return false;
}

/**
 * Calls `visit(left, right)` on each non-zero pair of a `kern` table's format 0 subtables (OpenType
 * version 0 and Apple version 1 headers) until it returns true; true then, and true for a table it cannot
 * read through (another version or subtable format).
 */
export function anyKernPair(table: Uint8Array, visit: (left: number, right: number) => boolean): boolean {
  const r = new Reader(table);
  const version = r.u16(0);
  if (version > 1) return true;
  const apple = version === 1;
  const count = apple ? r.u32(4) : r.u16(2);
  let at = apple ? 8 : 4;
  for (let t = 0; t < count; t++) {
    const length = apple ? r.u32(at) : r.u16(at + 2);
    const format = apple ? r.u16(at + 4) & 0xff : r.u16(at + 4) >> 8;
    const pairs = at + (apple ? 8 : 6);
    if (format !== 0) return true;
    const pairCount = r.u16(pairs);
    for (let p = 0; p < pairCount; p++) {
      const pair = pairs + 8 + p * 6;
      if (r.i16(pair + 4) !== 0 && visit(r.u16(pair), r.u16(pair + 2))) return true;
    }
    // An OpenType subtable's 16-bit length may have wrapped on a big table: step by its pairs instead.
    at = apple ? at + length : pairs + 8 + pairCount * 6;
  }
  return false;
}
