// HarfBuzz (harfbuzzjs, WebAssembly): loaded once per process on the first font registry, then one face per font file and one font per face instance.
import type * as HarfBuzz from 'harfbuzzjs';
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontAxis, FontFace } from './font-face.js';
import { importAtRunTime } from '../../runtime/import-at-run-time.js';

/** Positions come back in 1/SUBUNITS of a font unit: HarfBuzz rounds to integers at its scale. */
export const SUBUNITS = 256;

export type HarfBuzzModule = typeof HarfBuzz;

let module: HarfBuzzModule | null = null;
let loading: Promise<HarfBuzzModule> | null = null;

/** Node: harfbuzzjs reads its .wasm next to itself with node:fs (imported at run time, so edge bundles leave it out). */
let loader: () => Promise<HarfBuzzModule> = () => importAtRunTime<HarfBuzzModule>('harfbuzzjs');

/** Replaces how HarfBuzz is loaded (the edge entry instantiates its own WebAssembly module); only before the first load. */
export function setHarfBuzzLoader(load: () => Promise<HarfBuzzModule>): void {
  if (loading) throw new OgsmithError('INTERNAL', 'HarfBuzz was already loaded: its loader can only be set before the first font registry');
  loader = load;
}

/** Loads the WebAssembly module (compiled once per process or worker); font registries await it before any shaping. */
export function loadHarfBuzz(): Promise<HarfBuzzModule> {
  loading ??= loader().then((loaded) => (module = loaded));
  return loading;
}

/** The loaded module; shaping only runs on registries that awaited `loadHarfBuzz`. */
export function harfbuzz(): HarfBuzzModule {
  if (!module) throw new OgsmithError('INTERNAL', 'HarfBuzz was used before it was loaded (fonts must come from FontRegistry.create)');
  return module;
}

const faces = new WeakMap<Uint8Array, HarfBuzz.Face>();
const fonts = new WeakMap<FontFace, HarfBuzz.Font>();

/** The HarfBuzz face of standalone sfnt bytes, created once per bytes (the blob is copied into WebAssembly memory). */
function harfbuzzFace(sfnt: Uint8Array): HarfBuzz.Face {
  let face = faces.get(sfnt);
  if (!face) {
    const hb = harfbuzz();
    face = new hb.Face(new hb.Blob(sfnt));
    faces.set(sfnt, face);
  }
  return face;
}

/** The HarfBuzz font of a face instance: scaled to SUBUNITS per font unit, at the instance's axis coordinates. */
export function harfbuzzFont(face: FontFace): HarfBuzz.Font {
  let font = fonts.get(face);
  if (!font) {
    const hb = harfbuzz();
    font = new hb.Font(harfbuzzFace(face.sfnt));
    font.setScale(face.unitsPerEm * SUBUNITS, face.unitsPerEm * SUBUNITS);
    if (face.variation) font.setVariations(Object.entries(face.variation).map(([tag, value]) => new hb.Variation(tag, value)));
    fonts.set(face, font);
  }
  return font;
}

/** The variation axes of standalone sfnt bytes (fvar), in user-space values; empty for a static font. */
export function fontAxes(sfnt: Uint8Array): FontAxis[] {
  return Object.values(harfbuzzFace(sfnt).getAxisInfos()).map((axis) => ({ tag: axis.tag, minValue: axis.min, defaultValue: axis.default, maxValue: axis.max }));
}

/** Every code point the face's cmap maps. */
export function cmapCodePoints(face: FontFace): Uint32Array {
  return harfbuzzFace(face.sfnt).collectUnicodes();
}

/** Whether the face's cmap maps the code point to a glyph. */
export function hasCodePoint(face: FontFace, codePoint: number): boolean {
  return harfbuzzFont(face).nominalGlyph(codePoint) !== undefined;
}

/** The face's advance for a code point in font units (at its instance), or null when it has no glyph for it. */
export function codePointAdvance(face: FontFace, codePoint: number): number | null {
  const font = harfbuzzFont(face);
  const glyph = font.nominalGlyph(codePoint);
  return glyph === undefined ? null : font.glyphHAdvance(glyph) / SUBUNITS;
}

/** The x-height in font units: OS/2 sxHeight (version 2 and later, with MVAR's xhgt delta), else the top of the "x" glyph; null when neither exists. */
export function xHeightUnits(face: FontFace): number | null {
  const font = harfbuzzFont(face);
  const fromTable = font.getMetricPosition(harfbuzz().MetricsTag.X_HEIGHT);
  if (fromTable !== undefined && fromTable > 0) return fromTable / SUBUNITS;
  const glyph = font.nominalGlyph(0x78);
  const extents = glyph === undefined ? undefined : font.glyphExtents(glyph);
  return extents && extents.yBearing > 0 ? extents.yBearing / SUBUNITS : null;
}
