// The table directory of an sfnt (TrueType/OpenType) font: its tables as views of the file, bounds-checked.
import { OgsmithError } from '../../errors/catalogue.js';
import type { SfntTable } from './sfnt-writer.js';

const SIGNATURES = new Set([0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */]);

const tagText = (tag: number): string => String.fromCharCode(tag >>> 24, (tag >>> 16) & 0xff, (tag >>> 8) & 0xff, tag & 0xff);

/** The sfnt version (flavor) at `dir`, or an error naming what the bytes are instead. */
export function sfntFlavor(bytes: Uint8Array, dir = 0, where = 'the file'): number {
  if (dir + 12 > bytes.length) throw new OgsmithError('INVALID_FONT', `${where} is too short for a font (${bytes.length} bytes)`);
  const flavor = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(dir);
  if (!SIGNATURES.has(flavor)) throw new OgsmithError('INVALID_FONT', `${where} is not a TrueType/OpenType font: unsupported signature 0x${flavor.toString(16).padStart(8, '0')}`);
  return flavor;
}

/** Every table of the directory at `dir`, as views of `bytes`; a table past the end of the file is refused. */
export function tableDirectory(bytes: Uint8Array, dir = 0, where = 'the font'): SfntTable[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(dir + 4);
  if (dir + 12 + count * 16 > bytes.length) throw new OgsmithError('INVALID_FONT', `${where}'s table directory (${count} tables) lies past the end of the file`);
  const tables: SfntTable[] = [];
  for (let t = 0; t < count; t++) {
    const at = dir + 12 + t * 16;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new OgsmithError('INVALID_FONT', `${where} has a table '${tagText(tag)}' past the end of the file`);
    tables.push({ tag, checksum: view.getUint32(at + 4), data: bytes.subarray(offset, offset + length) });
  }
  return tables;
}

/** The tables by their four-letter tag. */
export function tablesByTag(tables: readonly SfntTable[]): ReadonlyMap<string, Uint8Array> {
  return new Map(tables.map((table) => [tagText(table.tag), table.data]));
}
