// Where Chromium draws underlines, overlines and line-throughs, and how thick (measured on its screenshots).
export type DecorationKind = 'underline' | 'overline' | 'line-through';

export interface DecorationLine {
  readonly kind: DecorationKind;
  /** The line's centre, image px (whole-pixel edges). */
  readonly y: number;
  readonly thickness: number;
}

/**
 * Geometry of text decorations, as Chromium (Blink on Linux) paints them, fitted to oracle screenshots
 * of Inter and Playfair Display at 16, 22 and 40 px with thicknesses auto, from-font, 0.1em and 1–9 px:
 * - thickness: `auto` is fontSize / 10, from-font the font's underline thickness, both floored when
 *   painted; an explicit length is rounded; at least 1 px;
 * - underline: its top max(1, ceil(t / 2)) px below the baseline, t the unrounded thickness (Blink's
 *   ComputeUnderlineOffsetAuto; the font's underline position is not used);
 * - line-through: centred on baseline − ascent / 3, its top rounded to a whole pixel;
 * - overline: its bottom on the text top (baseline − ascent).
 * `explicit` is the used text-decoration-thickness in px, or null for auto; `fontThickness` the
 * font's underline thickness in px (from-font), or null when the value is not from-font.
 */
export function decorationLines(kinds: readonly DecorationKind[], at: { baseline: number; ascent: number; fontSize: number }, explicit: number | null, fromFont: number | null): DecorationLine[] {
  // An explicit length is rounded first; auto and from-font keep their fraction for the underline gap.
  const raw = explicit !== null ? Math.round(explicit) : fromFont ?? at.fontSize / 10;
  const thickness = Math.max(1, Math.floor(raw));
  return kinds.map((kind) => {
    let top: number;
    if (kind === 'underline') top = at.baseline + Math.max(1, Math.ceil(raw / 2));
    else if (kind === 'overline') top = at.baseline - at.ascent - thickness;
    else top = Math.floor(at.baseline - at.ascent / 3 - thickness / 2 + 0.5);
    return { kind, y: top + thickness / 2, thickness };
  });
}
