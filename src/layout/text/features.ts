// font-feature-settings in shaping: liga/rlig through opentype.js, kern on/off, other features as GSUB single substitutions.
import type { FontSetting } from '../style/font-settings.js';
import type { ComputedStyle } from '../style/types.js';
import type { FontFace } from './font-face.js';

export interface ShapingFeatures {
  /** Ligature features handed to opentype.js (on by default, as in browsers). */
  readonly ligatures: { readonly liga: boolean; readonly rlig: boolean };
  readonly kern: boolean;
  /** Other features switched on: applied as single substitutions (tnum, ss01, zero, case, cv01…). */
  readonly singles: readonly string[];
}

const DEFAULT: ShapingFeatures = { ligatures: { liga: true, rlig: true }, kern: true, singles: [] };
/** Features browsers turn on by default or opentype.js applies itself: not single-substituted here. */
const HANDLED = new Set(['liga', 'rlig', 'kern', 'calt', 'clig', 'ccmp', 'locl', 'init', 'medi', 'fina', 'isol', 'mark', 'mkmk']);

export function shapingFeatures(settings: readonly FontSetting[] | undefined): ShapingFeatures {
  if (!settings || settings.length === 0) return DEFAULT;
  const on = (tag: string, fallback: boolean): boolean => {
    const setting = settings.find((s) => s.tag === tag);
    return setting ? setting.value !== 0 : fallback;
  };
  return {
    ligatures: { liga: on('liga', true), rlig: on('rlig', true) },
    kern: on('kern', true),
    singles: settings.filter((s) => s.value !== 0 && !HANDLED.has(s.tag)).map((s) => s.tag),
  };
}

/** Cache-key text of the settings. */
export function featuresKey(settings: readonly FontSetting[] | undefined): string {
  return settings && settings.length > 0 ? settings.map((s) => `${s.tag}=${s.value}`).join(',') : '';
}

const substitutions = new WeakMap<FontFace['font'], Map<string, ReadonlyMap<number, number>>>();

/** glyph → glyph map of a feature's single substitutions (empty when the font has none or opentype.js cannot read them). */
function singleMap(face: FontFace, tag: string): ReadonlyMap<number, number> {
  let perFont = substitutions.get(face.font);
  if (!perFont) {
    perFont = new Map();
    substitutions.set(face.font, perFont);
  }
  let map = perFont.get(tag);
  if (!map) {
    const entries = new Map<number, number>();
    for (const script of ['latn', 'DFLT']) {
      try {
        for (const { sub, by } of face.font.substitution.getSingle(tag, script, 'dflt')) if (!entries.has(sub)) entries.set(sub, by);
      } catch {
        // A lookup type opentype.js cannot read: the feature is skipped.
      }
    }
    map = entries;
    perFont.set(tag, map);
  }
  return map;
}

/** Applies the single-substitution features to glyph ids, in the order given. */
export function applySingles(face: FontFace, ids: readonly number[], features: ShapingFeatures): readonly number[] {
  if (features.singles.length === 0) return ids;
  let out = ids;
  for (const tag of features.singles) {
    const map = singleMap(face, tag);
    if (map.size > 0) out = out.map((id) => map.get(id) ?? id);
  }
  return out;
}

const settingsCache = new WeakMap<ComputedStyle, readonly FontSetting[]>();

/**
 * The feature settings text is shaped with: `fontKerning: none` (kern 0) and `fontVariantLigatures`
 * (`none`, `no-common-ligatures`: liga 0), then `fontFeatureSettings`, which wins.
 */
export function shapingSettings(style: ComputedStyle): readonly FontSetting[] {
  const kerning = style.paint.fontKerning?.trim().toLowerCase();
  const ligatures = style.paint.fontVariantLigatures?.trim().toLowerCase();
  if (kerning !== 'none' && ligatures !== 'none' && ligatures !== 'no-common-ligatures') return style.fontFeatureSettings;
  let settings = settingsCache.get(style);
  if (!settings) {
    const implied: FontSetting[] = [];
    if (kerning === 'none') implied.push({ tag: 'kern', value: 0 });
    if (ligatures === 'none' || ligatures === 'no-common-ligatures') implied.push({ tag: 'liga', value: 0 });
    const explicit = new Set(style.fontFeatureSettings.map((f) => f.tag));
    settings = [...implied.filter((f) => !explicit.has(f.tag)), ...style.fontFeatureSettings];
    settingsCache.set(style, settings);
  }
  return settings;
}
