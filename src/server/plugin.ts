// `app.register(ogsmith, options)`: the image routes, their error handling, docs, metrics and shutdown for any fastify app.
import swagger from '@fastify/swagger';
import underPressure from '@fastify/under-pressure';
import type { FastifyPluginAsync } from 'fastify';
import { OgsmithError } from '../errors/catalogue.js';
import { sendError } from './reply.js';
import { opsRoutes } from './routes/ops-routes.js';
import { renderRoute } from './routes/render-route.js';
import { templateRoutes } from './routes/template-route.js';
import { urlRoute } from './routes/url-route.js';
import { OGSMITH_VERSION, OgsmithService, type OgsmithOptions } from './service.js';

export interface OgsmithPluginOptions extends OgsmithOptions {
  /** A service built by the caller (buildApp shares it); default: one built from these options and closed with the app. */
  readonly service?: OgsmithService;
  /** Serve /healthz, /metrics and /docs too (default true). */
  readonly operations?: boolean;
}

export const ogsmith: FastifyPluginAsync<OgsmithPluginOptions> = async (app, options) => {
  const service = options.service ?? new OgsmithService(options);
  const owned = options.service === undefined;
  await service.start(
    (files) => app.log.info({ files }, 'ogsmith: templates loaded'),
    (error: unknown) => app.log.error({ err: error }, 'ogsmith: template reload failed; keeping the previous templates'),
  );
  service.sharedTier?.watch(app.log);
  app.removeContentTypeParser('text/plain');
  await app.register(swagger, { openapi: { info: { title: 'ogsmith image service', version: OGSMITH_VERSION, description: 'Open Graph images from templates and element trees.' } } });
  // A blocked event loop (e.g. a huge synchronous parse) answers 503 BUSY too; /healthz stays answerable.
  await app.register(underPressure, {
    maxEventLoopDelay: service.limits.maxEventLoopDelayMs,
    pressureHandler: async (request, _reply, type) => {
      if (request.routeOptions.url?.endsWith('/healthz')) return;
      throw new OgsmithError('BUSY', `The server is under pressure (${type}); retry shortly`);
    },
  });
  if (options.rateLimit) {
    // Loaded only when configured: with ip-address it is ~15 ms of a cold start's CPU.
    const { default: rateLimit } = await import('@fastify/rate-limit');
    await app.register(rateLimit, {
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.timeWindow,
      allowList: (request) => request.url === '/healthz',
      errorResponseBuilder: (_request, context) => new OgsmithError('RATE_LIMITED', `At most ${context.max} requests per ${context.after}; retry later`),
    });
  }
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error, service));
  // Callback-style hooks: they run on every cache hit, and skip a promise each.
  app.addHook('onRequest', (request, reply, done) => {
    service.inFlight.track(reply.raw);
    if (!service.closing) return done();
    sendError(request, reply, new OgsmithError('SHUTTING_DOWN', 'The server is shutting down; retry on another instance'), service);
  });
  // A safety net for error answers made outside sendError (e.g. by a plugin): never publicly cacheable.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode >= 400) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  // fastify closes the port after preClose: until then new connections are accepted and answered 503 SHUTTING_DOWN.
  app.addHook('preClose', async () => {
    service.closing = true;
    if (!(await service.inFlight.drained(service.limits.shutdownGraceMs))) {
      app.log.warn({ inFlight: service.inFlight.size }, `ogsmith: requests still in flight after the ${service.limits.shutdownGraceMs} ms shutdown grace; closing their connections`);
      app.server.closeAllConnections();
    }
  });
  app.addHook('onClose', async () => {
    if (owned) await service.close();
  });
  urlRoute(app, service);
  templateRoutes(app, service);
  renderRoute(app, service);
  if (options.operations !== false) opsRoutes(app, service);
};

export default ogsmith;
