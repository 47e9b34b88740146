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
  /** Which table the line metrics come from (MVAR varies them by the matching tags). */
  readonly metricsSource: MetricsSource;
  /** Underline and strikeout placement in font units (post and OS/2), null where the font has none. */
  readonly decoration: DecorationUnits;
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
  /**
   * 1 when a pixel was moved from ascent to descent: the metrics shift but Chromium still paints the
   * glyphs on the baseline of the unmoved ascent, one pixel lower (measured against its screenshots).
   */
  readonly paintBaselineShift: number;
}

export type MetricsSource = 'typo' | 'hhea' | 'win' | 'none';

/** Decoration metrics in font units: positions are y up from the baseline (post/OS2 convention). */
export interface DecorationUnits {
  readonly underlinePosition: number | null;
  readonly underlineThickness: number | null;
  readonly strikeoutPosition: number | null;
  readonly strikeoutSize: number | null;
}

const USE_TYPO_METRICS = 1 << 7;

/** Font-unit metrics the way FreeType/Skia choose them: typo metrics when flagged, else hhea, else win. */
export function unitMetrics(font: Font): { ascent: number; descent: number; lineGap: number; metricsSource: MetricsSource } {
  const { hhea, os2 } = font.tables;
  if (os2 && (os2.fsSelection & USE_TYPO_METRICS) !== 0) return { ascent: os2.sTypoAscender, descent: -os2.sTypoDescender, lineGap: os2.sTypoLineGap, metricsSource: 'typo' };
  if (hhea && (hhea.ascender !== 0 || hhea.descender !== 0)) return { ascent: hhea.ascender, descent: -hhea.descender, lineGap: hhea.lineGap, metricsSource: 'hhea' };
  if (os2) return { ascent: os2.usWinAscent, descent: os2.usWinDescent, lineGap: 0, metricsSource: 'win' };
  return { ascent: font.ascender, descent: -font.descender, lineGap: 0, metricsSource: 'none' };
}

/** Underline (post) and strikeout (OS/2) metrics of the font's default instance; 0 counts as missing, as FreeType treats it. */
export function decorationUnits(font: Font): DecorationUnits {
  const post = font.tables.post as { underlinePosition?: number; underlineThickness?: number } | undefined;
  const os2 = font.tables.os2 as { yStrikeoutPosition?: number; yStrikeoutSize?: number } | undefined;
  return {
    underlinePosition: post?.underlinePosition ?? null,
    underlineThickness: post?.underlineThickness || null,
    strikeoutPosition: os2?.yStrikeoutPosition ?? null,
    strikeoutSize: os2?.yStrikeoutSize || null,
  };
}

const scaledCache = new WeakMap<FontFace, Map<number, ScaledMetrics>>();

/**
 * Metrics at `size` px: ascent and descent rounded to whole px (SkScalarRoundToScalar), and when
 * rounding lost part of the descent, one px moved from ascent to descent (Blink does this on Linux
 * with subpixel positioning so descenders are not clipped).
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
  let ascent = Math.floor(exactAscent + 0.5);
  let descent = Math.floor(exactDescent + 0.5);
  let paintBaselineShift = 0;
  if (descent < exactDescent && ascent >= 1) {
    descent += 1;
    ascent -= 1;
    paintBaselineShift = 1;
  }
  const lineGap = Math.floor(face.lineGap * scale + 0.5);
  const metrics = { ascent, descent, lineGap, lineSpacing: ascent + descent + lineGap, paintBaselineShift };
  perFace.set(size, metrics);
  return metrics;
}
