// A cache of values per font face and a number (glyph id, font size): one LRU over all faces, bounded by bytes and reported by name.
import type { LRUCache } from 'lru-cache';
import type { FontFace } from './font-face.js';
import { boundedCache } from '../../runtime/cache-budget.js';

/** Faces numbered as first seen (the number goes with the face). */
const faceNumbers = new WeakMap<FontFace, number>();
let nextFaceNumber = 0;

function faceNumber(face: FontFace): number {
  let number = faceNumbers.get(face);
  if (number === undefined) faceNumbers.set(face, (number = nextFaceNumber++));
  return number;
}

/** A cached value, boxed: null (an empty glyph) is a value too. */
interface Entry<T> {
  readonly value: T;
}

export class PerFaceCache<T> {
  private readonly entries: LRUCache<string, Entry<T>>;

  /** `sizeOf`: an entry's bytes (its key and box are added). */
  constructor(name: string, maxBytes: number, sizeOf: (value: T) => number) {
    this.entries = boundedCache<string, Entry<T>>({ name, maxBytes, sizeOf: (entry) => 96 + sizeOf(entry.value) });
  }

  /** The cached value for the face and key, made by `make` on the first call (or after eviction). */
  get(face: FontFace, key: number, make: () => T): T {
    const id = `${faceNumber(face)}:${key}`;
    const hit = this.entries.get(id);
    if (hit) return hit.value;
    const value = make();
    this.entries.set(id, { value });
    return value;
  }
}
