// Glyph runs in SVG: each glyph's outline once in <defs> (font units), placed with <use>; gradient text as a clip over a filled rectangle; stroke, shadow and synthetic bold/oblique as the canvas draws them.
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import { glyphOutline } from '../../layout/fonts/glyph-outline.js';
import type { DisplayCommand, Rect } from '../display-list/types.js';
import { glyphData } from './path-data.js';
import { conicWedges, fillAttributes } from './paints.js';
import { blurAttribute } from './shadows.js';
import type { SvgDefs } from './svg-defs.js';
import { colorAttributes, num } from './svg-text.js';

type GlyphsCommand = Extract<DisplayCommand, { op: 'glyphs' }>;

/** Where user space sits on the device when the current transform is a pure translation. */
export interface Translation {
  readonly x: number;
  readonly y: number;
}

/** The canvas's glyph-mask placement (canvas/glyph-masks.ts): x to quarter pixels, the baseline to whole pixels, for solid runs under a translation. */
const SUBPIXEL_STEPS_X = 4;
const MAX_MASK_FONT_SIZE = 256;

interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

function placeGlyphs(command: GlyphsCommand, face: FontFace, defs: SvgDefs, translation: Translation | null): Placed[] {
  const faceName = defs.nameOf(command.fontKey);
  const masked = translation !== null && command.paint.kind === 'color' && !command.shadow && !command.stroke && command.size <= MAX_MASK_FONT_SIZE;
  const placed: Placed[] = [];
  for (const glyph of command.glyphs) {
    const outline = glyphOutline(face, glyph.glyphId);
    if (!outline) continue;
    const id = defs.defineNamed(`g${faceName}-${glyph.glyphId}`, (gid) => `<path id="${gid}" d="${glyphData(outline)}"/>`);
    if (masked) {
      placed.push({ id, x: Math.round((glyph.x + translation.x) * SUBPIXEL_STEPS_X) / SUBPIXEL_STEPS_X - translation.x, y: Math.round(glyph.y + translation.y) - translation.y });
    } else placed.push({ id, x: glyph.x, y: glyph.y });
  }
  return placed;
}

/** The <use>s placing the glyphs, scaled and (synthetic oblique) slanted by `skewX`. */
function uses(placed: readonly Placed[], scale: number, dx = 0, dy = 0, skewX = 0): string {
  return placed.map((g) => `<use href="#${g.id}" transform="matrix(${num(scale, 6)} 0 ${num(skewX * scale, 6)} ${num(scale, 6)} ${num(g.x + dx)} ${num(g.y + dy)})"/>`).join('');
}

/** Synthetic bold on a solid fill: the outline stroked in its own colour, miter joins as Skia's fake bold (width in font units). */
function emboldenAttributes(command: GlyphsCommand, scale: number): string {
  const width = command.synthetic?.embolden ?? 0;
  if (!(width > 0) || command.paint.kind !== 'color') return '';
  return `${colorAttributes('stroke', command.paint.color)} stroke-width="${num(width / scale, 4)}" stroke-linejoin="miter" stroke-miterlimit="4"`;
}

/** A box around the run (glyph origins ± the size) for gradient fills and filter regions. */
function runBounds(command: GlyphsCommand): Rect {
  const xs = command.glyphs.map((g) => g.x);
  const ys = command.glyphs.map((g) => g.y);
  const size = command.size;
  const x = Math.min(...xs) - size;
  const y = Math.min(...ys) - 1.5 * size;
  return { x, y, width: Math.max(...xs) + 2 * size - x, height: Math.max(...ys) + size - y };
}

/** The glyphs filled with the run's paint: solid fills inherit to the <use>s, gradients fill a rectangle clipped to the glyphs. */
function filled(command: GlyphsCommand, placed: readonly Placed[], scale: number, defs: SvgDefs): string {
  const paint = command.paint;
  const skewX = command.synthetic?.skewX ?? 0;
  if (paint.kind === 'color') return `<g${fillAttributes(paint, defs)}${emboldenAttributes(command, scale)}>${uses(placed, scale, 0, 0, skewX)}</g>`;
  const bounds = runBounds(command);
  const clip = defs.define('c', (id) => `<clipPath id="${id}" clipPathUnits="userSpaceOnUse">${uses(placed, scale, 0, 0, skewX)}</clipPath>`);
  const fill = paint.kind === 'conic' ? conicWedges(paint, bounds) : `<rect x="${num(bounds.x)}" y="${num(bounds.y)}" width="${num(bounds.width)}" height="${num(bounds.height)}"${fillAttributes(paint, defs)}/>`;
  return `<g clip-path="url(#${clip})">${fill}</g>`;
}

export function glyphRun(command: GlyphsCommand, fonts: FontRegistry, defs: SvgDefs, translation: Translation | null): string {
  const face = fonts.face(command.fontKey);
  if (!face) throw new OgsmithError('INTERNAL', `Unknown font ${command.fontKey}`);
  if (command.glyphs.length === 0) return '';
  const scale = command.size / face.unitsPerEm;
  const placed = placeGlyphs(command, face, defs, translation);
  if (placed.length === 0) return '';
  let out = '';
  if (command.shadow) {
    // The canvas casts the run's shadow and fills the run in the same call.
    const { color, offsetX, offsetY, blur } = command.shadow;
    const bounds = runBounds(command);
    out += `<g${colorAttributes('fill', color)}${blurAttribute(blur, { ...bounds, x: bounds.x + offsetX, y: bounds.y + offsetY }, defs)}>${uses(placed, scale, offsetX, offsetY, command.synthetic?.skewX)}</g>`;
  }
  out += filled(command, placed, scale, defs);
  if (command.stroke) {
    // Stroke width in font units: the outlines are scaled by the <use> transform.
    out += `<g fill="none"${colorAttributes('stroke', command.stroke.color)} stroke-width="${num(command.stroke.width / scale, 4)}" stroke-linejoin="round">${uses(placed, scale, 0, 0, command.synthetic?.skewX)}</g>`;
  }
  return out;
}
