// buildApp(): a fastify instance with the ogsmith plugin and server-wide limits, not yet listening (tests use inject()).
import fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { OgsmithError } from '../errors/catalogue.js';
import { resolveLimits } from './limits.js';
import { ogsmith } from './plugin.js';
import { playgroundEnabled } from './playground/enabled.js';
import { playground } from './playground/plugin.js';
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

export async function buildApp(options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = resolveLimits(options.limits);
  const app = fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: 5000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check every second.
    http: { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: 1000 },
  });
  const service = new OgsmithService(options);
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error, service));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new OgsmithError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`), service));
  app.addHook('onClose', () => service.close());
  await app.register(ogsmith, { ...options, service });
  if (options.warmUp) await service.warmUp();
  if (playgroundEnabled(options.playground)) await app.register(playground, { service });
  return app;
}

export { OgsmithService };
