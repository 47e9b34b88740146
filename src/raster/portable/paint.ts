// Portable backend: replays a display list onto a pure TypeScript raster (no canvas, no Node built-ins), for edge runtimes and as backend 'portable'.
import { isOgsmithError, OgsmithError } from '../../errors/catalogue.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import type { MaskLayer } from '../display-list/effect-types.js';
import type { DisplayCommand, DisplayList } from '../display-list/types.js';
import { chargedImages, reportImageFailure, type PaintOptions } from '../paint-options.js';
import { checkSvgWork } from '../svg/svg-work.js';
import { border } from './borders.js';
import { PortableContext } from './context.js';
import { decodeImage, type PixelImage } from './decode-image.js';
import { image, pattern } from './draw-image.js';
import { fillShape } from './fills.js';
import { closeGroup, drawBackdrop, openGroup, type OpenGroup } from './effects.js';
import { compositeLayer } from './layers.js';
import { line, outline } from './lines.js';
import { rrectPath } from './path.js';
import { paintPattern } from './paint-pattern.js';
import { boxShadow } from './shadows.js';
import { Surface, surfaceOver, takeStraightAlpha } from './surface.js';
import { glyphs } from './text.js';

export type { PaintOptions } from '../paint-options.js';

/** Pixels as straight-alpha RGBA bytes, row by row: the layout canvas.data() gives. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Decodes the list's images within the pixel budget; failures throw (strict) or become warnings. */
function decodeImages(list: DisplayList, options: PaintOptions): Map<string, PixelImage> {
  const decoded = new Map<string, PixelImage>();
  for (const [key, bytes] of chargedImages(list, options)) {
    try {
      decoded.set(key, decodeImage(key, bytes));
    } catch (error) {
      const failure = isOgsmithError(error) ? error : new OgsmithError('INVALID_IMAGE', `An image could not be decoded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      reportImageFailure(options, failure);
    }
  }
  return decoded;
}

type Command<K extends DisplayCommand['op']> = Extract<DisplayCommand, { op: K }>;

/** What one render's replay works with: the layer stack (the top one is drawn on), its images and fonts. */
interface Replay {
  /** Opacity layers (alpha) and effect groups (group), bottom first. */
  readonly layers: { readonly ctx: PortableContext; readonly alpha: number; readonly group?: OpenGroup }[];
  readonly images: ReadonlyMap<string, PixelImage>;
  readonly fonts: FontRegistry;
  readonly width: number;
  readonly height: number;
}

const top = (replay: Replay): PortableContext => replay.layers[replay.layers.length - 1]!.ctx;

/** How each command draws, by its op. */
const DRAW: { readonly [K in DisplayCommand['op']]: (replay: Replay, command: Command<K>) => void } = {
  save: (r) => top(r).save(),
  restore: (r) => top(r).restore(),
  clip: (r, c) => top(r).clipTo(rrectPath(c.shape, top(r).matrix)),
  transform: (r, c) => top(r).transform(c.matrix),
  pushLayer: (r, c) => {
    // Only as large as what can land below: the clip's box (or the surface below).
    r.layers.push({ ctx: new PortableContext(surfaceOver(top(r).limit), top(r).matrix), alpha: c.alpha });
  },
  popLayer: (r) => {
    const layer = r.layers.pop();
    if (!layer || layer.group || r.layers.length === 0) throw new OgsmithError('INTERNAL', 'Unbalanced opacity layers in the display list');
    compositeLayer(top(r), layer.ctx.surface, layer.alpha);
  },
  fill: (r, c) => fillShape(top(r), c.shape, c.paint),
  border: (r, c) => border(top(r), c),
  shadow: (r, c) => boxShadow(top(r), c),
  image: (r, c) => withImage(r, c.source, (pixels) => image(top(r), c, pixels)),
  pattern: (r, c) => withImage(r, c.source, (pixels) => pattern(top(r), c, pixels)),
  paintPattern: (r, c) => paintPattern(top(r), c),
  glyphs: (r, c) => glyphs(top(r), c, r.fonts),
  line: (r, c) => line(top(r), c),
  outline: (r, c) => outline(top(r), c),
  pushGroup: (r, c) => {
    const group = openGroup(top(r), c);
    r.layers.push({ ctx: group.ctx, alpha: 1, group });
  },
  popGroup: (r) => {
    const layer = r.layers.pop();
    if (!layer?.group || r.layers.length === 0) throw new OgsmithError('INTERNAL', 'Unbalanced effect groups in the display list');
    closeGroup(top(r), layer.group, (ctx, command) => drawMaskLayer(r, ctx, command));
  },
  backdrop: (r, c) => {
    const below = r.layers[r.layers.length - 2];
    if (!below || !r.layers[r.layers.length - 1]!.group) throw new OgsmithError('INTERNAL', 'A backdrop outside an effect group in the display list');
    drawBackdrop(top(r), below.ctx.surface, c);
  },
};

/** Draws one layer of a mask (a fill, image tile or gradient tile) on `ctx`. */
function drawMaskLayer(replay: Replay, ctx: PortableContext, command: MaskLayer): void {
  if (command.op === 'fill') fillShape(ctx, command.shape, command.paint);
  else if (command.op === 'paintPattern') paintPattern(ctx, command);
  else withImage(replay, command.source, (pixels) => pattern(ctx, command, pixels));
}

/** Draws with the decoded image, if it decoded (a failure was already thrown or warned about). */
function withImage(replay: Replay, source: string, draw: (pixels: PixelImage) => void): void {
  const pixels = replay.images.get(source);
  if (pixels) draw(pixels);
}

const draw = (replay: Replay, command: DisplayCommand): void => (DRAW[command.op] as (replay: Replay, command: DisplayCommand) => void)(replay, command);

/** A fill of a plain rectangle covering the whole canvas (the background most cards start with). */
const coversCanvas = (command: DisplayCommand | undefined, list: DisplayList): command is Command<'fill'> => {
  if (command?.op !== 'fill' || command.shape.radii !== null) return false;
  const { x, y, width, height } = command.shape.rect;
  return x <= 0 && y <= 0 && x + width >= list.width && y + height >= list.height;
};

/**
 * Replays the display list onto a new surface, or onto `pixels` (width × height × 4 bytes holding
 * anything: a kept canvas buffer), and returns its pixels (straight alpha; a view of `pixels` when
 * given). `pixels` are cleared first, unless the list starts with an opaque background over the
 * whole canvas, which writes every pixel without reading it (the surface is then marked opaque; a
 * background that turns out translucent is drawn again on cleared pixels).
 */
export async function paintPortable(list: DisplayList, fonts: FontRegistry, options: PaintOptions = { strict: true, warnings: [] }, pixels?: Uint8ClampedArray): Promise<RgbaImage> {
  await checkSvgWork(list);
  const root = new Surface(list.width, list.height, 0, 0, pixels);
  const replay: Replay = { layers: [{ ctx: new PortableContext(root), alpha: 1 }], images: decodeImages(list, options), fonts, width: list.width, height: list.height };
  const { commands } = list;
  let from = 0;
  if (pixels) {
    const first = commands[0];
    if (coversCanvas(first, list)) draw(replay, first);
    if (root.opaque) from = 1;
    else pixels.fill(0);
  }
  for (let i = from; i < commands.length; i++) draw(replay, commands[i]!);
  return { width: list.width, height: list.height, data: takeStraightAlpha(root) };
}
