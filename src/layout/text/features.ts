// CSS font properties as OpenType features for HarfBuzz: font-kerning, font-variant-*, letter-spacing, then font-feature-settings.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import type { FontSetting } from '../style/font-settings.js';
import type { ComputedStyle } from '../style/types.js';

type Keywords = Readonly<Record<string, readonly FontSetting[]>>;

const on = (...tags: string[]): FontSetting[] => tags.map((tag) => ({ tag, value: 1 }));
const off = (...tags: string[]): FontSetting[] => tags.map((tag) => ({ tag, value: 0 }));

/** font-variant-ligatures keywords (CSS Fonts 4 §6.4). */
const LIGATURES: Keywords = {
  'common-ligatures': on('liga', 'clig'),
  'no-common-ligatures': off('liga', 'clig'),
  'discretionary-ligatures': on('dlig'),
  'no-discretionary-ligatures': off('dlig'),
  'historical-ligatures': on('hlig'),
  'no-historical-ligatures': off('hlig'),
  contextual: on('calt'),
  'no-contextual': off('calt'),
};

/** font-variant-numeric keywords (§6.7). */
const NUMERIC: Keywords = {
  'lining-nums': on('lnum'),
  'oldstyle-nums': on('onum'),
  'proportional-nums': on('pnum'),
  'tabular-nums': on('tnum'),
  'diagonal-fractions': on('frac'),
  'stacked-fractions': on('afrc'),
  ordinal: on('ordn'),
  'slashed-zero': on('zero'),
};

/** font-variant-caps keywords (§6.6); no synthesis: a font without the feature keeps its letters. */
const CAPS: Keywords = {
  'small-caps': on('smcp'),
  'all-small-caps': on('c2sc', 'smcp'),
  'petite-caps': on('pcap'),
  'all-petite-caps': on('c2pc', 'pcap'),
  unicase: on('unic'),
  'titling-caps': on('titl'),
};

/** Features of a keyword list property; `normal` gives none, `none` (ligatures only) turns every ligature feature off. */
function keywordFeatures(property: string, value: string | undefined, table: Keywords): FontSetting[] {
  const text = value?.trim().toLowerCase();
  if (!text || text === 'normal') return [];
  if (property === 'fontVariantLigatures' && text === 'none') return off('liga', 'clig', 'dlig', 'hlig', 'calt');
  const out: FontSetting[] = [];
  for (const word of text.split(/\s+/)) {
    const features = table[word];
    if (!features) throw new OgsmithError('INVALID_STYLE_VALUE', `${property} ${quote(value)} is not supported: ${quote(word)} is not one of normal, ${Object.keys(table).join(', ')}`);
    out.push(...features);
  }
  return out;
}

const settingsCache = new WeakMap<ComputedStyle, readonly FontSetting[]>();

/**
 * The features text is shaped with, in increasing precedence as Chromium applies them:
 * `fontKerning: none` (kern off), non-zero letter-spacing (optional ligatures off, CSS Text 3 §8.2),
 * `fontVariantLigatures`, `-Numeric` and `-Caps`, then `fontFeatureSettings`, which wins.
 */
export function shapingSettings(style: ComputedStyle): readonly FontSetting[] {
  const paint = style.paint;
  const plain = paint.fontKerning === undefined && paint.fontVariantLigatures === undefined && paint.fontVariantNumeric === undefined && paint.fontVariantCaps === undefined && style.letterSpacing === 0;
  if (plain) return style.fontFeatureSettings;
  let settings = settingsCache.get(style);
  if (!settings) {
    const implied: FontSetting[] = [];
    const kerning = paint.fontKerning?.trim().toLowerCase();
    if (kerning !== undefined && kerning !== 'auto' && kerning !== 'normal' && kerning !== 'none') throw new OgsmithError('INVALID_STYLE_VALUE', `fontKerning ${quote(paint.fontKerning)} is not one of auto, normal, none`);
    if (kerning === 'none') implied.push(...off('kern'));
    if (style.letterSpacing !== 0) implied.push(...off('liga', 'clig'));
    implied.push(...keywordFeatures('fontVariantLigatures', paint.fontVariantLigatures, LIGATURES));
    implied.push(...keywordFeatures('fontVariantNumeric', paint.fontVariantNumeric, NUMERIC));
    implied.push(...keywordFeatures('fontVariantCaps', paint.fontVariantCaps, CAPS));
    const merged = new Map<string, number>();
    for (const { tag, value } of [...implied, ...style.fontFeatureSettings]) {
      merged.delete(tag);
      merged.set(tag, value);
    }
    settings = Array.from(merged, ([tag, value]) => ({ tag, value }));
    settingsCache.set(style, settings);
  }
  return settings;
}

/** Cache-key text of the settings. */
export function featuresKey(settings: readonly FontSetting[] | undefined): string {
  return settings && settings.length > 0 ? settings.map((s) => `${s.tag}=${s.value}`).join(',') : '';
}
