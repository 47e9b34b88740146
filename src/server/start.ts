// Starts the image service the way `npm start` and `ogsmith serve` do: options from flags and env, graceful shutdown on signals.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { DEFAULT_SERVER_LIMITS } from './limits.js';
import { redisCache, type SharedCache } from './shared-cache.js';
import { s3Cache } from './s3-cache.js';
import { playgroundEnabled } from './playground/enabled.js';
import type { StartedPool } from './early-pool.js';

export interface StartOptions {
  readonly port?: string;
  readonly host?: string;
  readonly templates?: string;
  readonly dev?: boolean;
}

export const START_HELP = `  --port <n>         listen port (env PORT, default 3000)
  --host <addr>      listen address (env HOST, default 0.0.0.0)
  --templates <dir>  extra templates: .js/.mjs modules exporting a template definition
  --dev              re-read --templates on change, and serve the playground at / (docs/playground.md)

env: OGSMITH_SECRET (comma-separated signing keys), OGSMITH_API_KEY (enables POST /render),
     OGSMITH_REDIS_URL or OGSMITH_S3_BUCKET (+ OGSMITH_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID,
     AWS_SECRET_ACCESS_KEY) for a shared cache tier, OGSMITH_RATE_LIMIT (requests per minute per IP),
     OGSMITH_PLAYGROUND (1 or 0: the playground at /; default on with --dev or NODE_ENV=development)`;

/** Time allowed after the shutdown grace for the workers and the shared cache to close. */
const SHUTDOWN_MARGIN_MS = 5000;

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Builds the app from flags and environment, exits cleanly on SIGINT/SIGTERM, and listens.
 * `early`: a pool started before this module loaded (npm start), used instead of the app's own and
 * closed after it; the server listens without waiting for its warm-up, so that the first request's
 * own work here (routing, validation, cache lookups: cold code too) runs while the render processes
 * warm up, and its render waits in the pool's queue for the first of them. Without it, the app
 * warms its own pool up before listening.
 */
export async function startServer(options: StartOptions, early?: StartedPool): Promise<FastifyInstance> {
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  const host = options.host ?? process.env.HOST ?? '0.0.0.0';
  const apiKeys = list(process.env.OGSMITH_API_KEY);
  const rate = Number(process.env.OGSMITH_RATE_LIMIT ?? 0);
  let sharedCache: SharedCache | undefined;
  if (process.env.OGSMITH_REDIS_URL) sharedCache = await redisCache(process.env.OGSMITH_REDIS_URL);
  else if (process.env.OGSMITH_S3_BUCKET) {
    sharedCache = s3Cache({
      endpoint: process.env.OGSMITH_S3_ENDPOINT ?? `https://s3.${process.env.AWS_REGION ?? 'us-east-1'}.amazonaws.com`,
      bucket: process.env.OGSMITH_S3_BUCKET,
      region: process.env.AWS_REGION,
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    });
  }

  const app = await buildApp({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    secrets: list(process.env.OGSMITH_SECRET),
    renderRoute: apiKeys.length > 0 ? { apiKeys } : 'off',
    templatesDir: options.templates,
    watchTemplates: options.dev ?? false,
    playground: playgroundEnabled(undefined, process.env, options.dev ?? false),
    sharedCache,
    rateLimit: rate > 0 ? { max: rate, timeWindow: '1 minute' } : undefined,
    ...(early ? { pool: early.pool } : {}),
    warmUp: !early,
  });

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      app.log.info(`${signal}: finishing in-flight requests (new ones get 503), then exiting`);
      // The grace ends in-flight requests; this bounds the rest (workers, shared cache) so the process always exits.
      setTimeout(() => {
        app.log.error('shutdown did not finish in time; exiting');
        process.exit(1);
      }, DEFAULT_SERVER_LIMITS.shutdownGraceMs + SHUTDOWN_MARGIN_MS).unref();
      app.close().then(() => early?.pool.close()).then(() => process.exit(0), (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
    });
  }

  await app.listen({ port, host });
  return app;
}
