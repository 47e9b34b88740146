// The benchmark's stage worker: runs one card's pipeline up to a stage (fonts and HarfBuzz, layout, display list, paint, PNG plan, whole PNG), so CPU read from outside per stage gives workerd's split.
import 'ogsmith';
import { layoutTree } from '../../dist/layout/layout.js';
import { buildDisplayList } from '../../dist/raster/display-list/build.js';
import { paintPortable } from '../../dist/raster/portable/paint.js';
import { pixelWords, plan, releasePlan } from '../../dist/raster/encode/png-writer.js';
import { scanRows } from '../../dist/raster/encode/palette/count-band.js';
import { defaultRegistry } from '../../dist/edge/default-fonts.js';
import { encodePngWeb } from '../../dist/raster/encode/png-web.js';
import { giveBackCanvasBuffer, takeCanvasBuffer } from '../../dist/raster/portable/canvas-buffers.js';
import { paintsManyColours } from '../../dist/edge/many-colours.js';
import { requestedCard, type BenchEnv } from './cards.js';

/** Stages in pipeline order; a request runs every stage up to the one it names ('ogsmith' is imported for its HarfBuzz set-up). */
const STAGES = ['fonts', 'layout', 'list', 'paint', 'plan', 'png'] as const;

export default {
  async fetch(request: Request, env: BenchEnv): Promise<Response> {
    const url = new URL(request.url);
    const card = requestedCard(url, env);
    const upto = STAGES.indexOf((url.searchParams.get('upto') ?? 'png') as (typeof STAGES)[number]);
    if (!card || upto < 0) return new Response('no such card or stage', { status: 404 });
    const { element, emoji } = card;
    try {
      const fonts = await defaultRegistry();
      if (upto === 0) return new Response('ok');
      const warnings: string[] = [];
      const tree = layoutTree(element, { width: 1200, height: 630, emoji }, fonts);
      if (upto === 1) return new Response('ok');
      const list = buildDisplayList(tree, { debug: false, strict: true, warnings, emoji });
      if (upto === 2) return new Response('ok');
      // As the edge render(): a kept canvas buffer, and no palette attempt on cards of many colours.
      const canvas = takeCanvasBuffer(list.width, list.height);
      try {
        const image = await paintPortable(list, fonts, { strict: true, warnings }, canvas);
        if (upto === 3) return new Response('ok');
        const palette = paintsManyColours(list) ? 'off' : 'auto';
        if (upto === 4) {
          const pixels = pixelWords(image.data, image.width * image.height);
          releasePlan(plan(pixels, image.width, image.height, palette, scanRows(pixels, image.width, image.height), 'straight', true));
          return new Response('ok');
        }
        return new Response(await encodePngWeb(image.data, image.width, image.height, palette, 'straight'));
      } finally {
        giveBackCanvasBuffer(canvas);
      }
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
