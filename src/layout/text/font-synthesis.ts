// CSS font-synthesis and Chromium's synthetic bold and oblique: when a run's face is lighter or more upright than its style asks.
import { OgsmithError, quote } from '../../errors/catalogue.js';
import type { FontFace } from '../fonts/font-face.js';
import type { ComputedStyle } from '../style/types.js';

/** What font-synthesis allows (CSS Fonts 4 §7.5): weight and style synthesis, each on unless turned off. */
export interface SynthesisAllowed {
  readonly weight: boolean;
  readonly style: boolean;
}

/** How a run's glyphs are drawn to fake the face: outlines stroked `embolden` px wide (0: not) and slanted by `skewX` (x += skewX · y, y down). */
export interface SyntheticStyle {
  readonly embolden: number;
  readonly skewX: number;
}

/** Chromium's (Blink's) threshold: a weight of 600 or more asks for bold; a face whose weights stay below it is emboldened. */
const BOLD_THRESHOLD = 600;
/** Skia's fake italic: SkFont::setSkewX(-1/4), about 14°, whatever oblique angle is asked. */
export const FAKE_ITALIC_SKEW = -0.25;

/** The font-synthesis keywords and the part of synthesis each keeps on; small-caps and position are accepted and do nothing here. */
const SHORTHAND_WORDS = new Set(['weight', 'style', 'small-caps', 'position']);

const allowedCache = new WeakMap<Readonly<Record<string, string>>, SynthesisAllowed>();

function longhand(property: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  if (word === 'auto') return true;
  if (word === 'none') return false;
  throw new OgsmithError('INVALID_STYLE_VALUE', `${property} ${quote(value)} is not one of auto, none`);
}

function shorthand(value: string | undefined): SynthesisAllowed | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'none') return { weight: false, style: false };
  const words = text.split(/\s+/);
  const seen = new Set<string>();
  for (const word of words) {
    if (!SHORTHAND_WORDS.has(word) || seen.has(word)) {
      throw new OgsmithError('INVALID_STYLE_VALUE', `fontSynthesis ${quote(value)} is not none or a list of weight, style, small-caps, position (each at most once): ${quote(word)}`);
    }
    seen.add(word);
  }
  return { weight: seen.has('weight'), style: seen.has('style') };
}

/**
 * What the style's font-synthesis allows: `fontSynthesis` (none, or any of weight, style, small-caps,
 * position), overridden per part by `fontSynthesisWeight` / `fontSynthesisStyle` (auto, none); both
 * on when none is set. A bad value is INVALID_STYLE_VALUE naming the property and the value.
 */
export function synthesisAllowed(style: Pick<ComputedStyle, 'paint'>): SynthesisAllowed {
  const paint = style.paint;
  if (paint.fontSynthesis === undefined && paint.fontSynthesisWeight === undefined && paint.fontSynthesisStyle === undefined) return BOTH;
  let allowed = allowedCache.get(paint);
  if (!allowed) {
    const base = shorthand(paint.fontSynthesis) ?? BOTH;
    allowed = {
      weight: longhand('fontSynthesisWeight', paint.fontSynthesisWeight) ?? base.weight,
      style: longhand('fontSynthesisStyle', paint.fontSynthesisStyle) ?? base.style,
    };
    allowedCache.set(paint, allowed);
  }
  return allowed;
}
const BOTH: SynthesisAllowed = { weight: true, style: true };

/**
 * Skia's fake-bold stroke width at a text size: size/24 at 9 px and below, size/32 at 36 px and above,
 * the ratio interpolated linearly between (kStdFakeBoldInterpKeys/Values). Advances do not change.
 */
export function fakeBoldWidth(size: number): number {
  const t = Math.min(1, Math.max(0, (size - 9) / (36 - 9)));
  return size * (1 / 24 + t * (1 / 32 - 1 / 24));
}

/**
 * The synthesis Chromium applies to a run drawn with `face` for `style`, or null: bold when the
 * weight asked is 600 or more and the face's heaviest weight is below 600; oblique when italic or
 * oblique is asked and the face is upright; each only where font-synthesis allows it.
 */
export function syntheticStyle(face: FontFace | undefined, style: Pick<ComputedStyle, 'paint' | 'fontWeight' | 'fontStyle'>, size: number): SyntheticStyle | null {
  if (!face) return null;
  const wantsBold = style.fontWeight >= BOLD_THRESHOLD && (face.weightMax ?? face.weight) < BOLD_THRESHOLD;
  const wantsSlant = style.fontStyle !== 'normal' && face.style === 'normal';
  if (!wantsBold && !wantsSlant) return null;
  const allowed = synthesisAllowed(style);
  const embolden = wantsBold && allowed.weight ? fakeBoldWidth(size) : 0;
  const skewX = wantsSlant && allowed.style ? FAKE_ITALIC_SKEW : 0;
  return embolden === 0 && skewX === 0 ? null : { embolden, skewX };
}
