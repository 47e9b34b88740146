// Parses font bytes once per process: TTF/OTF/WOFF with opentype.js, WOFF2 decompressed first.
import opentype, { type Font } from 'opentype.js';

/** A parsed font with the (decompressed) sfnt bytes it came from. */
export interface ParsedFont {
  readonly font: Font;
  readonly sfnt: ArrayBuffer;
}

const byBuffer = new WeakMap<ArrayBufferLike, Map<string, Promise<ParsedFont & { hash: string }>>>();
const byHash = new Map<string, Promise<ParsedFont>>();

export function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** FNV-1a over the bytes (strided for large fonts) plus the length: a cheap content key. */
export function hashBytes(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  const step = bytes.length > 65_536 ? 7 : 1;
  for (let i = 0; i < bytes.length; i += step) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${bytes.length.toString(16)}`;
}

function isWoff2(bytes: Uint8Array): boolean {
  return bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x32;
}

async function parseBytes(bytes: Uint8Array): Promise<ParsedFont> {
  let data = bytes;
  if (isWoff2(bytes)) {
    const { decompress } = await import('wawoff2');
    data = await decompress(bytes);
  }
  const sfnt = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  return { font: opentype.parse(sfnt), sfnt };
}

/** The parsed font and its content hash; identical bytes are parsed once. */
export function parseFont(data: ArrayBuffer | Uint8Array): Promise<ParsedFont & { hash: string }> {
  const bytes = bytesOf(data);
  const viewKey = `${bytes.byteOffset}:${bytes.byteLength}`;
  let perBuffer = byBuffer.get(bytes.buffer);
  if (!perBuffer) {
    perBuffer = new Map();
    byBuffer.set(bytes.buffer, perBuffer);
  }
  const cached = perBuffer.get(viewKey);
  if (cached) return cached;
  const hash = hashBytes(bytes);
  let font = byHash.get(hash);
  if (!font) {
    font = parseBytes(bytes);
    byHash.set(hash, font);
    font.catch(() => byHash.delete(hash));
  }
  const result = font.then((parsed) => ({ ...parsed, hash }));
  perBuffer.set(viewKey, result);
  result.catch(() => perBuffer.delete(viewKey));
  return result;
}
