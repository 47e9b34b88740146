// Warnings layout() reports for autofit: text clamped because even the minimum size overflows, or textFit without text.
import type { BoxTextFit } from './fit-box.js';

const px = (v: number): string => `${Math.round(v * 100) / 100}px`;

export function fitWarnings(fits: ReadonlyMap<number, BoxTextFit>): string[] {
  const warnings: string[] = [];
  for (const fit of fits.values()) {
    if (fit.kind === 'skipped') {
      warnings.push(`TEXT_FIT_IGNORED: textFit has no effect: ${fit.reason} (at ${fit.path})`);
      continue;
    }
    const { outcome, box } = fit;
    if (outcome.fits) continue;
    const height = Number.isFinite(box.height) ? px(box.height) : 'unbounded';
    warnings.push(`TEXT_FIT_CLAMPED: text does not fit ${px(box.width)} × ${height} even at font size ${px(outcome.fontSize)}; clamped to ${outcome.keepLines} line${outcome.keepLines === 1 ? '' : 's'} with an ellipsis (at ${fit.path})`);
  }
  return warnings;
}
