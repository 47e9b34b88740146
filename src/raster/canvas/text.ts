// Text on the canvas: glyph runs blitted from cached masks or filled as one path each, and decoration lines.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { Path2D } from './skia.js';
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import type { DisplayCommand } from '../display-list/types.js';
import { decorationDash, decorationPaths } from '../display-list/border-plan.js';
import { blitGlyphs, glyphMaskTranslation } from './glyph-masks.js';
import { emboldenedGlyphPath } from './glyph-paths.js';
import { FAR, fillStyle } from './paints.js';
import { moveFarLeft } from './shadows.js';

type Context = SKRSContext2D;

export function glyphs(ctx: Context, command: Extract<DisplayCommand, { op: 'glyphs' }>, fonts: FontRegistry): void {
  const face = fonts.face(command.fontKey);
  if (!face) throw new OgsmithError('INTERNAL', `Unknown font ${command.fontKey}`);
  const translation = glyphMaskTranslation(ctx, command);
  if (translation && command.paint.kind === 'color') {
    blitGlyphs(ctx, command, face, command.paint.color, translation);
    return;
  }
  const scale = command.size / face.unitsPerEm;
  ctx.save();
  ctx.fillStyle = fillStyle(ctx, command.paint);
  if (command.shadow) {
    // A run with a shadow draws only the shadow, in its own colour whatever the text's alpha (as Chromium:
    // transparent text still casts it): an opaque copy far off the canvas casts it back.
    moveFarLeft(ctx);
    ctx.fillStyle = 'black';
    ctx.shadowColor = command.shadow.color;
    ctx.shadowBlur = command.shadow.blur;
    ctx.shadowOffsetX = command.shadow.offsetX + FAR;
    ctx.shadowOffsetY = command.shadow.offsetY;
  }
  if (command.stroke) {
    ctx.strokeStyle = command.stroke.color;
    ctx.lineJoin = 'round';
  }
  // One path per run: every glyph outline placed with its own transform, filled (and stroked) once.
  // Synthetic bold strokes the outline in text space, then the oblique skew slants it (as Skia's scaler does).
  const emboldenUnits = (command.synthetic?.embolden ?? 0) / scale;
  const skew = (command.synthetic?.skewX ?? 0) * scale;
  const run = new Path2D();
  for (const glyph of command.glyphs) {
    const path = emboldenedGlyphPath(face, glyph.glyphId, emboldenUnits);
    if (path) run.addPath(path, { a: scale, b: 0, c: skew, d: scale, e: glyph.x, f: glyph.y });
  }
  ctx.fill(run);
  if (command.stroke) {
    ctx.lineWidth = command.stroke.width;
    ctx.stroke(run);
  }
  ctx.restore();
}

export function line(ctx: Context, command: Extract<DisplayCommand, { op: 'line' }>): void {
  ctx.save();
  ctx.strokeStyle = command.color;
  ctx.lineWidth = command.width;
  const { dash, cap } = decorationDash(command.style, command.width);
  ctx.setLineDash([...dash]);
  ctx.lineCap = cap;
  for (const { start, line: end, quads } of decorationPaths(command)) {
    ctx.beginPath();
    ctx.moveTo(start[0], start[1]);
    if (end) ctx.lineTo(end[0], end[1]);
    for (const [cx, cy, x, y] of quads) ctx.quadraticCurveTo(cx, cy, x, y);
    ctx.stroke();
  }
  ctx.restore();
}
