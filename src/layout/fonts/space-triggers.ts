// The characters that can make a font's lookups reach across a space: the glyphs of every rule that involves the space, traced back through substitutions to the cmap.
import type { FontFace } from './font-face.js';
import { cmapCodePoints, harfbuzzFont } from './harfbuzz.js';
import { anyKernPair, anySubtable, classDefGlyphs, coverageGlyphs, forEachRule, MALFORMED, nonZeroValues, Reader, u16Array, valueRecordSize, type LookupSubtable } from './otl-reader.js';
import { tableDirectory, tablesByTag } from './sfnt-directory.js';
import { AAT_TABLES, canShapeWordByWord, extraIgnored, SINGLE_GLYPH, skipsSpace, spaceProperties, type SpaceProperties } from './space-lookups.js';

/**
 * How text in a face may be cut at spaces before shaping (Blink's CachingWordShaper, refined):
 * - words: no lookup involves the space, every space cuts;
 * - guarded: a space cuts only where no word near it holds a character that can reach a rule with the space;
 * - whole: the text is shaped in one piece.
 */
export type WordShaping =
  | { readonly kind: 'words' }
  | { readonly kind: 'whole' }
  | {
      readonly kind: 'guarded';
      /**
       * How many words away across a space the characters of text[start, end) can reach a rule with
       * the space (0: none can): a space is cut only where no word reaches it.
       */
      readonly reachOf: (text: string, start: number, end: number) => number;
      /** The farthest any character reaches. */
      readonly reach: number;
    };

/** One position of a rule's glyph sequence: the glyphs it matches (null: any glyph, a class 0) and whether the space is one of them. */
interface Position {
  readonly glyphs: readonly number[] | null;
  readonly space: boolean;
}

/** The glyphs next to which a space may not be cut; `unbounded` once some rule with the space matches glyphs without limit. */
class TriggerGlyphs {
  unbounded = false;
  /** Trigger glyphs, each with how many words away from a space it can lie and still match across it. */
  readonly glyphs = new Map<number, number>();
  /** The space glyph and what substitutions of one glyph (GSUB 1-3, 8) can make of it: each stands where a space was. */
  constructor(readonly spaces: ReadonlySet<number>) {}

  /**
   * A rule's sequence. For each position that can hold a space glyph, a match crossing a space there also
   * holds a glyph of each position that cannot: a word that many positions away at most, so within that
   * many words. The smallest such set becomes triggers, with that distance as their reach. With no position
   * that can hold a space the rule cannot span one; with no bounded position that cannot (only spaces,
   * or class 0), nothing bounds it.
   */
  sequence(positions: readonly Position[]): void {
    positions.forEach((position, k) => {
      if (!position.space || this.unbounded) return;
      let best: readonly number[] | null = null;
      let distance = 0;
      positions.forEach((other, q) => {
        if (other.space || other.glyphs === null) return;
        if (best === null || other.glyphs.length < best.length || (other.glyphs.length === best.length && Math.abs(q - k) < distance)) {
          best = other.glyphs;
          distance = Math.abs(q - k);
        }
      });
      if (best === null) {
        this.unbounded = true;
        return;
      }
      for (const glyph of best as readonly number[]) this.glyphs.set(glyph, Math.max(distance, this.glyphs.get(glyph) ?? 0));
    });
  }

  glyph(glyph: number): Position {
    return { glyphs: [glyph], space: this.spaces.has(glyph) };
  }

  /** Positions by glyph list (coverages are listed once per table and shared by many rules). */
  private readonly positions = new WeakMap<readonly number[], Position>();

  coverage(glyphs: readonly number[]): Position {
    let position = this.positions.get(glyphs);
    if (!position) this.positions.set(glyphs, (position = { glyphs, space: glyphs.some((glyph) => this.spaces.has(glyph)) }));
    return position;
  }

  /** A ClassDef's classes and the classes of the space glyphs in it (0 for a space glyph it leaves out). */
  classes(r: Reader, at: number | null): Classes {
    const byClass = classDefGlyphs(r, at);
    const listed = new Map<number, number>();
    for (const [value, glyphs] of byClass) for (const glyph of glyphs) listed.set(glyph, value);
    return { byClass, classOf: (glyph) => listed.get(glyph) ?? 0, spaceClasses: new Set([...this.spaces].map((glyph) => listed.get(glyph) ?? 0)) };
  }
}

/** A ClassDef's classes, by class and by glyph, and the classes of the space glyphs. */
interface Classes {
  readonly byClass: ReadonlyMap<number, readonly number[]>;
  readonly classOf: (glyph: number) => number;
  readonly spaceClasses: ReadonlySet<number>;
}

/** A class position: class 0 is every glyph the ClassDef leaves out, so it has no bound. */
const classPosition = (c: Classes, value: number): Position => ({ glyphs: value === 0 ? null : (c.byClass.get(value) ?? []), space: c.spaceClasses.has(value) });

/** SequenceContext (GSUB 5, GPOS 7) and ChainedSequenceContext (GSUB 6, GPOS 8), every format. */
function contextRules(r: Reader, at: number, chained: boolean, sink: TriggerGlyphs): void {
  const format = r.u16(at);
  if (format === 3) {
    const coverageAt = (offset: number): Position => sink.coverage(coverageGlyphs(r, at + offset));
    if (!chained) {
      sink.sequence(u16Array(r, at + 6, r.u16(at + 2)).map(coverageAt));
      return;
    }
    const positions: Position[] = [];
    let cursor = at + 2;
    for (let part = 0; part < 3; part++) {
      const count = r.u16(cursor);
      positions.push(...u16Array(r, cursor + 2, count).map(coverageAt));
      cursor += 2 + count * 2;
    }
    sink.sequence(positions);
    return;
  }
  if (format !== 1 && format !== 2) throw MALFORMED;
  const coverage = coverageGlyphs(r, r.offset16(at, at + 2));
  const first = sink.coverage(coverage);
  // Format 2: the input ClassDef (and, chained, the backtrack and lookahead ones) name the rules' classes.
  const parts = format === 2 ? (chained ? [4, 6, 8] : [4, 4, 4]).map((field) => sink.classes(r, r.offset16(at, at + field))) : null;
  const setList = at + (format === 1 ? 4 : chained ? 10 : 6);
  const position = (part: number, value: number): Position => (parts ? classPosition(parts[part]!, value) : sink.glyph(value));
  forEachRule(r, at, setList, (setIndex, rule) => {
    // The first input glyph: the coverage glyph of the set (format 1), or the coverage glyphs of the set's class (format 2; all of them, a bound).
    const head: Position = parts ? { glyphs: coverage, space: coverage.some((glyph) => sink.spaces.has(glyph) && parts[1]!.classOf(glyph) === setIndex) } : sink.glyph(coverage[setIndex] ?? -1);
    if (!chained) {
      sink.sequence([head, ...u16Array(r, rule + 4, Math.max(0, r.u16(rule) - 1)).map((value) => position(1, value))]);
      return;
    }
    const positions: Position[] = [];
    let cursor = rule;
    for (let part = 0; part < 3; part++) {
      const declared = r.u16(cursor);
      const count = part === 1 ? Math.max(0, declared - 1) : declared;
      if (part === 1) positions.push(head);
      positions.push(...u16Array(r, cursor + 2, count).map((value) => position(part, value)));
      cursor += 2 + count * 2;
    }
    sink.sequence(positions);
  });
}

/** Ligatures: the first glyph (its set's coverage glyph) and the components. */
function ligatureRules(r: Reader, at: number, sink: TriggerGlyphs): void {
  if (r.u16(at) !== 1) throw MALFORMED;
  const coverage = coverageGlyphs(r, r.offset16(at, at + 2));
  forEachRule(r, at, at + 4, (setIndex, ligature) => {
    sink.sequence([sink.glyph(coverage[setIndex] ?? -1), ...u16Array(r, ligature + 4, Math.max(0, r.u16(ligature + 2) - 1)).map((glyph) => sink.glyph(glyph))]);
  });
}

/** ReverseChainSingleSubst: backtrack, input and lookahead coverages. */
function reverseChainRules(r: Reader, at: number, sink: TriggerGlyphs): void {
  if (r.u16(at) !== 1) throw MALFORMED;
  const coverageAt = (offset: number): Position => sink.coverage(coverageGlyphs(r, at + offset));
  const backtrack = r.u16(at + 4);
  const lookahead = at + 6 + backtrack * 2;
  sink.sequence([sink.coverage(coverageGlyphs(r, r.offset16(at, at + 2))), ...u16Array(r, at + 6, backtrack).map(coverageAt), ...u16Array(r, lookahead + 2, r.u16(lookahead)).map(coverageAt)]);
}

/** PairPos: each pair with the space, as first or second glyph, that moves something. */
function pairRules(r: Reader, at: number, sink: TriggerGlyphs): void {
  const format = r.u16(at);
  if (format !== 1 && format !== 2) throw MALFORMED;
  const coverage = coverageGlyphs(r, r.offset16(at, at + 2));
  const recordSize = valueRecordSize(r.u16(at + 4)) + valueRecordSize(r.u16(at + 6));
  if (format === 1) {
    const setCount = r.u16(at + 8);
    for (let s = 0; s < setCount; s++) {
      const set = r.offset16(at, at + 10 + s * 2);
      if (set === null) continue;
      const stride = 2 + recordSize;
      const count = r.u16(set);
      for (let i = 0; i < count; i++) {
        if (nonZeroValues(r, set + 4 + i * stride, recordSize)) sink.sequence([sink.glyph(coverage[s] ?? -1), sink.glyph(r.u16(set + 2 + i * stride))]);
      }
    }
    return;
  }
  const first = sink.classes(r, r.offset16(at, at + 8));
  const second = sink.classes(r, r.offset16(at, at + 10));
  const class1Count = r.u16(at + 12);
  const class2Count = r.u16(at + 14);
  const moves = (class1: number, class2: number): boolean => nonZeroValues(r, at + 16 + (class1 * class2Count + class2) * recordSize, recordSize);
  // The first glyphs of each class-1 row: the coverage glyphs in that class (class 0: those ClassDef1 leaves out).
  const firstByClass = new Map<number, number[]>();
  for (const glyph of coverage) {
    const value = first.classOf(glyph);
    let glyphs = firstByClass.get(value);
    if (!glyphs) firstByClass.set(value, (glyphs = []));
    glyphs.push(glyph);
  }
  const row = (class1: number): Position => sink.coverage(firstByClass.get(class1) ?? []);
  for (let class1 = 0; class1 < class1Count; class1++) {
    const firstGlyphs = row(class1);
    for (let class2 = 0; class2 < class2Count; class2++) {
      // Only pairs with a space glyph, first (a row that holds one) or second (a column of one).
      if ((firstGlyphs.space || second.spaceClasses.has(class2)) && moves(class1, class2)) sink.sequence([firstGlyphs, classPosition(second, class2)]);
    }
  }
}

function gsubRules(r: Reader, type: number, at: number, sink: TriggerGlyphs): void {
  switch (type) {
    case 1:
    case 2:
    case 3: // one glyph alone: what they make of a space is among the space glyphs
      return;
    case 4:
      return ligatureRules(r, at, sink);
    case 5:
    case 6:
      return contextRules(r, at, type === 6, sink);
    case 8:
      return reverseChainRules(r, at, sink);
    default:
      throw MALFORMED;
  }
}

function gposRules(r: Reader, type: number, at: number, sink: TriggerGlyphs): void {
  switch (type) {
    case 1: // one glyph alone
      return;
    case 2:
      return pairRules(r, at, sink);
    case 3: // cursive attachment chains any glyphs of its coverage
      if (sink.coverage(coverageGlyphs(r, r.offset16(at, at + 2))).space) sink.unbounded = true;
      return;
    case 4:
    case 5:
    case 6: // mark attachment: the mark coverage and the base / ligature / mark2 coverage
      return sink.sequence([sink.coverage(coverageGlyphs(r, r.offset16(at, at + 4))), sink.coverage(coverageGlyphs(r, r.offset16(at, at + 2)))]);
    case 7:
    case 8:
      return contextRules(r, at, type === 8, sink);
    default:
      throw MALFORMED;
  }
}

/** Every rule of a GSUB or GPOS table into the sink; a lookup whose flag steps over the space has no bound. */
function tableRules(table: Uint8Array, tag: 'GSUB' | 'GPOS', sink: TriggerGlyphs, properties: readonly SpaceProperties[]): void {
  const r = new Reader(table);
  const rules = tag === 'GSUB' ? gsubRules : gposRules;
  const unknownVersion = anySubtable(r, tag, ({ type, flag, markFilteringSet, at }: LookupSubtable) => {
    if (!SINGLE_GLYPH[tag].has(type) && properties.some((space) => skipsSpace(flag | extraIgnored(tag, type), markFilteringSet, space))) sink.unbounded = true;
    else rules(r, type, at, sink);
    return sink.unbounded;
  });
  if (unknownVersion) sink.unbounded = true;
}

/** `kern` format 0 pairs with the space; any other subtable format has no bound. */
function kernRules(table: Uint8Array, sink: TriggerGlyphs): void {
  const unreadable = anyKernPair(table, (left, right) => {
    sink.sequence([sink.glyph(left), sink.glyph(right)]);
    return false;
  });
  if (unreadable) sink.unbounded = true;
}

/** GSUB's substitutions: output glyph → the glyphs it can be made from, and, for substitutions of one glyph (GSUB 1-3, 8), glyph → what it can become. */
interface Substitutions {
  readonly sources: ReadonlyMap<number, readonly number[]>;
  readonly singleTargets: ReadonlyMap<number, readonly number[]>;
}

function substitutions(table: Uint8Array | undefined): Substitutions {
  const sources = new Map<number, number[]>();
  const singleTargets = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, key: number, values: readonly number[]): void => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(...values);
  };
  const single = (input: number | undefined, output: number): void => {
    if (input === undefined) return;
    push(sources, output, [input]);
    push(singleTargets, input, [output]);
  };
  if (!table) return { sources, singleTargets };
  const r = new Reader(table);
  anySubtable(r, 'GSUB', ({ type, at }) => {
    if (type < 1 || (type > 4 && type !== 8)) return false;
    const coverage = coverageGlyphs(r, r.offset16(at, at + 2));
    const format = r.u16(at);
    if (type === 8) {
      const backtrack = r.u16(at + 4);
      const lookahead = at + 6 + backtrack * 2;
      const outputs = lookahead + 2 + r.u16(lookahead) * 2;
      u16Array(r, outputs + 2, r.u16(outputs)).forEach((output, i) => single(coverage[i], output));
    } else if (type === 1 && format === 1) {
      const delta = r.u16(at + 4);
      for (const glyph of coverage) single(glyph, (glyph + delta) & 0xffff);
    } else if (type === 1) {
      u16Array(r, at + 6, r.u16(at + 4)).forEach((output, i) => single(coverage[i], output));
    } else if (type === 4) {
      forEachRule(r, at, at + 4, (setIndex, ligature) => push(sources, r.u16(ligature), [coverage[setIndex] ?? -1, ...u16Array(r, ligature + 4, Math.max(0, r.u16(ligature + 2) - 1))]));
    } else {
      // Multiple (2) and alternate (3): a set of output glyphs per coverage glyph.
      const count = r.u16(at + 4);
      for (let i = 0; i < count; i++) {
        const set = r.offset16(at, at + 6 + i * 2);
        if (set !== null) for (const output of u16Array(r, set + 2, r.u16(set))) single(coverage[i], output);
      }
    }
    return false;
  });
  return { sources, singleTargets };
}

/** The glyphs with every glyph that `edges` lead to from one of them, to a fixed point. */
function closure(glyphs: Iterable<number>, edges: ReadonlyMap<number, readonly number[]>): Set<number> {
  return new Set(reachClosure(new Map([...glyphs].map((glyph) => [glyph, 0])), edges).keys());
}

/** Glyphs with a reach, and every glyph that `edges` lead to from one of them with (at least) its reach, to a fixed point. */
function reachClosure(glyphs: ReadonlyMap<number, number>, edges: ReadonlyMap<number, readonly number[]>): Map<number, number> {
  const closed = new Map(glyphs);
  const pending = [...closed.keys()];
  for (let glyph = pending.pop(); glyph !== undefined; glyph = pending.pop()) {
    const reach = closed.get(glyph)!;
    for (const next of edges.get(glyph) ?? []) {
      if ((closed.get(next) ?? -1) < reach) {
        closed.set(next, reach);
        pending.push(next);
      }
    }
  }
  return closed;
}

const isVariationSelector = (code: number): boolean => (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);

/**
 * Per code point, how far a character reaches: its glyph's reach, or the farthest of all for a
 * character outside the cmap (HarfBuzz may decompose it or map it to another character's glyph) and for
 * a variation selector; the characters of a reaching character's canonical decomposition reach as far
 * (HarfBuzz composes).
 */
function reachingCharacters(face: FontFace, triggers: ReadonlyMap<number, number>): WordShaping {
  const font = harfbuzzFont(face);
  const farthest = Math.max(...triggers.values());
  // BMP: reach + 1 (0: not in the cmap, the farthest); astral characters of the cmap in a map.
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  const set = (code: number, reach: number): void => {
    if (code < 0x10000) bmp[code] = Math.max(bmp[code]! - 1, reach) + 1;
    else astral.set(code, Math.max(astral.get(code) ?? 0, reach));
  };
  const reaching: [number, number][] = [];
  for (const code of cmapCodePoints(face)) {
    const glyph = font.nominalGlyph(code);
    const reach = glyph === undefined || isVariationSelector(code) ? farthest : (triggers.get(glyph) ?? 0);
    set(code, reach);
    if (reach > 0) reaching.push([code, reach]);
  }
  // A part outside the cmap already reaches the farthest.
  const inCmap = (code: number): boolean => (code < 0x10000 ? bmp[code] !== 0 : astral.has(code));
  for (const [code, reach] of reaching) {
    for (const part of String.fromCodePoint(code).normalize('NFD')) if (inCmap(part.codePointAt(0)!)) set(part.codePointAt(0)!, reach);
  }
  return {
    kind: 'guarded',
    reach: farthest,
    reachOf: (text, start, end) => {
      let reach = 0;
      for (let i = start; i < end; i++) {
        const unit = text.charCodeAt(i);
        let own: number;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          own = astral.get(text.codePointAt(i)!) ?? farthest;
          i++;
        } else {
          const stored = bmp[unit]!;
          own = stored === 0 ? farthest : stored - 1;
        }
        if (own > reach) reach = own;
      }
      return reach;
    },
  };
}

const WHOLE: WordShaping = { kind: 'whole' };
const WORDS: WordShaping = { kind: 'words' };

/**
 * How a face's text may be cut at spaces, for a face whose lookups involve the space glyph: guarded by
 * the characters that can reach a rule with the space, or whole when some such rule has no bound (a class
 * 0, two spaces, a substituted or moved space, a lookup that steps over it, AAT tables, a table that
 * cannot be read).
 */
export function spaceTriggers(face: FontFace, spaceGlyph: number): WordShaping {
  try {
    const tables = tablesByTag(tableDirectory(face.sfnt));
    if (AAT_TABLES.some((tag) => tables.has(tag))) return WHOLE;
    const substituted = substitutions(tables.get('GSUB'));
    const sink = new TriggerGlyphs(closure([spaceGlyph], substituted.singleTargets));
    const properties = [...sink.spaces].map((glyph) => spaceProperties(tables.get('GDEF'), glyph));
    for (const tag of ['GSUB', 'GPOS'] as const) {
      const table = tables.get(tag);
      if (table && !sink.unbounded) tableRules(table, tag, sink, properties);
    }
    const kern = tables.get('kern');
    if (kern && !sink.unbounded) kernRules(kern, sink);
    if (sink.unbounded) return WHOLE;
    if (sink.glyphs.size === 0) return WORDS;
    // A character drawn with a space glyph (a no-break space in some fonts) reaches as far as any: a match could pass through it.
    const farthest = Math.max(...sink.glyphs.values());
    for (const space of sink.spaces) sink.glyphs.set(space, farthest);
    return reachingCharacters(face, reachClosure(sink.glyphs, substituted.sources));
  } catch {
    return WHOLE;
  }
}

/** By the face's sfnt bytes: the answer depends on the font file only, so a variable font's instances share it. */
const bySfnt = new WeakMap<Uint8Array, WordShaping>();

/** How text in this face may be cut at spaces before shaping; computed once per font file (tens of ms for a large font). */
export function wordShaping(face: FontFace): WordShaping {
  let shaping = bySfnt.get(face.sfnt);
  if (!shaping) {
    const space = harfbuzzFont(face).nominalGlyph(0x20);
    shaping = canShapeWordByWord(face) ? WORDS : space === undefined ? WHOLE : spaceTriggers(face, space);
    bySfnt.set(face.sfnt, shaping);
  }
  return shaping;
}

/** Shapings of a font file before its tables are analysed: a one-off render (a cold start, an edge request) shapes whole and never pays for it. */
export const SHAPES_BEFORE_ANALYSIS = 32;
const uses = new WeakMap<Uint8Array, number>();

/**
 * wordShaping, once the font file has been shaped SHAPES_BEFORE_ANALYSIS times; 'whole' before (the
 * same glyphs, only slower to shape again).
 */
export function wordShapingOnceUsed(face: FontFace): WordShaping {
  const known = bySfnt.get(face.sfnt);
  if (known) return known;
  const count = (uses.get(face.sfnt) ?? 0) + 1;
  if (count <= SHAPES_BEFORE_ANALYSIS) {
    uses.set(face.sfnt, count);
    return WHOLE;
  }
  return wordShaping(face);
}
