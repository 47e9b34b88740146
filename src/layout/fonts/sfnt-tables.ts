// What ogsmith reads from a font's own tables (head, hhea, OS/2, post, maxp): units per em, line and decoration metrics; HarfBuzz does the rest.
import { OgsmithError } from '../../errors/catalogue.js';
import { unitMetrics, type DecorationUnits, type LineUnits } from './font-face.js';
import { sfntFlavor, tableDirectory, tablesByTag } from './sfnt-directory.js';

export interface SfntInfo {
  readonly unitsPerEm: number;
  readonly glyphCount: number;
  readonly line: LineUnits;
  readonly decoration: DecorationUnits;
  /** post.isFixedPitch: the font says it is monospaced. */
  readonly fixedPitch: boolean;
  /** The font has an fvar table (variation axes); a static font's axes need no HarfBuzz face. */
  readonly variable: boolean;
}

const REQUIRED = ['head', 'hhea', 'maxp', 'cmap'] as const;

/** A reader of big-endian fields that refuses to read past the table's end. */
function fields(table: Uint8Array, tag: string, minimum: number): DataView {
  if (table.length < minimum) throw new OgsmithError('INVALID_FONT', `the font's '${tag}' table is ${table.length} bytes, shorter than its ${minimum}-byte header`);
  return new DataView(table.buffer, table.byteOffset, table.byteLength);
}

/** Validates a standalone sfnt and reads its metrics; a file that is not a font gets INVALID_FONT saying why. */
export function readSfnt(sfnt: Uint8Array): SfntInfo {
  sfntFlavor(sfnt);
  const tables = tablesByTag(tableDirectory(sfnt));
  for (const tag of REQUIRED) if (!tables.has(tag)) throw new OgsmithError('INVALID_FONT', `the font has no '${tag}' table`);
  const head = fields(tables.get('head')!, 'head', 54);
  const hhea = fields(tables.get('hhea')!, 'hhea', 36);
  const maxp = fields(tables.get('maxp')!, 'maxp', 6);
  const unitsPerEm = head.getUint16(18);
  if (unitsPerEm < 16 || unitsPerEm > 16384) throw new OgsmithError('INVALID_FONT', `the font's unitsPerEm is ${unitsPerEm}, outside 16–16384`);
  const os2Table = tables.get('OS/2');
  const os2 = os2Table && os2Table.length >= 78 ? new DataView(os2Table.buffer, os2Table.byteOffset, os2Table.byteLength) : null;
  const postTable = tables.get('post');
  const post = postTable && postTable.length >= 12 ? new DataView(postTable.buffer, postTable.byteOffset, postTable.byteLength) : null;
  const line = unitMetrics({
    hhea: { ascender: hhea.getInt16(4), descender: hhea.getInt16(6), lineGap: hhea.getInt16(8) },
    os2: os2 && { fsSelection: os2.getUint16(62), typoAscender: os2.getInt16(68), typoDescender: os2.getInt16(70), typoLineGap: os2.getInt16(72), winAscent: os2.getUint16(74), winDescent: os2.getUint16(76) },
  });
  return {
    unitsPerEm,
    glyphCount: maxp.getUint16(4),
    fixedPitch: post !== null && postTable!.length >= 16 && post.getUint32(12) !== 0,
    variable: tables.has('fvar'),
    line,
    decoration: {
      underlinePosition: post ? post.getInt16(8) : null,
      underlineThickness: post ? post.getInt16(10) || null : null,
      strikeoutPosition: os2 ? os2.getInt16(28) : null,
      strikeoutSize: os2 ? os2.getInt16(26) || null : null,
    },
  };
}
