// The benchmark's ogsmith worker: renders one card per request with the edge build (bundled Inter, portable rasteriser, PNG).
import { render } from 'ogsmith';
import cards from 'bench:cards';

export default {
  async fetch(request: Request): Promise<Response> {
    const card = cards[new URL(request.url).pathname.slice(1)];
    if (!card) return new Response('no such card', { status: 404 });
    try {
      return new Response(await render(card, { width: 1200, height: 630, emoji: 'none' }), { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
