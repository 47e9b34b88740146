// SVG backend: writes a display list as one SVG document (the same drawing as the canvas backend), in any runtime.
import { OgsmithError } from '../../errors/catalogue.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import type { DisplayCommand, DisplayList, RRect } from '../display-list/types.js';
import { border, clipPathId } from './borders.js';
import { glyphRun, type Translation } from './glyphs.js';
import { imageId, snapImageRect, useImage } from './images.js';
import { line } from './lines.js';
import { conicWedges, fillAttributes } from './paints.js';
import { rrectData } from './path-data.js';
import { gradientTile, imageTile, tiled } from './patterns.js';
import { shadow } from './shadows.js';
import { SvgDefs } from './svg-defs.js';
import { colorAttributes, num } from './svg-text.js';

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

/** One save (or opacity layer) level: how many <g> it opened and the transform inside it. */
interface Frame {
  groups: number;
  matrix: Matrix;
}

class SvgWriter {
  readonly defs = new SvgDefs();
  private readonly body: string[] = [];
  private readonly frames: Frame[] = [{ groups: 0, matrix: IDENTITY }];

  constructor(private readonly list: DisplayList, private readonly fonts: FontRegistry) {}

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private open(attributes: string): void {
    this.body.push(`<g${attributes}>`);
    this.frame.groups++;
  }

  private close(frame: Frame | undefined): void {
    if (!frame) throw new OgsmithError('INTERNAL', 'Unbalanced save/restore or opacity layers in the display list');
    this.body.push('</g>'.repeat(frame.groups));
  }

  /** The translation the canvas would blit glyph masks under, or null for any other transform. */
  private translation(): Translation | null {
    const [a, b, c, d, e, f] = this.frame.matrix;
    return a === 1 && b === 0 && c === 0 && d === 1 ? { x: e, y: f } : null;
  }

  private fill(shape: RRect, paint: Extract<DisplayCommand, { op: 'fill' }>['paint']): string {
    if (paint.kind === 'conic') return `<g clip-path="url(#${clipPathId(this.defs, rrectData(shape))})">${conicWedges(paint, shape.rect)}</g>`;
    return `<path d="${rrectData(shape)}"${fillAttributes(paint, this.defs)}/>`;
  }

  private image(source: string, pixelated = false): string | null {
    const bytes = this.list.images.get(source);
    return bytes ? imageId(source, bytes, this.defs, pixelated) : null;
  }

  command(command: DisplayCommand): void {
    switch (command.op) {
      case 'save':
        this.frames.push({ groups: 0, matrix: this.frame.matrix });
        return;
      case 'restore':
        if (this.frames.length > 1) this.close(this.frames.pop());
        return;
      case 'clip':
        this.open(` clip-path="url(#${clipPathId(this.defs, rrectData(command.shape))})"`);
        return;
      case 'transform':
        this.open(` transform="matrix(${command.matrix.map((v) => num(v, 6)).join(' ')})"`);
        this.frame.matrix = multiply(this.frame.matrix, command.matrix);
        return;
      case 'pushLayer':
        this.frames.push({ groups: 0, matrix: this.frame.matrix });
        this.open(` opacity="${num(command.alpha, 4)}"`);
        return;
      case 'popLayer':
        if (this.frames.length <= 1) throw new OgsmithError('INTERNAL', 'Unbalanced opacity layers in the display list');
        this.close(this.frames.pop());
        return;
      case 'fill':
        this.body.push(this.fill(command.shape, command.paint));
        return;
      case 'border':
        this.body.push(border(command, this.defs));
        return;
      case 'shadow':
        this.body.push(shadow(command, this.defs));
        return;
      case 'image': {
        const id = this.image(command.source, command.pixelated === true);
        const dest = snapImageRect(command.dest, this.translation());
                if (id) this.body.push(`<g clip-path="url(#${clipPathId(this.defs, rrectData(command.shape))})">${useImage(id, dest.x, dest.y, dest.width, dest.height)}</g>`);
        return;
      }
      case 'pattern': {
        const id = this.image(command.source, command.pixelated === true);
        // Each tile is an image draw on the canvas: its position snaps to whole pixels (its size stays).
        const placed = snapImageRect(command.tile, this.translation());
        const tile = { ...command.tile, x: placed.x, y: placed.y };
        if (id) this.body.push(tiled({ ...command, tile }, imageTile(id, tile), this.defs));
        return;
      }
      case 'paintPattern':
        this.body.push(tiled(command, gradientTile(command.paint, command.tile, this.defs), this.defs));
        return;
      case 'glyphs':
        this.body.push(glyphRun(command, this.fonts, this.defs, this.translation()));
        return;
      case 'line':
        this.body.push(line(command));
        return;
      case 'pushGroup':
      case 'popGroup':
      case 'backdrop':
        throw new OgsmithError('EFFECT_UNSUPPORTED', `SVG output cannot draw paint effects yet (a ${command.op === 'backdrop' ? 'backdrop-filter' : 'filter, clip-path, mask or blend-mode group'}); render PNG, JPEG, WebP or AVIF instead`);
      case 'outline': {
        const { x, y, width, height } = command.rect;
        this.body.push(`<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(Math.max(0, width - 1))}" height="${num(Math.max(0, height - 1))}" fill="none"${colorAttributes('stroke', command.color)} stroke-width="1"/>`);
        return;
      }
    }
  }

  document(): string {
    while (this.frames.length > 0) this.close(this.frames.pop());
    const { width, height } = this.list;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">${this.defs.markup()}${this.body.join('')}</svg>`;
  }
}

/** The display list as an SVG document: glyphs as paths, images embedded, deterministic (the same list always writes the same text). */
export function displayListToSvg(list: DisplayList, fonts: FontRegistry): string {
  const writer = new SvgWriter(list, fonts);
  for (const command of list.commands) writer.command(command);
  return writer.document();
}
