// The benchmark's worker: renders one of bench/edge/cards.ts per request with the edge build (the avatar and emoji SVGs come as bindings).
import { render } from 'ogsmith';
import { requestedCard, type BenchEnv } from './cards.js';

export default {
  async fetch(request: Request, env: BenchEnv): Promise<Response> {
    const card = requestedCard(new URL(request.url), env);
    if (!card) return new Response('no such card', { status: 404 });
    try {
      return new Response(await render(card.element, { width: 1200, height: 630, emoji: card.emoji }), { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
