// The benchmark's @takumi-rs/wasm worker, as its docs set one up: the wasm module imported, init() once, a Renderer with two Inter faces, fromJsx per request.
import init, { Renderer } from '@takumi-rs/wasm';
// The workerd condition's module (a compiled wasm module); TypeScript resolves the node condition's types, which have no default.
import * as auto from '@takumi-rs/wasm/auto';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import cards from 'bench:cards';
import inter400 from '../../fonts/edge/Inter-Latin-400.ttf';
import inter700 from '../../fonts/edge/Inter-Latin-700.ttf';

const wasm = (auto as unknown as { default: WebAssembly.Module }).default;
let renderer: Promise<Renderer> | null = null;

async function ready(): Promise<Renderer> {
  await init({ module_or_path: wasm });
  const created = new Renderer();
  created.registerFont({ name: 'Inter', data: new Uint8Array(inter400), weight: 400, style: 'normal' });
  created.registerFont({ name: 'Inter', data: new Uint8Array(inter700), weight: 700, style: 'normal' });
  return created;
}

export default {
  async fetch(request: Request): Promise<Response> {
    const card = cards[new URL(request.url).pathname.slice(1)];
    if (!card) return new Response('no such card', { status: 404 });
    try {
      renderer ??= ready();
      const { node } = await fromJsx(card as never);
      return new Response(await (await renderer).render(node, { width: 1200, height: 630, format: 'png' }), { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
