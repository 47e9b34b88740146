// Whether a font's OpenType lookups (GSUB, GPOS, and kern/AAT tables) can involve the space glyph: if none can, words shape alone.
import type { FontFace } from './font-face.js';
import { harfbuzzFont } from './harfbuzz.js';
import { tableDirectory, tablesByTag } from './sfnt-directory.js';
import { anyAt, anyCovers, anyKernPair, anyRule, anySubtable, classOf, covers, MALFORMED, nonZeroValues, Reader, USE_MARK_FILTERING_SET, valueRecordSize } from './otl-reader.js';

/**
 * Per table, whether some lookup may read or change the space glyph (true) or certainly cannot (false).
 * Any table that cannot be read completely (an offset out of bounds, an unknown format) answers true.
 */
export interface SpaceInLookups {
  readonly gsub: boolean;
  readonly gpos: boolean;
  /** The tables HarfBuzz shapes with besides GSUB/GPOS: a `kern` pair with the space, or any AAT morx/mort/kerx table. */
  readonly other: boolean;
}

const ALL_INVOLVED: SpaceInLookups = { gsub: true, gpos: true, other: true };

// ---- Context and chained context (GSUB 5/6, GPOS 7/8) ----


/** SequenceContext (GSUB 5, GPOS 7): glyph, class or coverage sequences. */
function contextHasSpace(r: Reader, at: number, space: number): boolean {
  const format = r.u16(at);
  if (format === 3) {
    const glyphCount = r.u16(at + 2);
    return anyCovers(r, at, at + 6, glyphCount, space);
  }
  if (format !== 1 && format !== 2) throw MALFORMED;
  if (covers(r, r.offset16(at, at + 2), space)) return true;
  // Format 1 rules hold glyph ids, format 2 rules classes of one ClassDef; the first glyph is the coverage's.
  const wanted = format === 1 ? space : classOf(r, r.offset16(at, at + 4), space);
  const setList = format === 1 ? at + 4 : at + 6;
  return anyRule(r, at, setList, (rule) => r.holds(rule + 4, Math.max(0, r.u16(rule) - 1), wanted));
}

/** ChainedSequenceContext (GSUB 6, GPOS 8): backtrack, input and lookahead as glyphs, classes or coverages. */
function chainedContextHasSpace(r: Reader, at: number, space: number): boolean {
  const format = r.u16(at);
  if (format === 3) {
    let cursor = at + 2;
    for (let part = 0; part < 3; part++) {
      const count = r.u16(cursor);
      if (anyCovers(r, at, cursor + 2, count, space)) return true;
      cursor += 2 + count * 2;
    }
    return false;
  }
  if (format !== 1 && format !== 2) throw MALFORMED;
  if (covers(r, r.offset16(at, at + 2), space)) return true;
  // What the space is in each part: its glyph id (format 1), or its class in that part's ClassDef (format 2).
  const wanted = format === 1 ? [space, space, space] : [4, 6, 8].map((field) => classOf(r, r.offset16(at, at + field), space));
  const setList = format === 1 ? at + 4 : at + 10;
  return anyRule(r, at, setList, (rule) => {
    let cursor = rule;
    for (let part = 0; part < 3; part++) {
      const declared = r.u16(cursor);
      // The input part's count includes its first glyph, which the rule does not repeat.
      const count = part === 1 ? Math.max(0, declared - 1) : declared;
      if (r.holds(cursor + 2, count, wanted[part]!)) return true;
      cursor += 2 + count * 2;
    }
    return false;
  });
}

// ---- GSUB ----

function ligatureHasSpace(r: Reader, at: number, space: number): boolean {
  if (r.u16(at) !== 1) throw MALFORMED;
  if (covers(r, r.offset16(at, at + 2), space)) return true;
  return anyRule(r, at, at + 4, (ligature) => r.holds(ligature + 4, Math.max(0, r.u16(ligature + 2) - 1), space));
}

function reverseChainHasSpace(r: Reader, at: number, space: number): boolean {
  if (r.u16(at) !== 1) throw MALFORMED;
  if (covers(r, r.offset16(at, at + 2), space)) return true;
  const backtrack = r.u16(at + 4);
  const lookahead = at + 6 + backtrack * 2;
  return anyCovers(r, at, at + 6, backtrack, space) || anyCovers(r, at, lookahead + 2, r.u16(lookahead), space);
}

function gsubSubtableHasSpace(r: Reader, type: number, at: number, space: number): boolean {
  switch (type) {
    case 1: // single
    case 2: // multiple
    case 3: // alternate: each format keeps its coverage at offset 2
      if (r.u16(at) < 1 || r.u16(at) > (type === 1 ? 2 : 1)) throw MALFORMED;
      return covers(r, r.offset16(at, at + 2), space);
    case 4:
      return ligatureHasSpace(r, at, space);
    case 5:
      return contextHasSpace(r, at, space);
    case 6:
      return chainedContextHasSpace(r, at, space);
    case 8:
      return reverseChainHasSpace(r, at, space);
    default:
      throw MALFORMED;
  }
}

// ---- GPOS ----

/**
 * PairPos. The space as first glyph: it is in the coverage. As second glyph: format 1 lists it in a
 * PairSet; format 2 lists it in a class of ClassDef2 (Blink's collect_glyphs counts that too), or leaves
 * it in class 0, which pairs with every first glyph: then it is involved only if some class-1 row has
 * a non-zero value record for class 0 (a pair whose values are all zero moves nothing).
 */
function pairHasSpace(r: Reader, at: number, space: number): boolean {
  const format = r.u16(at);
  if (format !== 1 && format !== 2) throw MALFORMED;
  if (covers(r, r.offset16(at, at + 2), space)) return true;
  const recordSize = valueRecordSize(r.u16(at + 4)) + valueRecordSize(r.u16(at + 6));
  if (format === 1) {
    return anyAt(r, at, at + 10, r.u16(at + 8), (set) => {
      const stride = 2 + recordSize;
      const count = r.u16(set);
      for (let i = 0; i < count; i++) if (r.u16(set + 2 + i * stride) === space) return true;
      return false;
    });
  }
  const class1Count = r.u16(at + 12);
  const class2Count = r.u16(at + 14);
  const class2 = classOf(r, r.offset16(at, at + 10), space);
  if (class2 >= class2Count) throw MALFORMED;
  if (class2 !== 0) return true;
  for (let class1 = 0; class1 < class1Count; class1++) {
    if (nonZeroValues(r, at + 16 + class1 * class2Count * recordSize, recordSize)) return true;
  }
  return false;
}

function gposSubtableHasSpace(r: Reader, type: number, at: number, space: number): boolean {
  switch (type) {
    case 1: // single adjustment
    case 3: // cursive attachment: entry and exit join neighbours
      if (r.u16(at) < 1 || r.u16(at) > (type === 1 ? 2 : 1)) throw MALFORMED;
      return covers(r, r.offset16(at, at + 2), space);
    case 2:
      return pairHasSpace(r, at, space);
    case 4: // mark to base
    case 5: // mark to ligature
    case 6: // mark to mark: the mark coverage and the base/ligature/mark2 coverage
      if (r.u16(at) !== 1) throw MALFORMED;
      return covers(r, r.offset16(at, at + 2), space) || covers(r, r.offset16(at, at + 4), space);
    case 7:
      return contextHasSpace(r, at, space);
    case 8:
      return chainedContextHasSpace(r, at, space);
    default:
      throw MALFORMED;
  }
}

// ---- Lookup lists, lookup flags and GDEF ----

type SubtableCheck = (r: Reader, type: number, at: number, space: number) => boolean;

/** Lookup types that only ever look at one glyph (GSUB 1-3, GPOS 1): skipping the space cannot join words through them. */
export const SINGLE_GLYPH = { GSUB: new Set([1, 2, 3]), GPOS: new Set([1]) };

/** How HarfBuzz sees the space when lookups skip glyphs (their LookupFlag): its GDEF glyph class and mark sets. */
export interface SpaceProperties {
  /** GDEF glyph class: 1 base, 2 ligature, 3 mark, 4 component, 0 unclassified. */
  readonly glyphClass: number;
  readonly markAttachClass: number;
  /** Whether mark glyph set `index` holds the space. */
  readonly inMarkSet: (index: number) => boolean;
}

/**
 * The space's glyph class and mark sets from GDEF. Without glyph classes HarfBuzz derives them from
 * Unicode, where U+0020 (Zs) is a base glyph.
 */
export function spaceProperties(gdef: Uint8Array | undefined, space: number): SpaceProperties {
  if (!gdef) return { glyphClass: 1, markAttachClass: 0, inMarkSet: () => false };
  const r = new Reader(gdef);
  const minor = r.u16(2);
  const glyphClassDef = r.offset16(0, 4);
  const markSets = minor >= 2 ? r.offset16(0, 12) : null;
  return {
    glyphClass: glyphClassDef === null ? 1 : classOf(r, glyphClassDef, space),
    markAttachClass: classOf(r, r.offset16(0, 10), space),
    inMarkSet: (index) => {
      if (markSets === null || index >= r.u16(markSets + 2)) return false;
      const coverage = r.u32(markSets + 4 + index * 4);
      return coverage !== 0 && covers(r, markSets + coverage, space);
    },
  };
}

const IGNORE_BASE = 0x2;
const IGNORE_LIGATURES = 0x4;
const IGNORE_MARKS = 0x8;

/** Whether a lookup with this flag steps over the space, so that its sequences can span two words. */
export function skipsSpace(flag: number, markFilteringSet: number, space: SpaceProperties): boolean {
  switch (space.glyphClass) {
    case 1:
      return (flag & IGNORE_BASE) !== 0;
    case 2:
      return (flag & IGNORE_LIGATURES) !== 0;
    case 3:
      if (flag & IGNORE_MARKS) return true;
      if (flag & USE_MARK_FILTERING_SET) return !space.inMarkSet(markFilteringSet);
      return (flag >> 8) !== 0 && (flag >> 8) !== space.markAttachClass;
    default:
      return false;
  }
}

/** HarfBuzz looks for the base of a mark-to-base or mark-to-ligature attachment stepping over every mark, whatever the lookup's flag. */
export function extraIgnored(tag: 'GSUB' | 'GPOS', type: number): number {
  return tag === 'GPOS' && (type === 4 || type === 5) ? IGNORE_MARKS : 0;
}

/** Whether any lookup of a GSUB or GPOS table involves the space glyph, or skips it in a sequence. */
function tableHasSpace(table: Uint8Array, tag: 'GSUB' | 'GPOS', space: number, properties: SpaceProperties): boolean {
  const r = new Reader(table);
  const check: SubtableCheck = tag === 'GSUB' ? gsubSubtableHasSpace : gposSubtableHasSpace;
  return anySubtable(r, tag, ({ type, flag, markFilteringSet, at }) => check(r, type, at, space) || (!SINGLE_GLYPH[tag].has(type) && skipsSpace(flag | extraIgnored(tag, type), markFilteringSet, properties)));
}

// ---- kern and AAT ----

/**
 * Whether a `kern` table has a non-zero pair with the space (HarfBuzz applies it when GPOS has no kern
 * feature). Format 0 pairs are read, in the OpenType (version 0) and Apple (version 1) headers; any other
 * subtable format counts as involved.
 */
function kernHasSpace(table: Uint8Array, space: number): boolean {
  return anyKernPair(table, (left, right) => left === space || right === space);
}

/** Apple's layout tables, which HarfBuzz shapes with instead of GSUB/GPOS: read by neither check, so they count as involving the space. */
export const AAT_TABLES = ['morx', 'mort', 'kerx'] as const;

/** A guarded answer: MALFORMED (or any other throw from a broken table) means involved. */
function guarded(answer: () => boolean): boolean {
  try {
    return answer();
  } catch {
    return true;
  }
}

/**
 * Whether any GSUB / GPOS lookup (or kern/AAT table) of a standalone sfnt can involve `spaceGlyph` as
 * input, backtrack, lookahead, ligature component, pair glyph, mark/base, cursive or context glyph, or
 * can skip over it inside a sequence. False only when certain; a table that cannot be read is true.
 * Wherever Blink's HasSpaceInLigaturesOrKerning (hb_ot_layout_lookup_collect_glyphs over every lookup)
 * finds the space, this does too; it also counts class 0 of class-based pairs and contexts, glyphs that
 * lookup flags step over, kern and AAT tables. Substitution outputs are not counted (Blink's leaves them out).
 */
export function spaceInLookups(sfnt: Uint8Array, spaceGlyph: number): SpaceInLookups {
  let tables: ReadonlyMap<string, Uint8Array>;
  try {
    tables = tablesByTag(tableDirectory(sfnt));
  } catch {
    return ALL_INVOLVED;
  }
  let properties: SpaceProperties;
  try {
    properties = spaceProperties(tables.get('GDEF'), spaceGlyph);
  } catch {
    return ALL_INVOLVED;
  }
  const lookups = (tag: 'GSUB' | 'GPOS'): boolean => {
    const table = tables.get(tag);
    return table !== undefined && guarded(() => tableHasSpace(table, tag, spaceGlyph, properties));
  };
  const kern = tables.get('kern');
  return {
    gsub: lookups('GSUB'),
    gpos: lookups('GPOS'),
    other: AAT_TABLES.some((tag) => tables.has(tag)) || (kern !== undefined && guarded(() => kernHasSpace(kern, spaceGlyph))),
  };
}

const SPACE = 0x20;

/**
 * Whether text in this face can be cut at spaces and each word shaped alone (Blink's CachingWordShaper):
 * the face maps U+0020 to a glyph and no table involves it. Not kept: space-triggers.ts's wordShaping
 * asks once per font file and keeps its answer.
 */
export function canShapeWordByWord(face: FontFace): boolean {
  const space = harfbuzzFont(face).nominalGlyph(SPACE);
  const involved = space === undefined ? ALL_INVOLVED : spaceInLookups(face.sfnt, space);
  return !involved.gsub && !involved.gpos && !involved.other;
}
