// buildApp(): a fastify instance with the ogsmith plugin and server-wide limits, not yet listening (tests use inject()).
import fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { OgsmithError } from '../errors/catalogue.js';
import { clientErrorHandler } from './client-errors.js';
import { resolveLimits } from './limits.js';
import { ogsmith } from './plugin.js';
import { playgroundEnabled } from './playground/enabled.js';
import { sendError } from './reply.js';
import { OgsmithService, type OgsmithOptions } from './service.js';

export interface ServerOptions extends OgsmithOptions {
  /** pino logger options, or false (default) for none. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Render a small card on every worker before returning (npm start does). */
  readonly warmUp?: boolean;
  /** The playground page at GET / (docs/playground.md); default: env OGSMITH_PLAYGROUND, else on only with NODE_ENV=development. */
  readonly playground?: boolean;
}

/** How much longer than the request timeout an idle socket is kept, so a stalled request gets its 408 first. */
const IDLE_AFTER_REQUEST_TIMEOUT_MS = 5000;

export async function buildApp(options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = resolveLimits(options.limits);
  const service = new OgsmithService(options);
  const app: FastifyInstance = fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    // The idle-socket timeout closes silently: it must come after the request timeout (checked every second), which answers 408.
    connectionTimeout: limits.requestTimeoutMs + IDLE_AFTER_REQUEST_TIMEOUT_MS,
    // The router's own refusals (bad percent-encoding, an over-long path segment) answer like every other error.
    frameworkErrors: (error, request, reply) => sendError(request, reply, error, service),
    clientErrorHandler: clientErrorHandler((error) => {
      service.metrics.errors.inc({ code: error.code });
      app.log.info({ code: error.code }, error.message);
    }),
    keepAliveTimeout: 5000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check every second.
    http: { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: 1000 },
  });
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error, service));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new OgsmithError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`), service));
  app.addHook('onClose', () => service.close());
  await app.register(ogsmith, { ...options, service });
  if (options.warmUp) await service.warmUp();
  // The playground (and acorn, its JSX reader) is loaded only where it is served: development.
  if (playgroundEnabled(options.playground)) await app.register((await import('./playground/plugin.js')).playground, { service });
  return app;
}

export { OgsmithService };
