// A cache of values per font face and a number (glyph id, font size), dropped with the face (WeakMap by face).
import type { FontFace } from './font-face.js';

export class PerFaceCache<T> {
  private readonly faces = new WeakMap<FontFace, Map<number, T>>();

  /** The cached value for the face and key, made by `make` on the first call. */
  get(face: FontFace, key: number, make: () => T): T {
    let perFace = this.faces.get(face);
    if (!perFace) {
      perFace = new Map();
      this.faces.set(face, perFace);
    }
    if (perFace.has(key)) return perFace.get(key) as T;
    const value = make();
    perFace.set(key, value);
    return value;
  }
}
