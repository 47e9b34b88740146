// The benchmark's satori + resvg-wasm worker (what @vercel/og's edge build is made of): satori/standalone with its layout wasm, SVG to PNG by @resvg/resvg-wasm, the same two Inter faces.
import satori, { init as initSatori } from 'satori/standalone';
import layoutWasm from 'satori/layout.wasm';
import { Resvg, initWasm as initResvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import cards from 'bench:cards';
import inter400 from '../../fonts/edge/Inter-Latin-400.ttf';
import inter700 from '../../fonts/edge/Inter-Latin-700.ttf';

const fonts = [
  { name: 'Inter', data: inter400, weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: inter700, weight: 700 as const, style: 'normal' as const },
];

let ready: Promise<unknown> | null = null;

export default {
  async fetch(request: Request): Promise<Response> {
    const card = cards[new URL(request.url).pathname.slice(1)];
    if (!card) return new Response('no such card', { status: 404 });
    try {
      ready ??= Promise.all([initSatori(layoutWasm as never), initResvg(resvgWasm as never)]);
      await ready;
      const svg = await satori(card as never, { width: 1200, height: 630, fonts });
      const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
      return new Response(png, { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
