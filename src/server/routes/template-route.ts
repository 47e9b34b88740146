// GET /og/:template(.ext) and /og/:template/:hash.ext: a registered template with checked, signed query parameters.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { strongEtag } from '../etag.js';
import { canonicalRedirect } from '../canonical-url.js';
import { answerFor, sendAnswer, type RouteAnswer } from '../reply.js';
import { readTemplateParams, readTemplateShape, singleValues } from '../request-params.js';
import type { OgsmithService } from '../service.js';
import { contentHash, verifySignature } from '../signature.js';

const NAME = /^([a-z0-9][a-z0-9-]{0,63})(?:\.([a-z0-9]{1,5}))?$/;
const HASHED = /^([0-9a-f]{16})\.([a-z0-9]{1,5})$/;

/** Refuses a request whose `sig` does not sign its path and query (before any 304 or render). */
export function checkSignature(service: OgsmithService, request: FastifyRequest, query: Readonly<Record<string, string>>): void {
  if (service.secrets.length === 0) return;
  const path = request.url.split('?')[0] ?? '';
  if (query.sig === undefined) throw new OgsmithError('BAD_SIGNATURE', 'This server requires signed URLs: the sig parameter is missing');
  if (!verifySignature(path, query, query.sig, service.secrets)) throw new OgsmithError('BAD_SIGNATURE', 'The sig parameter does not match the URL');
}

/** Validates a template request (signature first) and describes its image; nothing renders yet. */
function templateAnswer(service: OgsmithService, request: FastifyRequest<{ Params: { template: string; file?: string } }>): RouteAnswer {
  const query = singleValues(request.query, service.limits);
  checkSignature(service, request, query);
  const named = NAME.exec(request.params.template);
  let extension = named?.[2];
  if (request.params.file !== undefined) {
    const hashed = HASHED.exec(request.params.file);
    if (!hashed || extension !== undefined) throw new OgsmithError('INVALID_PARAMETER', `The path segment ${quote(request.params.file)} must be a 16-digit hex hash and an extension, e.g. 0123456789abcdef.png`);
    const { sig: _sig, ...unsigned } = query;
    if (hashed[1] !== contentHash(unsigned)) throw new OgsmithError('INVALID_PARAMETER', `The hash ${quote(hashed[1])} in the path does not match the query parameters`);
    extension = hashed[2];
  }
  const template = named ? service.registry.get(named[1]!) : undefined;
  if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', `No template is named ${quote(named?.[1] ?? request.params.template)}; known: ${service.registry.list().map((t) => t.name).join(', ')}`);
  const { shape, sizing } = readTemplateShape(query, template, service.limits, extension);
  const params = readTemplateParams(template.name, template.params, query);
  const cacheControl = template.cacheControl ?? service.cacheControl;
  // The hashed form's path is fixed by its hash; the plain form is redirected when spelled another way (no extension, .jpeg, 001200).
  const path = request.url.split('?')[0] ?? '';
  const redirect = request.params.file === undefined ? canonicalRedirect({ path, query, format: shape.format, template: template.name, secrets: service.secrets, cacheControl }) : null;
  if (redirect) return redirect;
  const etag = strongEtag([...service.etagBase, 'template', template.name, template.version, params, shape]);
  return {
    kind: 'image',
    etag,
    cacheControl,
    format: shape.format,
    produce: async () => ({ bytes: await service.renderElement(template.name, service.callTemplate(template, params, sizing), shape), store: true }),
  };
}

function templateImage(service: OgsmithService, request: FastifyRequest<{ Params: { template: string; file?: string } }>, reply: FastifyReply): Promise<FastifyReply> {
  return sendAnswer(request, reply, service, answerFor(service, request, () => templateAnswer(service, request)));
}

export function templateRoutes(app: FastifyInstance, service: OgsmithService): void {
  const schema = { summary: 'Render a registered template', description: 'Query parameters are the template\'s (see the per-template paths), plus width, height, format, quality, v (cache busting) and sig (when signing is on). Unknown parameters are a 400.', tags: ['images'] };
  app.get<{ Params: { template: string } }>('/og/:template', { schema }, (request, reply) => templateImage(service, request, reply));
  app.get<{ Params: { template: string; file: string } }>('/og/:template/:file', { schema: { ...schema, summary: 'Render a template, with a hash of the query in the path' } }, (request, reply) => templateImage(service, request, reply));
}
