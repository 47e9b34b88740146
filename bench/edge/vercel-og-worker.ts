// The benchmark's @vercel/og worker: its edge build (satori, yoga wasm, resvg wasm; `bench:vercel-og` is 0.11.1 or 1.0.3) with the same two Inter faces as the other engines.
// Imported on the first request: its module scope starts work workerd forbids outside a handler (esbuild keeps the module lazy).
import cards from 'bench:cards';
import inter400 from '../../fonts/edge/Inter-Latin-400.ttf';
import inter700 from '../../fonts/edge/Inter-Latin-700.ttf';

const fonts = [
  { name: 'Inter', data: inter400, weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: inter700, weight: 700 as const, style: 'normal' as const },
];

export default {
  async fetch(request: Request): Promise<Response> {
    const card = cards[new URL(request.url).pathname.slice(1)];
    if (!card) return new Response('no such card', { status: 404 });
    try {
      // The body is rendered while it streams: read it here so a failure is a 500, not a broken stream.
      const { ImageResponse } = await import('bench:vercel-og');
      const bytes = await new ImageResponse(card as never, { width: 1200, height: 630, fonts }).arrayBuffer();
      return new Response(bytes, { headers: { 'content-type': 'image/png' } });
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
