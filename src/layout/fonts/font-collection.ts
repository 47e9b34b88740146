// Font collections (.ttc/.otc): one face of the collection copied out as a standalone sfnt.
import { OgsmithError } from '../../errors/catalogue.js';
import { writeSfnt, type SfntTable } from './sfnt-writer.js';

const TTC_TAG = 0x74746366; // 'ttcf'

export function isCollection(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === TTC_TAG;
}

/** The sfnt of face `index` of a collection, with its (possibly shared) tables copied after its own directory. */
export function collectionFace(bytes: Uint8Array, index: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new OgsmithError('INVALID_FONT', `the collection has ${count} faces; index ${index} does not exist`);
  const dir = view.getUint32(12 + index * 4);
  if (dir + 12 > bytes.length) throw new OgsmithError('INVALID_FONT', `face ${index} of the collection lies past the end of the file`);
  const tables: SfntTable[] = [];
  for (let t = 0; t < view.getUint16(dir + 4); t++) {
    const at = dir + 12 + t * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new OgsmithError('INVALID_FONT', `face ${index} of the collection has a table past the end of the file`);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 4), data: bytes.subarray(offset, offset + length) });
  }
  return writeSfnt(view.getUint32(dir), tables);
}
