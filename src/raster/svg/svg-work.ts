// The SVG drawing budget of one render: each draw of an SVG costs its drawn pixels × filter passes plus its elements.
import { OgsmithError } from '../../errors/catalogue.js';
import type { DisplayList } from '../display-list/types.js';
import { lazyImport } from '../../runtime/lazy-import.js';
import { isSvg } from './svg-sniff.js';

/** svg-limits and its XML parser (saxes) are loaded by the first render with an SVG image. */
const loadSvgLimits = lazyImport(() => import('./svg-limits.js'));

/**
 * Work units one render may spend drawing SVG images (about 12 ns each for a turbulence octave on this
 * project's 2-core machine, so about 1.2 s at most); documented in docs/server.md ("SVG images").
 */
export const SVG_WORK_BUDGET = 100_000_000;
/** Work units per expanded SVG element per draw (path set-up and filling of a small shape). */
export const SVG_ELEMENT_WORK = 1000;
/** Pixels counted at the least for one draw (a filter's layer set-up costs even for a tiny tile). */
const MIN_DRAW_PIXELS = 64 * 64;

/** Pixels and draws of each image source in the list, each draw's pixels clipped to the canvas size. */
function drawsBySource(list: DisplayList): Map<string, { draws: number; pixels: number }> {
  const canvas = list.width * list.height;
  const out = new Map<string, { draws: number; pixels: number }>();
  const add = (source: string, draws: number, pixels: number): void => {
    const entry = out.get(source) ?? { draws: 0, pixels: 0 };
    out.set(source, { draws: entry.draws + draws, pixels: entry.pixels + pixels });
  };
  for (const command of list.commands) {
    if (command.op === 'image') add(command.source, 1, Math.max(MIN_DRAW_PIXELS, Math.min(canvas, command.dest.width * command.dest.height)));
    if (command.op === 'pattern' && command.tile.width > 0 && command.tile.height > 0) {
      const area = command.shape.rect.width * command.shape.rect.height;
      const tiles = Math.ceil((command.repeatX ? command.shape.rect.width / command.tile.width + 1 : 1) * (command.repeatY ? command.shape.rect.height / command.tile.height + 1 : 1));
      add(command.source, tiles, Math.max(tiles * MIN_DRAW_PIXELS, Math.min(canvas, area)));
    }
  }
  return out;
}

/** Checks every SVG image of the list (svg-limits) and the render's total SVG work; throws SVG_TOO_COMPLEX over the budget. */
export async function checkSvgWork(list: DisplayList): Promise<void> {
  const svgs = [...list.images].filter(([, bytes]) => isSvg(bytes));
  if (svgs.length === 0) return;
  const { svgCost } = await loadSvgLimits();
  let work = 0;
  const draws = drawsBySource(list);
  for (const [source, bytes] of svgs) {
    const cost = svgCost(bytes);
    const { draws: count, pixels } = draws.get(source) ?? { draws: 0, pixels: 0 };
    work += pixels * cost.filterPasses + count * cost.elements * SVG_ELEMENT_WORK;
  }
  if (work > SVG_WORK_BUDGET) {
    throw new OgsmithError('SVG_TOO_COMPLEX', `An SVG image is refused: drawing the render's SVG images would cost ${Math.round(work / 1e6)} M work units (drawn pixels × filter passes + 1000 per element per draw); the limit is ${SVG_WORK_BUDGET / 1e6} M`);
  }
}
