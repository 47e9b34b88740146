// The playground as a fastify plugin: page, API and its own one-thread render pool (closed with the app).
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import { OgsmithError } from '../../errors/catalogue.js';
import type { OgsmithService } from '../service.js';
import { playgroundApi } from './api-route.js';
import { playgroundPage } from './page-route.js';
import { PlaygroundRenderer } from './playground-renderer.js';

export interface PlaygroundOptions {
  /** The server's service: templates, limits, secrets, image fetcher and metrics are shared with the image routes. */
  readonly service: OgsmithService;
  /** Worker threads of the playground's pool (default 1). */
  readonly threads?: number;
}

export const playground: FastifyPluginAsync<PlaygroundOptions> = async (app, options) => {
  const { service } = options;
  if (service.options.rateLimit) {
    await app.register(rateLimit, {
      max: service.options.rateLimit.max,
      timeWindow: service.options.rateLimit.timeWindow,
      errorResponseBuilder: (_request, context) => new OgsmithError('RATE_LIMITED', `At most ${context.max} requests per ${context.after}; retry later`),
    });
  }
  // JSON bodies only, as on POST /render: a cross-site form or text/plain POST is refused before parsing.
  app.removeContentTypeParser('text/plain');
  const renderer = new PlaygroundRenderer(service, options.threads);
  app.addHook('onClose', () => renderer.close());
  app.addHook('onReady', async () => renderer.warm());
  playgroundPage(app);
  playgroundApi(app, service, renderer);
};
