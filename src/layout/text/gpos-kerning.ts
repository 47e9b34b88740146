// GPOS pair kerning read straight from the font bytes (PairPos formats 1 and 2, also inside Extension lookups).

export interface PairKerning {
  /** Horizontal advance adjustment in font units for the glyph pair. */
  get(left: number, right: number): number;
}

const SCRIPT_PREFERENCE = ['latn', 'DFLT'];

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

function tableOffset(view: DataView, wanted: string): number | null {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (tag(view, record) === wanted) return view.getUint32(record + 8);
  }
  return null;
}

function valueRecordSize(format: number): number {
  let bits = 0;
  for (let f = format; f; f >>= 1) bits += f & 1;
  return bits * 2;
}

/** xAdvance of a value record, or 0 when the format has none. */
function xAdvance(view: DataView, offset: number, format: number): number {
  if (!(format & 0x4)) return 0;
  let skip = 0;
  if (format & 0x1) skip += 2;
  if (format & 0x2) skip += 2;
  return view.getInt16(offset + skip);
}

/** Binary search over `count` records of `size` bytes keyed by a uint16 at their start; the record offset or -1. */
function findRecord(view: DataView, first: number, count: number, size: number, glyph: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const record = first + mid * size;
    const key = view.getUint16(record);
    if (key === glyph) return record;
    if (key < glyph) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The range record (start, end, value) holding the glyph, or -1: format 2 of Coverage and ClassDef tables. */
function findRange(view: DataView, table: number, glyph: number): number {
  let lo = 0;
  let hi = view.getUint16(table + 2) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const record = table + 4 + mid * 6;
    if (glyph < view.getUint16(record)) hi = mid - 1;
    else if (glyph > view.getUint16(record + 2)) lo = mid + 1;
    else return record;
  }
  return -1;
}

function coverageIndex(view: DataView, offset: number, glyph: number): number {
  const format = view.getUint16(offset);
  if (format === 1) {
    const record = findRecord(view, offset + 4, view.getUint16(offset + 2), 2, glyph);
    return record < 0 ? -1 : (record - offset - 4) / 2;
  }
  if (format === 2) {
    const record = findRange(view, offset, glyph);
    return record < 0 ? -1 : view.getUint16(record + 4) + glyph - view.getUint16(record);
  }
  return -1;
}

function glyphClass(view: DataView, offset: number, glyph: number): number {
  const format = view.getUint16(offset);
  if (format === 1) {
    const start = view.getUint16(offset + 2);
    const count = view.getUint16(offset + 4);
    return glyph >= start && glyph < start + count ? view.getUint16(offset + 6 + (glyph - start) * 2) : 0;
  }
  if (format === 2) {
    const record = findRange(view, offset, glyph);
    return record < 0 ? 0 : view.getUint16(record + 4);
  }
  return 0;
}

/** Applies one PairPos subtable: the adjustment, or null when the subtable does not apply to the pair. */
function pairValue(view: DataView, sub: number, left: number, right: number): number | null {
  const format = view.getUint16(sub);
  const coverage = coverageIndex(view, sub + view.getUint16(sub + 2), left);
  if (coverage < 0) return null;
  const format1 = view.getUint16(sub + 4);
  const format2 = view.getUint16(sub + 6);
  const size1 = valueRecordSize(format1);
  const size2 = valueRecordSize(format2);
  if (format === 1) {
    const pairSet = sub + view.getUint16(sub + 10 + coverage * 2);
    const record = findRecord(view, pairSet + 2, view.getUint16(pairSet), 2 + size1 + size2, right);
    return record < 0 ? null : xAdvance(view, record + 2, format1);
  }
  if (format === 2) {
    const class1 = glyphClass(view, sub + view.getUint16(sub + 8), left);
    const class2 = glyphClass(view, sub + view.getUint16(sub + 10), right);
    const class1Count = view.getUint16(sub + 12);
    const class2Count = view.getUint16(sub + 14);
    if (class1 >= class1Count || class2 >= class2Count) return null;
    const record = sub + 16 + (class1 * class2Count + class2) * (size1 + size2);
    return xAdvance(view, record, format1);
  }
  return null;
}

/** Subtable offsets (absolute) of the PairPos lookups of the kern feature, in lookup order. */
function kernLookups(view: DataView, gpos: number): number[][] {
  const scriptList = gpos + view.getUint16(gpos + 4);
  const featureList = gpos + view.getUint16(gpos + 6);
  const lookupList = gpos + view.getUint16(gpos + 8);
  const scripts = new Map<string, number>();
  for (let i = 0; i < view.getUint16(scriptList); i++) scripts.set(tag(view, scriptList + 2 + i * 6), scriptList + view.getUint16(scriptList + 6 + i * 6));
  const script = SCRIPT_PREFERENCE.map((t) => scripts.get(t)).find((s) => s !== undefined) ?? scripts.values().next().value;
  if (script === undefined) return [];
  const langSysOffset = view.getUint16(script);
  if (langSysOffset === 0) return [];
  const langSys = script + langSysOffset;
  const lookupIndexes = new Set<number>();
  for (let i = 0; i < view.getUint16(langSys + 4); i++) {
    const featureIndex = view.getUint16(langSys + 6 + i * 2);
    const record = featureList + 2 + featureIndex * 6;
    if (tag(view, record) !== 'kern') continue;
    const feature = featureList + view.getUint16(record + 4);
    for (let j = 0; j < view.getUint16(feature + 2); j++) lookupIndexes.add(view.getUint16(feature + 4 + j * 2));
  }
  return [...lookupIndexes].sort((a, b) => a - b).map((index) => {
    const lookup = lookupList + view.getUint16(lookupList + 2 + index * 2);
    const type = view.getUint16(lookup);
    const subtables: number[] = [];
    for (let i = 0; i < view.getUint16(lookup + 4); i++) {
      const sub = lookup + view.getUint16(lookup + 6 + i * 2);
      if (type === 2) subtables.push(sub);
      else if (type === 9 && view.getUint16(sub + 2) === 2) subtables.push(sub + view.getUint32(sub + 4));
    }
    return subtables;
  }).filter((subtables) => subtables.length > 0);
}

/** Reads the kern feature's pair adjustments from a TrueType/OpenType file, or null when it has none. */
export function readPairKerning(bytes: ArrayBuffer): PairKerning | null {
  const view = new DataView(bytes);
  const gpos = tableOffset(view, 'GPOS');
  if (gpos === null) return null;
  const lookups = kernLookups(view, gpos);
  if (lookups.length === 0) return null;
  const memo = new Map<number, number>();
  return {
    get(left, right) {
      const key = left * 65_536 + right;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let total = 0;
      for (const subtables of lookups) {
        for (const sub of subtables) {
          const value = pairValue(view, sub, left, right);
          if (value !== null) {
            total += value;
            break;
          }
        }
      }
      memo.set(key, total);
      return total;
    },
  };
}
