// MVAR: a variable-font instance's line and decoration metrics, moved by the deltas HarfBuzz reads at its axis coordinates (as FreeType applies them for Chromium).
import type * as HarfBuzz from 'harfbuzzjs';
import type { DecorationUnits, FontFace } from './font-face.js';
import { harfbuzz, harfbuzzFont, SUBUNITS } from './harfbuzz.js';

type InstanceMetrics = Pick<FontFace, 'ascent' | 'descent' | 'lineGap' | 'decoration'>;

const add = (value: number | null, delta: number): number | null => (value === null ? null : value + delta);

/** The instance's metrics: the default instance's plus the MVAR deltas at its coordinates (unchanged without MVAR). */
export function variedMetrics(instance: FontFace): InstanceMetrics {
  const font = harfbuzzFont(instance);
  const tag = harfbuzz().MetricsTag;
  const delta = (metric: HarfBuzz.MetricsTag): number => font.getMetricYVariation(metric) / SUBUNITS;
  const win = instance.metricsSource === 'win';
  const ascentDelta = delta(win ? tag.HORIZONTAL_CLIPPING_ASCENT : tag.HORIZONTAL_ASCENDER);
  // Descent is stored positive downwards; the descender it comes from is negative.
  const descentDelta = delta(win ? tag.HORIZONTAL_CLIPPING_DESCENT : tag.HORIZONTAL_DESCENDER);
  const decoration: DecorationUnits = {
    underlinePosition: add(instance.decoration.underlinePosition, delta(tag.UNDERLINE_OFFSET)),
    underlineThickness: add(instance.decoration.underlineThickness, delta(tag.UNDERLINE_SIZE)),
    strikeoutPosition: add(instance.decoration.strikeoutPosition, delta(tag.STRIKEOUT_OFFSET)),
    strikeoutSize: add(instance.decoration.strikeoutSize, delta(tag.STRIKEOUT_SIZE)),
  };
  return {
    ascent: instance.ascent + ascentDelta,
    // usWinDescent is positive already, so its delta moves the same way.
    descent: instance.descent + (win ? descentDelta : -descentDelta),
    lineGap: win ? instance.lineGap : instance.lineGap + delta(tag.HORIZONTAL_LINE_GAP),
    decoration,
  };
}
