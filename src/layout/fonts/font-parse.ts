// Parses font bytes once per process: WOFF2 and WOFF unwrapped to sfnt, a collection's face copied out, its tables read and its axes asked of HarfBuzz.
import type { FontAxis } from './font-face.js';
import { fontAxes, loadHarfBuzz } from './harfbuzz.js';
import { readSfnt, type SfntInfo } from './sfnt-tables.js';
import { importAtRunTime } from '../../runtime/import-at-run-time.js';
import { OgsmithError } from '../../errors/catalogue.js';
import { collectionFace, isCollection } from './font-collection.js';
import { isWoff, woffToSfnt } from './woff.js';
import { boundedCache } from '../../runtime/cache-budget.js';
import { sameBytes } from '../../runtime/same-bytes.js';

/** A parsed font with the standalone sfnt bytes it came from (what HarfBuzz shapes with). */
export interface ParsedFont {
  readonly sfnt: Uint8Array;
  readonly info: SfntInfo;
  readonly axes: readonly FontAxis[];
}

const byBuffer = new WeakMap<ArrayBufferLike, Map<string, Promise<ParsedFont & { hash: string }>>>();
/**
 * Parsed fonts by content, 128 MiB: each counted twice its sfnt bytes (the private copy and HarfBuzz's copy in
 * WebAssembly memory); the input's length until parsed. A font evicted while a registry still holds it stays alive
 * with that registry; the next registry with the same bytes parses it again.
 */
export const MAX_PARSED_FONT_BYTES = 128 * 1024 * 1024;
/** A parse and the bytes it was made from (a private copy): the key only samples the bytes, so a hit must hold the same ones. */
interface ParsedEntry {
  readonly parsing: Promise<ParsedFont>;
  readonly source: Uint8Array;
}
const byHash = boundedCache<string, ParsedEntry>({ name: 'parsed_fonts', maxBytes: MAX_PARSED_FONT_BYTES, sizeOf: () => 1 });

export function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * FNV-1a over the bytes plus the length: a cheap content key. A large font is read as 32-bit words, every
 * seventh one (a seventh of its bytes, in a quarter of the steps of a byte loop: ~1 ms instead of ~3-7 ms for
 * the six bundled faces at a cold start), each word folded in with a shift so its high bits count too. Fonts
 * that differ only in words it skips share it: parseFont compares the bytes on a hit.
 */
export function hashBytes(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  if (bytes.length > 65_536) {
    // A copy where the view is not aligned: new Uint8Array(), as a Buffer's slice() is a view at the same offset (the fonts a render process reads from its fonts file).
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, bytes.length >>> 2);
    for (let i = 0; i < words.length; i += 7) {
      hash = Math.imul(hash ^ words[i]!, 0x01000193);
      hash ^= hash >>> 15;
    }
  } else {
    for (let i = 0; i < bytes.length; i++) {
      hash ^= bytes[i]!;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return `${(hash >>> 0).toString(16)}-${bytes.length.toString(16)}`;
}

function isWoff2(bytes: Uint8Array): boolean {
  return bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x32;
}

/** wawoff2's decoder is one WebAssembly instance that garbles concurrent first calls: decode one file at a time. */
let woff2Queue: Promise<unknown> = Promise.resolve();

function decodeWoff2(bytes: Uint8Array): Promise<Uint8Array> {
  const result = woff2Queue.then(async () => {
    const { decompress } = await importAtRunTime<typeof import('wawoff2')>('wawoff2').catch((error: unknown) => {
      throw new OgsmithError('EDGE_UNSUPPORTED', 'WOFF2 fonts need the wawoff2 decoder, which cannot load in this runtime (the edge build): give the font as TTF, OTF or WOFF', { cause: error });
    });
    // Copied out: the result may view the decoder's memory, which the next file overwrites.
    return (await decompress(bytes)).slice();
  });
  woff2Queue = result.catch(() => undefined);
  return result;
}

/** Parses `source`, a private copy of the caller's bytes: HarfBuzz keeps reading the sfnt, whatever the caller does with its buffer. */
async function parseBytes(source: Uint8Array, index: number): Promise<ParsedFont> {
  let sfnt = isWoff2(source) ? await decodeWoff2(source) : isWoff(source) ? await woffToSfnt(source) : source;
  if (isCollection(sfnt)) sfnt = collectionFace(sfnt, index);
  else if (index !== 0) throw new Error(`face index ${index} was given, but the file is a single font, not a collection`);
  const info = readSfnt(sfnt);
  await loadHarfBuzz();
  // A static font's HarfBuzz face is made by its first shaping or glyph (harfbuzz.ts), so faces a render never uses cost no copy into WebAssembly memory.
  return { sfnt, info, axes: info.variable ? fontAxes(sfnt) : [] };
}

/** Starts parsing `source` under `hash`; the entry is sized again once parsed (its sfnt counted twice: ours and HarfBuzz's copy, plus the source when the sfnt was unpacked from it), and forgotten if it fails. */
function parseInto(hash: string, source: Uint8Array, index: number): ParsedEntry {
  const entry: ParsedEntry = { parsing: parseBytes(source, index), source };
  byHash.set(hash, entry, { size: 2 * source.byteLength });
  void entry.parsing.then(
    (parsed) => {
      if (byHash.peek(hash) === entry) byHash.set(hash, entry, { size: 2 * parsed.sfnt.byteLength + (parsed.sfnt === source ? 0 : source.byteLength) });
    },
    () => byHash.delete(hash),
  );
  return entry;
}

/** The parsed font (face `index` of a collection) and its content hash; identical bytes are parsed once. */
export function parseFont(data: ArrayBuffer | Uint8Array, index = 0): Promise<ParsedFont & { hash: string }> {
  const bytes = bytesOf(data);
  const viewKey = `${bytes.byteOffset}:${bytes.byteLength}:${index}`;
  let perBuffer = byBuffer.get(bytes.buffer);
  if (!perBuffer) {
    perBuffer = new Map();
    byBuffer.set(bytes.buffer, perBuffer);
  }
  const cached = perBuffer.get(viewKey);
  if (cached) return cached;
  const sampled = index === 0 ? hashBytes(bytes) : `${hashBytes(bytes)}#${index}`;
  // Fonts that differ only where the key does not look share it: each gets the first variant free or holding its bytes.
  let hash = sampled;
  let entry = byHash.get(hash);
  for (let variant = 1; entry && !sameBytes(entry.source, bytes); variant++) {
    hash = `${sampled}~${variant}`;
    entry = byHash.get(hash);
  }
  if (!entry) entry = parseInto(hash, bytes.slice(), index);
  const key = hash;
  const result = entry.parsing.then((parsed) => ({ ...parsed, hash: key }));
  perBuffer.set(viewKey, result);
  result.catch(() => perBuffer.delete(viewKey));
  return result;
}
