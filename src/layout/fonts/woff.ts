// WOFF 1.0 to sfnt: the table directory rebuilt, each zlib-compressed table inflated (DecompressionStream, any runtime).
import { writeSfnt } from './sfnt-writer.js';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;

export function isWoff(bytes: Uint8Array): boolean {
  return bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x46;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The sfnt (TrueType/CFF) a WOFF file wraps; throws on a truncated or inconsistent file. */
export async function woffToSfnt(bytes: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < WOFF_HEADER) throw new Error('WOFF header is truncated');
  const flavor = view.getUint32(4);
  const tables = view.getUint16(12);
  if (WOFF_HEADER + tables * WOFF_ENTRY > bytes.length) throw new Error('WOFF table directory is truncated');
  const entries = await Promise.all(Array.from({ length: tables }, async (_, t) => {
    const at = WOFF_HEADER + t * WOFF_ENTRY;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    if (offset + compLength > bytes.length) throw new Error('a WOFF table lies past the end of the file');
    const stored = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('a WOFF table does not inflate to its declared length');
    return { tag, checksum, data };
  }));
  return writeSfnt(flavor, entries);
}
