// The benchmark's worker: renders one of the sample cards (or the edge fixture's gradient card) per request with the edge build.
import { render } from 'ogsmith';
import { sampleCards } from '../../dist/samples/cards.js';
import { card } from '../../test/edge/fixtures/card.js';

export default {
  async fetch(request: Request): Promise<Response> {
    const name = new URL(request.url).pathname.slice(1);
    const element = name === 'gradient' ? card('A gradient title card') : sampleCards[name];
    if (!element) return new Response(`no card ${name}`, { status: 404 });
    try {
      return new Response(await render(element, { width: 1200, height: 630, emoji: 'none' }), { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
