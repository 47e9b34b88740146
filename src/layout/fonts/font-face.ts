// A loaded font face: the parsed font plus the vertical metrics Chromium reads from it.
import type { Font } from 'opentype.js';
import type { UnicodeRanges } from './unicode-range.js';

export interface FontFace {
  /** Stable key: family, weight, style and a hash of the bytes. */
  readonly key: string;
  readonly family: string;
  /** The weight, or the lower end of a weight range (variable fonts). */
  readonly weight: number;
  /** Upper end of the weight range a variable face covers, or null for one weight. */
  readonly weightMax: number | null;
  readonly style: 'normal' | 'italic';
  readonly font: Font;
  /** The standalone sfnt bytes (WOFF/WOFF2 unwrapped, a collection's face copied out): HarfBuzz shapes and draws from them. */
  readonly sfnt: Uint8Array;
  readonly unitsPerEm: number;
  /** Ascent and descent (both positive, downwards for descent) and line gap, in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** The characters this face may draw, or null for all of them. */
  readonly unicodeRange: UnicodeRanges | null;
  /** Axis coordinates of a variable-font instance, or null for the font's defaults. */
  readonly variation: Readonly<Record<string, number>> | null;
}

/** Rounded metrics at a size, as Blink's SimpleFontData computes them on Linux. */
export interface ScaledMetrics {
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** ascent + descent + lineGap: the used value of line-height: normal. */
  readonly lineSpacing: number;
}

const USE_TYPO_METRICS = 1 << 7;

/** Font-unit metrics the way FreeType/Skia choose them: typo metrics when flagged, else hhea, else win. */
export function unitMetrics(font: Font): { ascent: number; descent: number; lineGap: number } {
  const { hhea, os2 } = font.tables;
  if (os2 && (os2.fsSelection & USE_TYPO_METRICS) !== 0) return { ascent: os2.sTypoAscender, descent: -os2.sTypoDescender, lineGap: os2.sTypoLineGap };
  if (hhea && (hhea.ascender !== 0 || hhea.descender !== 0)) return { ascent: hhea.ascender, descent: -hhea.descender, lineGap: hhea.lineGap };
  if (os2) return { ascent: os2.usWinAscent, descent: os2.usWinDescent, lineGap: 0 };
  return { ascent: font.ascender, descent: -font.descender, lineGap: 0 };
}

const scaledCache = new WeakMap<FontFace, Map<number, ScaledMetrics>>();

/**
 * Metrics at `size` px: ascent and descent rounded to whole px (SkScalarRoundToScalar). Blink may
 * borrow a pixel from the ascent for a rounded-down descent when glyphs are positioned by subpixels;
 * the headless Chromium of the fixtures does not: its text boxes, vertical-align shifts and atomic
 * inlines (vertical-align-lengths) all sit on the unborrowed ascent.
 */
export function scaledMetrics(face: FontFace, size: number): ScaledMetrics {
  let perFace = scaledCache.get(face);
  if (!perFace) {
    perFace = new Map();
    scaledCache.set(face, perFace);
  }
  const hit = perFace.get(size);
  if (hit) return hit;
  const scale = size / face.unitsPerEm;
  const exactAscent = face.ascent * scale;
  const exactDescent = face.descent * scale;
  const ascent = Math.floor(exactAscent + 0.5);
  const descent = Math.floor(exactDescent + 0.5);
  const lineGap = Math.floor(face.lineGap * scale + 0.5);
  const metrics = { ascent, descent, lineGap, lineSpacing: ascent + descent + lineGap };
  perFace.set(size, metrics);
  return metrics;
}
