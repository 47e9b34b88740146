// Glyph runs on the portable surface: solid runs blitted from cached coverage masks, others filled (and stroked, shadowed) as one path.
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontFace } from '../../layout/fonts/font-face.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import { glyphOutline } from '../../layout/fonts/glyph-outline.js';
import { glyphCell, MAX_MASK_FONT_SIZE } from '../display-list/glyph-grid.js';
import type { DisplayCommand } from '../display-list/types.js';
import { composite } from './composite.js';
import type { PortableContext } from './context.js';
import { coverageMask, runKey } from './glyph-masks.js';
import { appendOutline, appendSyntheticOutline } from './glyph-paths.js';
import { Path } from './path.js';
import { castShadow, offsetMatrix } from './shadows.js';
import { shaderFor, solidColor, solidShader, type Shader } from './shader.js';
import { maxScale, type Matrix } from './matrix.js';

type GlyphsCommand = Extract<DisplayCommand, { op: 'glyphs' }>;

function blitRun(ctx: PortableContext, command: GlyphsCommand, face: FontFace, shader: Shader): void {
  const [, , , , e, f] = ctx.matrix;
  const prefix = runKey(face, command.size, command.synthetic);
  for (const glyph of command.glyphs) {
    const { pixelX, pixelY, phaseX, phaseY } = glyphCell(glyph.x + e, glyph.y + f);
    const mask = coverageMask(face, glyph.glyphId, command.size, phaseX, phaseY, prefix, command.synthetic);
    if (mask.width === 0) continue;
    const box = { x: pixelX + mask.left, y: pixelY + mask.top, width: mask.width, height: mask.height };
    composite(ctx.surface, box, { box, data: mask.data, spans: mask.spans }, ctx.clip, shader);
  }
}

/** The run's outlines as one path under `matrix` (or user space, for strokes). */
function runPath(command: GlyphsCommand, face: FontFace, path: Path): Path {
  const scale = command.size / face.unitsPerEm;
  for (const glyph of command.glyphs) {
    const outline = glyphOutline(face, glyph.glyphId);
    if (!outline) continue;
    if (command.synthetic) appendSyntheticOutline(path, outline, scale, glyph.x, glyph.y, command.synthetic);
    else appendOutline(path, outline, scale, glyph.x, glyph.y);
  }
  return path;
}

const isTranslation = (m: Matrix): boolean => m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1;

export function glyphs(ctx: PortableContext, command: GlyphsCommand, fonts: FontRegistry): void {
  const face = fonts.face(command.fontKey);
  if (!face) throw new OgsmithError('INTERNAL', `Unknown font ${command.fontKey}`);
  const shader = shaderFor(command.paint, ctx.matrix);
  if (command.paint.kind === 'color' && shader && !command.shadow && !command.stroke && command.size <= MAX_MASK_FONT_SIZE && isTranslation(ctx.matrix)) {
    blitRun(ctx, command, face, shader);
    return;
  }
  const fill = runPath(command, face, ctx.path());
  const stroke = command.stroke ? runPath(command, face, ctx.userPath()) : null;
  const strokeStyle = command.stroke ? { width: command.stroke.width, cap: 'butt', join: 'round', dash: [] } as const : null;
  const { shadow } = command;
  // A run with a shadow draws only the shadow, in its own colour whatever the text's alpha (as Chromium:
  // transparent text still casts it); the text itself is the next command.
  if (shadow) {
    castShadow(ctx, runPath(command, face, new Path(offsetMatrix(ctx.matrix, shadow.offsetX, shadow.offsetY))), shadow.color, shadow.blur);
    return;
  }
  if (shader) ctx.fill(fill, shader);
  if (stroke && strokeStyle && command.stroke) {
    ctx.stroke(stroke, strokeStyle, solidShader(solidColor(command.stroke.color)));
  }
}

