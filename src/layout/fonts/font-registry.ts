// The fonts of a layout: parsed faces by family, CSS matching, and per-character fallback chains.
import { isOgsmithError, OgsmithError, quote } from '../../errors/catalogue.js';
import type { FontStyle } from '../style/types.js';
import type { FontFace } from './font-face.js';
import { variedMetrics } from './metric-variations.js';
import { matchFace } from './font-match.js';
import { synthesisAllowed } from '../text/font-synthesis.js';
import { parseFont } from './font-parse.js';
import { hasCodePoint, loadHarfBuzz } from './harfbuzz.js';
import type { FontInput } from '../text/types.js';
import { coversCodePoint, parseUnicodeRange } from './unicode-range.js';
import { coordsFor } from './variation.js';
import { opticalSize, type FontSelection } from './optical-sizing.js';
import type { FontSetting } from '../style/font-settings.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded', 'emoji', 'math', 'fangsong', '-apple-system', 'blinkmacsystemfont']);

const registries = new WeakMap<readonly FontInput[], Promise<FontRegistry>>();
/** Fallback chains of every registry, by registry number and style key, 1 MiB (keys come from styles: families, weights, variations). */
const chains = boundedCache<string, readonly FontFace[]>({ name: 'font_chains', maxBytes: 1024 * 1024, sizeOf: (chain, key) => keyBytes(key) + 8 * chain.length + 64 });
let registryCount = 0;

export class FontRegistry {
  /** Family used when a style names none that is registered: the first font's. */
  readonly defaultFamily: string;
  /** Stable identity of the font set, for cache keys. */
  readonly fingerprint: string;
  private readonly families = new Map<string, FontFace[]>();
  /** This registry's part of the chain keys. */
  private readonly number = registryCount++;
  private readonly byKey = new Map<string, FontFace>();
  /** Chains by computed style object (styles are immutable): no key is built for a style asked again. */
  private readonly styleChains = new WeakMap<FontSelection, readonly FontFace[]>();
  /** Whether any face has an opsz axis (only then do chains depend on the font size). */
  private readonly hasOpticalAxis: boolean;

  private constructor(readonly faces: readonly FontFace[]) {
    const first = faces[0];
    if (!first) throw new OgsmithError('NO_FONTS', 'No font was given to measure text with');
    this.defaultFamily = first.family;
    for (const face of faces) {
      const family = face.family.toLowerCase();
      const list = this.families.get(family) ?? [];
      list.push(face);
      this.families.set(family, list);
      this.byKey.set(face.key, face);
    }
    this.fingerprint = faces.map((face) => face.key).join('|');
    this.hasOpticalAxis = faces.some((face) => face.axes.some((axis) => axis.tag === 'opsz'));
  }

  /** The fallback chain for an element's text: its families, weight, style, variation settings and optical size. */
  chainFor(style: FontSelection): readonly FontFace[] {
    let chain = this.styleChains.get(style);
    if (!chain) {
      // font-synthesis is read when glyphs are drawn; a bad value is refused here, whether or not any face needs synthesis.
      synthesisAllowed(style);
      chain = this.chain(style.fontFamily, style.fontWeight, style.fontStyle, style.fontVariationSettings, opticalSize(style));
      this.styleChains.set(style, chain);
    }
    return chain;
  }

  /** Parses the fonts (each distinct font once per process) into a registry; the same array gives the same registry. */
  static create(inputs: readonly FontInput[]): Promise<FontRegistry> {
    const cached = registries.get(inputs);
    if (cached) return cached;
    const created = FontRegistry.load(inputs);
    registries.set(inputs, created);
    created.catch(() => registries.delete(inputs));
    return created;
  }

  private static async load(inputs: readonly FontInput[]): Promise<FontRegistry> {
    if (inputs.length === 0) throw new OgsmithError('NO_FONTS', 'The fonts option is empty');
    const shaper = loadHarfBuzz();
    const faces = await Promise.all(inputs.map(async (input, index) => {
      const where = `fonts[${index}]`;
      if (typeof input !== 'object' || input === null || typeof input.name !== 'string' || input.name.trim() === '') {
        throw new OgsmithError('INVALID_FONT', `${where} needs a non-empty name, got ${quote(input?.name)}`);
      }
      if (!(input.data instanceof Uint8Array) && !(input.data instanceof ArrayBuffer)) {
        throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) needs data as a Buffer, ArrayBuffer or Uint8Array`);
      }
      const [weight, weightMax] = weightRange(input.weight ?? 400);
      if (!validWeight(weight) || (weightMax !== null && (!validWeight(weightMax) || weightMax < weight))) {
        throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) has weight ${quote(input.weight)}; expected 1 to 1000, or a range [min, max] within it`);
      }
      const style = input.style ?? 'normal';
      if (style !== 'normal' && style !== 'italic') {
        throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) has style ${quote(input.style)}; expected normal or italic`);
      }
      let unicodeRange = null;
      if (input.unicodeRange !== undefined) {
        const ranges = typeof input.unicodeRange === 'string' ? parseUnicodeRange(input.unicodeRange) : `${quote(input.unicodeRange)} is not a string`;
        if (typeof ranges === 'string') throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) has unicodeRange ${quote(input.unicodeRange)}: ${ranges}`);
        unicodeRange = ranges;
      }
      const faceIndex = input.index ?? 0;
      if (!Number.isInteger(faceIndex) || faceIndex < 0) throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) has index ${quote(input.index)}; expected a whole number from 0`);
      let parsed;
      try {
        parsed = await parseFont(input.data, faceIndex);
      } catch (error) {
        if (isOgsmithError(error) && error.code === 'EDGE_UNSUPPORTED') throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new OgsmithError('INVALID_FONT', `${where} (${quote(input.name)}) could not be parsed: ${reason}`, { cause: error });
      }
      const range = unicodeRange ? `:${input.unicodeRange}` : '';
      const weights = weightMax === null ? `${weight}` : `${weight}-${weightMax}`;
      const face: FontFace = { key: `${input.name}:${weights}:${style}:${parsed.hash}${range}`, family: input.name, weight, weightMax, style, variation: null, sfnt: parsed.sfnt, unitsPerEm: parsed.info.unitsPerEm, ...parsed.info.line, decoration: parsed.info.decoration, fixedPitch: parsed.info.fixedPitch, axes: parsed.axes, unicodeRange };
      return face;
    }));
    await shaper;
    return new FontRegistry(faces);
  }

  face(key: string): FontFace | undefined {
    return this.byKey.get(key);
  }

  /** The face itself, or its variable-font instance at the weight, optical size and variation settings asked for. */
  private instance(face: FontFace, weight: number, variations: readonly FontSetting[], opticalSize: number | null): FontFace {
    const coords = coordsFor(face, weight, variations, opticalSize);
    if (!coords) return face;
    const key = `${face.key}|${Object.entries(coords).map(([tag, value]) => `${tag}=${value}`).join(',')}`;
    let instance = this.byKey.get(key);
    if (!instance) {
      const atCoords: FontFace = { ...face, key, variation: coords };
      instance = { ...atCoords, ...variedMetrics(atCoords) };
      this.byKey.set(key, instance);
    }
    return instance;
  }

  /** The family a generic name means: monospace the first fixed-pitch family given (post table), else, like the others, the default family. */
  private genericFamily(generic: string): string {
    if (generic === 'monospace' || generic === 'ui-monospace') {
      this.monospaceFamily ??= this.faces.find((face) => face.fixedPitch)?.family.toLowerCase() ?? '';
      if (this.monospaceFamily) return this.monospaceFamily;
    }
    return this.defaultFamily.toLowerCase();
  }

  private monospaceFamily: string | undefined;

  /**
   * The fallback chain for a style: the matched face of each listed family (generic names mean the
   * default family), then the matched face of every other registered family. A matched face comes with
   * the family's other faces of the same weight and style (unicode-range segments, subsets), the one
   * registered last first.
   */
  chain(families: readonly string[], weight: number, style: FontStyle, variations: readonly FontSetting[] = [], opticalSize: number | null = null): readonly FontFace[] {
    // Only faces with an opsz axis vary with the optical size: other registries keep one chain per style.
    const optical = this.hasOpticalAxis && opticalSize !== null ? opticalSize : null;
    const base = `${families.join(',')}|${weight}|${style}${optical === null ? '' : `|o${optical}`}`;
    const cacheKey = `${this.number}|${variations.length === 0 ? base : `${base}|${variations.map((v) => `${v.tag}=${v.value}`).join(',')}`}`;
    const hit = chains.get(cacheKey);
    if (hit) return hit;
    const order: string[] = [];
    for (const name of families) {
      const lower = name.toLowerCase();
      const family = GENERIC_FAMILIES.has(lower) ? this.genericFamily(lower) : lower;
      if (this.families.has(family) && !order.includes(family)) order.push(family);
    }
    if (order.length === 0) order.push(this.defaultFamily.toLowerCase());
    for (const family of this.families.keys()) if (!order.includes(family)) order.push(family);
    const chain = order.flatMap((family) => {
      const faces = this.families.get(family) ?? [];
      const best = matchFace(faces, weight, style);
      // Faces with the same descriptors are tried in the reverse of their order of registration, as CSS Fonts 4 orders
      // @font-face rules (the last defined is checked first) and Chromium does with or without unicode-range.
      const group = best ? faces.filter((face) => face.weight === best.weight && face.style === best.style).reverse() : [];
      return group.map((face) => this.instance(face, weight, variations, optical));
    });
    chains.set(cacheKey, chain);
    return chain;
  }
}

/** The first face of the chain whose unicode-range covers the character and that has a glyph for it, else the primary face. */
export function faceForChar(chain: readonly FontFace[], char: string): FontFace {
  const codePoint = char.codePointAt(0) ?? 0;
  for (const face of chain) if (coversCodePoint(face.unicodeRange, codePoint) && hasCodePoint(face, codePoint)) return face;
  return primaryOf(chain);
}

/** The primary font of a chain: its first face whose unicode-range covers the space (CSS Fonts 4 §5). */
export function primaryOf(chain: readonly FontFace[]): FontFace {
  return chain.find((face) => coversCodePoint(face.unicodeRange, 0x20)) ?? chain[0]!;
}

function weightRange(value: unknown): [number, number | null] {
  if (Array.isArray(value) && value.length === 2) return [Number(value[0]), Number(value[1])];
  return [typeof value === 'number' ? value : Number.NaN, null];
}

function validWeight(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value <= 1000;
}
