// text-indent: a paragraph's first line starts that far along (or back, when negative), and breaks with that much less room.
import type { PreparedParagraph } from './paragraph-types.js';

/** The block's text-indent in px; percentages of the available width (0 when measuring intrinsic widths, as CSS says). */
export function resolvedIndent(p: PreparedParagraph, availableWidth: number): number {
  const { px, pct } = p.blockStyle.textIndent;
  return px + (Number.isFinite(availableWidth) ? (pct * availableWidth) / 100 : 0);
}

/** The paragraph with its first break unit widened by the indent: what line breaking and intrinsic widths count. */
export function withIndent(p: PreparedParagraph, indent: number): PreparedParagraph {
  const first = p.units[0];
  if (indent === 0 || !first) return p;
  const units = p.units.slice();
  units[0] = { ...first, width: first.width + indent };
  return { ...p, units };
}
