// Child process of bench/http.mjs: the ogsmith server and a plain fastify route serving the same bytes, on loopback.
import fastify from 'fastify';
import { buildApp } from '../dist/server/app.js';

// BENCH_ISOLATION=thread runs the render workers as threads instead of the server's default processes (for comparisons).
const app = await buildApp({ limits: { cacheBytes: Number(process.env.BENCH_CACHE_MB ?? 16) * 1024 * 1024 }, ...(process.env.BENCH_ISOLATION ? { pool: { isolation: process.env.BENCH_ISOLATION } } : {}) });
await app.listen({ port: 0, host: '127.0.0.1' });
const warm = await app.inject({ url: '/og/blog.png?title=Benchmark%20card&author=Ada%20Lovelace&date=Nov%2026' });
if (warm.statusCode !== 200) throw new Error(`warm-up failed: ${warm.statusCode} ${warm.body}`);

// The baseline: the cheapest fastify route returning the same bytes and headers.
const plain = fastify({ logger: false });
plain.get('/plain', async (_request, reply) => {
  reply.header('content-type', 'image/png').header('etag', warm.headers.etag).header('cache-control', warm.headers['cache-control']);
  return warm.rawPayload;
});
await plain.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ ogsmith: app.server.address().port, plain: plain.server.address().port, bytes: warm.rawPayload.length })}\n`);
process.on('SIGTERM', () => Promise.all([app.close(), plain.close()]).then(() => process.exit(0)));
