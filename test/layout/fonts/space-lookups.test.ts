// Space in lookups: each GSUB/GPOS lookup type and format that can involve the space, malformed tables, and real fonts checked by shaping word by word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FontFace } from '../../../src/layout/fonts/font-face.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { harfbuzzFont } from '../../../src/layout/fonts/harfbuzz.js';
import { writeSfnt } from '../../../src/layout/fonts/sfnt-writer.js';
import { canShapeWordByWord, spaceInLookups, type SpaceInLookups } from '../../../src/layout/fonts/space-lookups.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';
import { shapeAlone, type ShapedGlyph } from '../../helpers/shape-alone.js';

// ---- A tiny OpenType table assembler: nodes of 16-bit fields and offsets to child nodes, offsets relative to the node holding them ----

type Field = number | { readonly o16: Node } | { readonly o32: Node } | { readonly u32: number };
interface Node {
  readonly fields: readonly Field[];
}
const node = (...fields: Field[]): Node => ({ fields });
const o16 = (child: Node): Field => ({ o16: child });
const o32 = (child: Node): Field => ({ o32: child });
const fieldSize = (field: Field): number => (typeof field === 'number' || 'o16' in field ? 2 : 4);

/** The bytes of a node tree: each node once, children after their parents (breadth first). */
function assemble(root: Node): Uint8Array {
  const order: Node[] = [root];
  const at = new Map<Node, number>([[root, 0]]);
  let end = 0;
  for (let i = 0; i < order.length; i++) {
    const current = order[i]!;
    at.set(current, end);
    end += current.fields.reduce<number>((sum, field) => sum + fieldSize(field), 0);
    for (const field of current.fields) {
      const child = typeof field === 'object' && 'o16' in field ? field.o16 : typeof field === 'object' && 'o32' in field ? field.o32 : null;
      if (child && !order.includes(child)) order.push(child);
    }
  }
  const bytes = new Uint8Array(end);
  const view = new DataView(bytes.buffer);
  for (const current of order) {
    let cursor = at.get(current)!;
    for (const field of current.fields) {
      if (typeof field === 'number') view.setUint16(cursor, field & 0xffff);
      else if ('o16' in field) view.setUint16(cursor, at.get(field.o16)! - at.get(current)!);
      else if ('o32' in field) view.setUint32(cursor, at.get(field.o32)! - at.get(current)!);
      else view.setUint32(cursor, field.u32);
      cursor += fieldSize(field);
    }
  }
  return bytes;
}

const SPACE = 3;
const A = 10;
const B = 11;
const C = 12;
const tagOf = (text: string): number => text.split('').reduce((value, c) => value * 256 + c.charCodeAt(0), 0) >>> 0;

/** A font with only the given tables (what spaceInLookups reads). */
function sfntWith(tables: Record<string, Uint8Array>): Uint8Array {
  return writeSfnt(0x00010000, Object.entries(tables).map(([tag, data]) => ({ tag: tagOf(tag), checksum: 0, data })));
}

const coverage1 = (...glyphs: number[]): Node => node(1, glyphs.length, ...glyphs);
const coverage2 = (...ranges: [number, number][]): Node => node(2, ranges.length, ...ranges.flatMap(([start, end], i) => [start, end, i]));
const classDef1 = (start: number, ...classes: number[]): Node => node(1, start, classes.length, ...classes);
const classDef2 = (...ranges: [number, number, number][]): Node => node(2, ranges.length, ...ranges.flat());
const lookup = (type: number, subtables: Node[], flag = 0, markFilteringSet?: number): Node =>
  node(type, flag, subtables.length, ...subtables.map(o16), ...(markFilteringSet === undefined ? [] : [markFilteringSet]));
/** A GSUB or GPOS table (version 1.0; no scripts or features: every lookup is read). */
const layoutTable = (...lookups: Node[]): Uint8Array => assemble(node(1, 0, 0, 0, o16(node(lookups.length, ...lookups.map(o16)))));

const gsub = (...lookups: Node[]): SpaceInLookups => spaceInLookups(sfntWith({ GSUB: layoutTable(...lookups) }), SPACE);
const gpos = (...lookups: Node[]): SpaceInLookups => spaceInLookups(sfntWith({ GPOS: layoutTable(...lookups) }), SPACE);
const NONE: SpaceInLookups = { gsub: false, gpos: false, other: false };

// Context subtables shared by GSUB 5/6 and GPOS 7/8 (no SequenceLookupRecords: the reader does not need them).
const context1 = (first: Node, ...inputs: number[][]): Node => node(1, o16(first), 1, o16(node(inputs.length, ...inputs.map((input) => o16(node(input.length + 1, 0, ...input))))));
const context2 = (first: Node, classes: Node, ...rulesByClass: (number[][] | null)[]): Node =>
  node(2, o16(first), o16(classes), rulesByClass.length, ...rulesByClass.map((rules) => (rules === null ? 0 : o16(node(rules.length, ...rules.map((input) => o16(node(input.length + 1, 0, ...input))))))));
const context3 = (...coverages: Node[]): Node => node(3, coverages.length, 0, ...coverages.map(o16));
const chainRule = (backtrack: number[], input: number[], lookahead: number[]): Node => node(backtrack.length, ...backtrack, input.length + 1, ...input, lookahead.length, ...lookahead, 0);
const chain1 = (first: Node, ...rules: [number[], number[], number[]][]): Node => node(1, o16(first), 1, o16(node(rules.length, ...rules.map((rule) => o16(chainRule(...rule))))));
const chain2 = (first: Node, classes: [Node | null, Node | null, Node | null], ...rulesByClass: [number[], number[], number[]][][]): Node =>
  node(2, o16(first), ...classes.map((c) => (c === null ? 0 : o16(c))), rulesByClass.length, ...rulesByClass.map((rules) => o16(node(rules.length, ...rules.map((rule) => o16(chainRule(...rule)))))));
const chain3 = (backtrack: Node[], input: Node[], lookahead: Node[]): Node =>
  node(3, backtrack.length, ...backtrack.map(o16), input.length, ...input.map(o16), lookahead.length, ...lookahead.map(o16), 0);

describe('spaceInLookups: GSUB lookup types', () => {
  it('single (formats 1 and 2), multiple and alternate substitution: the space in the coverage', () => {
    expect(gsub(lookup(1, [node(1, o16(coverage1(A, SPACE)), 5)]))).toEqual({ ...NONE, gsub: true }); // unsorted, read whole
    expect(gsub(lookup(1, [node(2, o16(coverage2([1, 5])), 5, 20, 21, 22, 23, 24)]))).toEqual({ ...NONE, gsub: true });
    expect(gsub(lookup(1, [node(1, o16(coverage1(A, B)), 5)]))).toEqual(NONE);
    expect(gsub(lookup(2, [node(1, o16(coverage1(SPACE)), 0)])).gsub).toBe(true);
    expect(gsub(lookup(3, [node(1, o16(coverage2([A, C])), 0)])).gsub).toBe(false);
    expect(gsub(lookup(3, [node(1, o16(coverage2([2, 4])), 0)])).gsub).toBe(true);
  });

  it('an output of the space does not count (as in Blink): only glyphs a lookup reads', () => {
    expect(gsub(lookup(1, [node(2, o16(coverage1(A)), 1, SPACE)])).gsub).toBe(false);
  });

  it('ligature substitution: the space as first glyph or as a later component', () => {
    const ligatures = (first: Node, components: number[]): Node => node(1, o16(first), 1, o16(node(1, o16(node(99, components.length + 1, ...components)))));
    expect(gsub(lookup(4, [ligatures(coverage1(A), [B, C])])).gsub).toBe(false);
    expect(gsub(lookup(4, [ligatures(coverage1(A), [SPACE, C])])).gsub).toBe(true);
    expect(gsub(lookup(4, [ligatures(coverage1(SPACE), [A])])).gsub).toBe(true);
  });

  it('context format 1 (glyph sequences): the space first or in an input sequence', () => {
    expect(gsub(lookup(5, [context1(coverage1(A), [B, C])])).gsub).toBe(false);
    expect(gsub(lookup(5, [context1(coverage1(A), [B, SPACE])])).gsub).toBe(true);
    expect(gsub(lookup(5, [context1(coverage1(SPACE), [B])])).gsub).toBe(true);
  });

  it('context format 2 (classes): the space is involved through its class, class 0 included when it is unlisted', () => {
    const classes = classDef2([A, A, 1], [B, B, 2], [SPACE, SPACE, 3]);
    expect(gsub(lookup(5, [context2(coverage1(A), classes, null, [[2, 2]])])).gsub).toBe(false);
    expect(gsub(lookup(5, [context2(coverage1(A), classes, null, [[2, 3]])])).gsub).toBe(true);
    // The space is not listed: class 0. A rule that reads class 0 involves it, one that does not leaves it out.
    const noSpace = classDef1(A, 1, 2);
    expect(gsub(lookup(5, [context2(coverage1(A), noSpace, null, [[2]])])).gsub).toBe(false);
    expect(gsub(lookup(5, [context2(coverage1(A), noSpace, null, [[0, 2]])])).gsub).toBe(true);
  });

  it('context format 3 (coverages): the space in any position', () => {
    expect(gsub(lookup(5, [context3(coverage1(A), coverage1(B))])).gsub).toBe(false);
    expect(gsub(lookup(5, [context3(coverage1(A), coverage2([2, 3]))])).gsub).toBe(true);
  });

  it('chained context format 1: the space in the backtrack, input or lookahead', () => {
    expect(gsub(lookup(6, [chain1(coverage1(A), [[B], [C], [B]])])).gsub).toBe(false);
    expect(gsub(lookup(6, [chain1(coverage1(A), [[SPACE], [C], [B]])])).gsub).toBe(true);
    expect(gsub(lookup(6, [chain1(coverage1(A), [[B], [SPACE], [B]])])).gsub).toBe(true);
    expect(gsub(lookup(6, [chain1(coverage1(A), [[], [], [C, SPACE]])])).gsub).toBe(true);
  });

  it('chained context format 2: the space by its class in each part, class 0 of a missing ClassDef included', () => {
    const classes = classDef1(A, 1, 2); // A: 1, B: 2, the space: 0
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, classes, classes], [], [[[2], [2], [1]]])])).gsub).toBe(false);
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, classes, classes], [], [[[0], [2], [1]]])])).gsub).toBe(true);
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, classes, classes], [], [[[], [2], [0]]])])).gsub).toBe(true);
    // No lookahead ClassDef: every glyph is in class 0 there.
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, classes, null], [], [[[], [2], [0]]])])).gsub).toBe(true);
    // The space in class 3 of the input ClassDef, read as input.
    const spaceClass = classDef2([A, A, 1], [SPACE, SPACE, 3]);
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, spaceClass, classes], [], [[[1], [3], []]])])).gsub).toBe(true);
    expect(gsub(lookup(6, [chain2(coverage1(A), [classes, spaceClass, classes], [], [[[1], [1], []]])])).gsub).toBe(false);
  });

  it('chained context format 3: the space in a backtrack, input or lookahead coverage', () => {
    expect(gsub(lookup(6, [chain3([coverage1(B)], [coverage1(A)], [coverage1(C)])])).gsub).toBe(false);
    expect(gsub(lookup(6, [chain3([coverage1(SPACE)], [coverage1(A)], [])])).gsub).toBe(true);
    expect(gsub(lookup(6, [chain3([], [coverage1(A)], [coverage1(B), coverage2([SPACE, SPACE])])])).gsub).toBe(true);
  });

  it('extension (type 7) is unwrapped to the lookup it holds', () => {
    const extension = (type: number, subtable: Node): Node => node(1, type, o32(subtable));
    expect(gsub(lookup(7, [extension(1, node(1, o16(coverage1(SPACE)), 1))])).gsub).toBe(true);
    expect(gsub(lookup(7, [extension(1, node(1, o16(coverage1(A)), 1))])).gsub).toBe(false);
    expect(gsub(lookup(7, [extension(7, node(1, o16(coverage1(A)), 1))])).gsub).toBe(true); // an extension of an extension is malformed
  });

  it('reverse chaining single substitution (type 8): the space in the coverage, backtrack or lookahead', () => {
    const reverse = (first: Node, backtrack: Node[], lookahead: Node[]): Node => node(1, o16(first), backtrack.length, ...backtrack.map(o16), lookahead.length, ...lookahead.map(o16), 0);
    expect(gsub(lookup(8, [reverse(coverage1(A), [coverage1(B)], [coverage1(C)])])).gsub).toBe(false);
    expect(gsub(lookup(8, [reverse(coverage1(A), [coverage1(SPACE)], [])])).gsub).toBe(true);
    expect(gsub(lookup(8, [reverse(coverage1(A), [], [coverage1(SPACE)])])).gsub).toBe(true);
  });
});

describe('spaceInLookups: GPOS lookup types', () => {
  it('single adjustment and cursive attachment: the space in the coverage', () => {
    expect(gpos(lookup(1, [node(1, o16(coverage1(SPACE)), 4, 100)]))).toEqual({ ...NONE, gpos: true });
    expect(gpos(lookup(1, [node(1, o16(coverage1(A)), 4, 100)]))).toEqual(NONE);
    expect(gpos(lookup(3, [node(1, o16(coverage1(SPACE)), 0)])).gpos).toBe(true);
    expect(gpos(lookup(3, [node(1, o16(coverage1(A)), 0)])).gpos).toBe(false);
  });

  it('pair adjustment format 1: the space as first glyph or as the second glyph of a PairSet', () => {
    const pairs = (first: Node, seconds: number[]): Node => node(1, o16(first), 4, 0, 1, o16(node(seconds.length, ...seconds.flatMap((second) => [second, -50]))));
    expect(gpos(lookup(2, [pairs(coverage1(A), [B, C])])).gpos).toBe(false);
    expect(gpos(lookup(2, [pairs(coverage1(A), [B, SPACE])])).gpos).toBe(true);
    expect(gpos(lookup(2, [pairs(coverage1(SPACE), [B])])).gpos).toBe(true);
  });

  it('pair adjustment format 2: the space listed in ClassDef2, or left in class 0 with a non-zero record for class 0', () => {
    // Two first classes (0, 1) by two second classes (0, 1), one XAdvance each (valueFormat1 = 4).
    const classPairs = (first: Node, classDef2: Node, records: number[]): Node => node(2, o16(first), 4, 0, o16(classDef1(A, 1)), o16(classDef2), 2, 2, ...records);
    const bIsClass1 = classDef1(B, 1);
    expect(gpos(lookup(2, [classPairs(coverage1(A), bIsClass1, [0, 0, 0, -80])])).gpos).toBe(false);
    expect(gpos(lookup(2, [classPairs(coverage1(A), bIsClass1, [0, 0, 30, -80])])).gpos).toBe(true); // class 1 × class 0: any glyph after A, the space too
    expect(gpos(lookup(2, [classPairs(coverage1(A), classDef2([SPACE, SPACE, 1]), [0, 0, 0, -80])])).gpos).toBe(true);
    expect(gpos(lookup(2, [classPairs(coverage1(A), classDef2([SPACE, SPACE, 1]), [0, 0, 0, 0])])).gpos).toBe(true); // listed: involved, as Blink counts it
    expect(gpos(lookup(2, [classPairs(coverage1(SPACE), bIsClass1, [0, 0, 0, -80])])).gpos).toBe(true);
    expect(gpos(lookup(2, [classPairs(coverage1(A), classDef2([SPACE, SPACE, 7]), [0, 0, 0, 0])])).gpos).toBe(true); // a class past class2Count
  });

  it('mark to base, to ligature and to mark: the space in either coverage', () => {
    for (const type of [4, 5, 6]) {
      const attachment = (marks: Node, bases: Node): Node => node(1, o16(marks), o16(bases), 0, 0, 0);
      expect(gpos(lookup(type, [attachment(coverage1(B), coverage1(A))])).gpos).toBe(false);
      expect(gpos(lookup(type, [attachment(coverage1(B), coverage1(A, SPACE))])).gpos).toBe(true);
      expect(gpos(lookup(type, [attachment(coverage1(SPACE), coverage1(A))])).gpos).toBe(true);
    }
  });

  it('context and chained context positioning (types 7 and 8) read as in GSUB', () => {
    expect(gpos(lookup(7, [context1(coverage1(A), [SPACE])])).gpos).toBe(true);
    expect(gpos(lookup(7, [context3(coverage1(A), coverage1(B))])).gpos).toBe(false);
    expect(gpos(lookup(8, [chain3([coverage1(SPACE)], [coverage1(A)], [])])).gpos).toBe(true);
    expect(gpos(lookup(8, [chain1(coverage1(A), [[B], [C], []])])).gpos).toBe(false);
  });

  it('extension (type 9) is unwrapped', () => {
    expect(gpos(lookup(9, [node(1, 1, o32(node(1, o16(coverage1(SPACE)), 4, 100)))])).gpos).toBe(true);
    expect(gpos(lookup(9, [node(1, 2, o32(node(1, o16(coverage1(A)), 4, 0, 1, o16(node(1, B, -50)))))])).gpos).toBe(false);
  });
});

describe('spaceInLookups: glyph skipping, other tables, malformed tables', () => {
  const gdef = (glyphClasses: Node | null, markSets: Node[] = []): Uint8Array =>
    assemble(node(1, markSets.length ? 2 : 0, glyphClasses ? o16(glyphClasses) : 0, 0, 0, 0, ...(markSets.length ? [o16(node(1, markSets.length, ...markSets.map(o32)))] : [])));
  const pairAB = node(1, o16(coverage1(A)), 4, 0, 1, o16(node(1, B, -50)));
  const withGdef = (table: Node, glyphClasses: Node | null, markSets: Node[] = []): SpaceInLookups =>
    spaceInLookups(sfntWith({ GDEF: gdef(glyphClasses, markSets), GPOS: layoutTable(table) }), SPACE);

  it('a lookup that steps over the space (its glyph class is ignored by the lookup flag) can join words through it', () => {
    const IGNORE_MARKS = 8;
    const spaceIsMark = classDef2([SPACE, SPACE, 3]);
    expect(withGdef(lookup(2, [pairAB], IGNORE_MARKS), spaceIsMark).gpos).toBe(true);
    expect(withGdef(lookup(2, [pairAB], 0), spaceIsMark).gpos).toBe(false);
    expect(withGdef(lookup(2, [pairAB], IGNORE_MARKS), classDef2([SPACE, SPACE, 1])).gpos).toBe(false);
    // Without glyph classes HarfBuzz makes U+0020 a base glyph: IgnoreBaseGlyphs steps over it.
    expect(withGdef(lookup(2, [pairAB], 2), null).gpos).toBe(true);
    expect(gpos(lookup(2, [pairAB], 2)).gpos).toBe(true);
    // A single adjustment reads one glyph: skipping cannot matter.
    expect(withGdef(lookup(1, [node(1, o16(coverage1(A)), 4, 100)], IGNORE_MARKS), spaceIsMark).gpos).toBe(false);
    // A mark filtering set without the space skips it; one with the space keeps it.
    expect(withGdef(lookup(2, [pairAB], 0x10, 0), spaceIsMark, [coverage1(A)]).gpos).toBe(true);
    expect(withGdef(lookup(2, [pairAB], 0x10, 0), spaceIsMark, [coverage1(SPACE)]).gpos).toBe(false);
  });

  it('a kern pair with the space, or an AAT table, counts as other', () => {
    const kern = (left: number, right: number, value: number): Uint8Array => assemble(node(0, 1, 0, 20, 0x0001, 1, 6, 0, 0, left, right, value));
    expect(spaceInLookups(sfntWith({ kern: kern(A, B, -40) }), SPACE)).toEqual(NONE);
    expect(spaceInLookups(sfntWith({ kern: kern(SPACE, B, -40) }), SPACE)).toEqual({ ...NONE, other: true });
    expect(spaceInLookups(sfntWith({ kern: kern(A, SPACE, 0) }), SPACE)).toEqual(NONE);
    expect(spaceInLookups(sfntWith({ morx: new Uint8Array(8) }), SPACE)).toEqual({ ...NONE, other: true });
  });

  it('anything it cannot read answers true and never throws', () => {
    const good = layoutTable(lookup(1, [node(1, o16(coverage1(A)), 5)]));
    expect(spaceInLookups(sfntWith({ GSUB: good }), SPACE)).toEqual(NONE);
    // Truncated: the lookup's coverage lies past the end.
    expect(spaceInLookups(sfntWith({ GSUB: good.subarray(0, good.length - 2) }), SPACE).gsub).toBe(true);
    // Unknown lookup type, unknown coverage and ClassDef formats, an unknown table version.
    expect(gsub(lookup(9, [node(1, o16(coverage1(A)), 5)])).gsub).toBe(true);
    expect(gsub(lookup(1, [node(1, o16(node(3, 1, A)), 5)])).gsub).toBe(true);
    expect(gsub(lookup(5, [context2(coverage1(A), node(3, 0), null, [[1]])])).gsub).toBe(true);
    const version2 = good.slice();
    version2[1] = 2;
    expect(spaceInLookups(sfntWith({ GSUB: version2 }), SPACE).gsub).toBe(true);
    // A malformed GDEF, and bytes that are not a font at all.
    expect(spaceInLookups(sfntWith({ GDEF: new Uint8Array(3), GSUB: good }), SPACE)).toEqual({ gsub: true, gpos: true, other: true });
    expect(spaceInLookups(new Uint8Array([1, 2, 3]), SPACE)).toEqual({ gsub: true, gpos: true, other: true });
    // A random walk of byte flips never throws.
    const gposBytes = layoutTable(lookup(8, [chain2(coverage1(A), [classDef1(A, 1), classDef2([B, C, 2]), null], [], [[[1], [2], [0]]])]));
    for (let flip = 0; flip < gposBytes.length * 8; flip++) {
      const broken = gposBytes.slice();
      broken[flip >> 3] = broken[flip >> 3]! ^ (1 << (flip & 7));
      expect(() => spaceInLookups(sfntWith({ GPOS: broken }), SPACE)).not.toThrow();
    }
  });
});

// ---- Real fonts ----

const fontsource = (family: string, subset = 'latin'): string => `node_modules/@fontsource/${family}/files/${family}-${subset}-400-normal.woff2`;

/** What each font's tables say (gsub, gpos), checked below by shaping. */
const REAL_FONTS: readonly { readonly name: string; readonly file: string; readonly sample: string; readonly involved: { readonly gsub: boolean; readonly gpos: boolean } }[] = [
  { name: 'Inter', file: 'fonts/Inter_400Regular.ttf', sample: 'latin', involved: { gsub: true, gpos: true } },
  { name: 'Roboto', file: fontsource('roboto'), sample: 'latin', involved: { gsub: false, gpos: true } },
  { name: 'Open Sans', file: fontsource('open-sans'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Lato', file: fontsource('lato'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Playfair Display', file: fontsource('playfair-display'), sample: 'latin', involved: { gsub: false, gpos: true } },
  { name: 'Merriweather', file: fontsource('merriweather'), sample: 'latin', involved: { gsub: true, gpos: false } },
  { name: 'JetBrains Mono', file: fontsource('jetbrains-mono'), sample: 'code', involved: { gsub: false, gpos: false } },
  { name: 'Montserrat', file: fontsource('montserrat'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Poppins', file: fontsource('poppins'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Oswald', file: fontsource('oswald'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Bebas Neue', file: fontsource('bebas-neue'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Space Grotesk', file: fontsource('space-grotesk'), sample: 'latin', involved: { gsub: false, gpos: true } },
  { name: 'Geist', file: fontsource('geist'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Noto Sans', file: fontsource('noto-sans'), sample: 'latin', involved: { gsub: false, gpos: false } },
  { name: 'Noto Sans Arabic', file: fontsource('noto-sans-arabic', 'arabic'), sample: 'arabic', involved: { gsub: false, gpos: true } },
  { name: 'Noto Sans Devanagari', file: fontsource('noto-sans-devanagari', 'devanagari'), sample: 'devanagari', involved: { gsub: false, gpos: true } },
  { name: 'Noto Sans Hebrew', file: fontsource('noto-sans-hebrew', 'hebrew'), sample: 'hebrew', involved: { gsub: false, gpos: false } },
  { name: 'Noto Sans Thai', file: fontsource('noto-sans-thai', 'thai'), sample: 'thai', involved: { gsub: false, gpos: false } },
  { name: 'Noto Sans Bengali', file: fontsource('noto-sans-bengali', 'bengali'), sample: 'bengali', involved: { gsub: false, gpos: false } },
  { name: 'Noto Sans Tamil', file: fontsource('noto-sans-tamil', 'tamil'), sample: 'tamil', involved: { gsub: false, gpos: false } },
];

/** Paragraphs that exercise each font's ligatures, kerning and marks, words separated by single spaces. */
const SAMPLES: Record<string, string> = {
  latin: 'The office staff affirmed: "Take AV, Wa, To, Ty and LT pairs." Fifty-five flies flew off — 1,234.50 € (quick fjord). We\'re yawning, T. Yeats & V. Wolff.',
  code: 'const x => y !== z && a <= b || c >= d; // www ::= <!-- --> |> <| ->> 0x1F ...',
  arabic: 'تَوْلِيدُ صُوَرِ المعاينة لكل صفحة من صفحات الموقع، بالخط العربي الجميل ١٢٣ لا إله',
  devanagari: 'हिन्दी भाषा में क्षत्रिय श्री द्वारा प्रस्तुत कृति और ज्ञान का पाठ ट्रेन',
  hebrew: 'שָׁלוֹם עוֹלָם זֶה טֶקְסְט בְּעִבְרִית עם ניקוד ומילים רבות',
  thai: 'ภาษาไทย เป็น ภาษา ที่ มี ระดับ เสียง ของ คำ แน่นอน ผู้ใหญ่ น้ำ',
  bengali: 'বাংলা ভাষা আমার মাতৃভাষা ক্ষমা স্ত্রী জ্ঞান',
  tamil: 'தமிழ் மொழி மிகவும் பழமையான மொழி க்ஷ ஸ்ரீ',
};

const PRINTABLE_ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
const RTL = new Set(['arabic', 'hebrew']);

type Glyph = ShapedGlyph;

/** The text shaped as a word cache would: each space-separated word and each space alone, concatenated. */
function shapeWordByWord(face: FontFace, text: string, rtl: boolean): Glyph[] {
  return text.split(' ').flatMap((word, w) => [...(w > 0 ? shapeAlone(face, ' ', rtl) : []), ...shapeAlone(face, word, rtl)]);
}

/** The characters whose shaping before, after or around a space changes when the text is shaped word by word. */
function spaceSensitive(face: FontFace, characters: Iterable<string>, rtl: boolean): string[] {
  return [...characters].filter((c) => [`${c} `, ` ${c}`, `${c} ${c}`].some((piece) => JSON.stringify(shapeAlone(face, piece, rtl)) !== JSON.stringify(shapeWordByWord(face, piece, rtl))));
}

const loaded = await Promise.all(REAL_FONTS.map(async (font) => {
  const registry = await FontRegistry.create([{ name: font.name, data: new Uint8Array(readFileSync(join(repositoryRoot, font.file))) }]);
  return { ...font, face: registry.chain([font.name], 400, 'normal')[0]! };
}));

describe('spaceInLookups on real fonts', () => {
  for (const font of loaded) {
    const { gsub: inGsub, gpos: inGpos } = font.involved;
    it(`${font.name}: the space is ${inGsub || inGpos ? `in ${[inGsub && 'GSUB', inGpos && 'GPOS'].filter(Boolean).join(' and ')}` : 'in no lookup'}`, () => {
      const space = harfbuzzFont(font.face).nominalGlyph(0x20);
      expect(space).toBeDefined();
      expect(spaceInLookups(font.face.sfnt, space!)).toEqual({ ...font.involved, other: false });
      expect(canShapeWordByWord(font.face)).toBe(!inGsub && !inGpos);
    });
  }

  for (const font of loaded.filter((f) => !f.involved.gsub && !f.involved.gpos)) {
    it(`${font.name}: shaping word by word gives the glyphs, advances and offsets of shaping the paragraph whole`, () => {
      const text = SAMPLES[font.sample]!;
      const rtl = RTL.has(font.sample);
      const whole = shapeAlone(font.face, text, rtl);
      const words = shapeWordByWord(font.face, text, rtl);
      expect(whole.some((glyph) => glyph.id === 0), 'the sample uses glyphs the font has').toBe(false);
      expect(words).toEqual(whole);
      const sum = (glyphs: Glyph[]): number => glyphs.reduce((total, glyph) => total + glyph.advance, 0);
      expect(Math.abs(sum(words) - sum(whole))).toBeLessThan(1e-9);
      // Every character of the sample (all of printable ASCII for Latin fonts) before, after and around a space.
      const characters = new Set([...text.replace(/ /g, ''), ...(font.sample === 'latin' || font.sample === 'code' ? PRINTABLE_ASCII : '')]);
      expect(spaceSensitive(font.face, characters, rtl)).toEqual([]);
    });
  }

  it('fonts whose GPOS kerns the space with a letter: shaping word by word would lose the kerning', () => {
    const kerning = Object.fromEntries(loaded.filter((font) => font.sample === 'latin' && font.involved.gpos).map((font) => [font.name, spaceSensitive(font.face, PRINTABLE_ASCII, false).join('')]));
    // Inter lists the space in pairs that no printable ASCII reaches with the default features: involved all the same.
    expect(kerning).toEqual({ Inter: '', Roboto: 'T', 'Playfair Display': `"'457AFPRTVWXYahklrtvwxy`, 'Space Grotesk': ',-.ALSTVWY{}' });
  });

  it('Noto Sans Arabic attaches a mark that follows a space to the space: shaping word by word would leave it alone', () => {
    const arabic = loaded.find((font) => font.name === 'Noto Sans Arabic')!.face;
    const harakat = Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCharCode(0x64b + i));
    expect(spaceSensitive(arabic, harakat, true).join('')).toBe('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655');
  });
});
