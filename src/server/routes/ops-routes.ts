// GET /healthz, /metrics (Prometheus text) and /docs (OpenAPI, with one path per registered template).
import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/swagger';
import type { TObject } from '@sinclair/typebox';
import type { OgsmithService } from '../service.js';

/** OpenAPI query parameters of a template's schema. */
function templateParameters(schema: TObject): readonly object[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => ({ name, in: 'query', required: required.has(name), description: (property as { description?: string }).description, schema: JSON.parse(JSON.stringify(property)) as object }));
}

const SHAPE_PARAMETERS = [
  { name: 'width', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
  { name: 'height', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
  { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['png', 'jpeg', 'webp', 'avif', 'svg'] } },
  { name: 'quality', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } },
  { name: 'v', in: 'query', required: false, description: 'Cache busting', schema: { type: 'string' } },
  { name: 'sig', in: 'query', required: false, description: 'HMAC signature (required when the server signs URLs)', schema: { type: 'string' } },
];

export function opsRoutes(app: FastifyInstance, service: OgsmithService): void {
  app.get('/healthz', { schema: { summary: 'Liveness', tags: ['operations'] } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', threads: service.pool.threads, queue: service.pool.queueSize, stuckWorkers: service.pool.stuckWorkers, templates: service.registry.list().length };
  });
  app.get('/metrics', { schema: { summary: 'Prometheus metrics', tags: ['operations'] } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store').type(service.metrics.registry.contentType);
    return service.metrics.registry.metrics();
  });
  app.get('/docs', { schema: { summary: 'This OpenAPI document', tags: ['operations'] } }, async (_request, reply) => {
    const document = structuredClone(app.swagger()) as { paths?: Record<string, unknown> };
    const paths = { ...document.paths };
    for (const template of service.registry.list()) {
      paths[`/og/${template.name}`] = {
        get: {
          summary: `Template ${template.name}`,
          description: template.description,
          tags: ['templates'],
          parameters: [...templateParameters(template.params), ...SHAPE_PARAMETERS],
          responses: { 200: { description: `A ${template.width}×${template.height} image (png by default)` }, 308: { description: `Redirect to the canonical URL: /og/${template.name}.<ext> with the format as extension (no format parameter), numbers without leading zeros` }, 304: { description: 'Not modified' }, 400: { description: 'Bad parameter' }, 403: { description: 'Bad signature' } },
        },
      };
    }
    reply.header('cache-control', 'no-store');
    return { ...document, paths };
  });
}
