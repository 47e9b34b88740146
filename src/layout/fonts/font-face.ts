// A loaded font face: its sfnt bytes (HarfBuzz shapes and draws from them) plus the metrics Chromium reads from its tables.
import type { UnicodeRanges } from './unicode-range.js';
import { PerFaceCache } from './per-face-cache.js';

export interface FontFace {
  /** Stable key: family, weight, style and a hash of the bytes. */
  readonly key: string;
  readonly family: string;
  /** The weight, or the lower end of a weight range (variable fonts). */
  readonly weight: number;
  /** Upper end of the weight range a variable face covers, or null for one weight. */
  readonly weightMax: number | null;
  readonly style: 'normal' | 'italic';
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
  /** The font says it is monospaced (post.isFixedPitch): what the generic `monospace` family picks. */
  readonly fixedPitch: boolean;
  /** The characters this face may draw, or null for all of them. */
  readonly unicodeRange: UnicodeRanges | null;
  /** The font's variation axes (fvar), empty for a static font. */
  readonly axes: readonly FontAxis[];
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

export type MetricsSource = 'typo' | 'hhea' | 'win' | 'none';

/** Decoration metrics in font units: positions are y up from the baseline (post/OS2 convention). */
export interface DecorationUnits {
  readonly underlinePosition: number | null;
  readonly underlineThickness: number | null;
  readonly strikeoutPosition: number | null;
  readonly strikeoutSize: number | null;
}

/** A variation axis in user-space values. */
export interface FontAxis {
  readonly tag: string;
  readonly minValue: number;
  readonly defaultValue: number;
  readonly maxValue: number;
}

/** Ascent, descent (positive, downwards) and line gap in font units, and the table they came from. */
export interface LineUnits {
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly metricsSource: MetricsSource;
}

/** The hhea and OS/2 fields line metrics are chosen from. */
export interface VerticalTables {
  readonly hhea: { readonly ascender: number; readonly descender: number; readonly lineGap: number };
  readonly os2: { readonly fsSelection: number; readonly typoAscender: number; readonly typoDescender: number; readonly typoLineGap: number; readonly winAscent: number; readonly winDescent: number } | null;
}

const USE_TYPO_METRICS = 1 << 7;

/** Font-unit metrics the way FreeType/Skia choose them: typo metrics when flagged, else hhea, else win. */
export function unitMetrics({ hhea, os2 }: VerticalTables): LineUnits {
  if (os2 && (os2.fsSelection & USE_TYPO_METRICS) !== 0) return { ascent: os2.typoAscender, descent: -os2.typoDescender, lineGap: os2.typoLineGap, metricsSource: 'typo' };
  if (hhea.ascender !== 0 || hhea.descender !== 0) return { ascent: hhea.ascender, descent: -hhea.descender, lineGap: hhea.lineGap, metricsSource: 'hhea' };
  if (os2) return { ascent: os2.winAscent, descent: os2.winDescent, lineGap: 0, metricsSource: 'win' };
  return { ascent: 0, descent: 0, lineGap: 0, metricsSource: 'none' };
}

/** Metrics per face and size (sizes come from styles and text fitting): 256 KiB. */
const scaledCache = new PerFaceCache<ScaledMetrics>('scaled_font_metrics', 256 * 1024, () => 64);

/**
 * Metrics at `size` px: ascent and descent rounded to whole px (SkScalarRoundToScalar). Blink may
 * borrow a pixel from the ascent for a rounded-down descent when glyphs are positioned by subpixels;
 * the headless Chromium of the fixtures does not: its text boxes, vertical-align shifts and atomic
 * inlines (vertical-align-lengths) all sit on the unborrowed ascent.
 */
export function scaledMetrics(face: FontFace, size: number): ScaledMetrics {
  return scaledCache.get(face, size, () => {
    const scale = size / face.unitsPerEm;
    const ascent = Math.floor(face.ascent * scale + 0.5);
    const descent = Math.floor(face.descent * scale + 0.5);
    const lineGap = Math.floor(face.lineGap * scale + 0.5);
    return { ascent, descent, lineGap, lineSpacing: ascent + descent + lineGap };
  });
}
