// A cache of values per font face and glyph id, dropped with the face (WeakMap by face).
import type { FontFace } from './font-face.js';

export class PerFaceCache<T> {
  private readonly faces = new WeakMap<FontFace, Map<number, T>>();

  /** The cached value for the face's glyph, made by `make` on the first call. */
  get(face: FontFace, glyphId: number, make: () => T): T {
    let perFace = this.faces.get(face);
    if (!perFace) {
      perFace = new Map();
      this.faces.set(face, perFace);
    }
    if (perFace.has(glyphId)) return perFace.get(glyphId) as T;
    const value = make();
    perFace.set(glyphId, value);
    return value;
  }
}
