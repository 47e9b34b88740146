// Font collections (.ttc/.otc): one face of the collection copied out as a standalone sfnt.
import { OgsmithError } from '../../errors/catalogue.js';
import { writeSfnt } from './sfnt-writer.js';
import { tableDirectory } from './sfnt-directory.js';

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
  const tables = tableDirectory(bytes, dir, `face ${index} of the collection`);
  return writeSfnt(view.getUint32(dir), tables);
}
