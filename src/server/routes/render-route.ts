// POST /render: an element tree as JSON (or HTML), off by default, on with an API key; checked by an iterative walk first.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { strongEtag } from '../etag.js';
import { secretMatches, sendImage } from '../reply.js';
import { readImageShape } from '../request-params.js';
import type { OgsmithService } from '../service.js';
import { checkElementTree } from '../tree-limits.js';
import { elementFromHtmlField } from '../html-body.js';

const BODY_KEYS: ReadonlySet<string> = new Set(['element', 'html', 'width', 'height', 'format', 'quality']);

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string' && /^Bearer\s+/i.test(header)) return header.replace(/^Bearer\s+/i, '');
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key : undefined;
}

/** Runs before the body is read: a disabled route or a missing key costs no parsing. */
function authorize(service: OgsmithService, request: FastifyRequest): void {
  const mode = service.options.renderRoute ?? 'off';
  if (mode === 'off') throw new OgsmithError('FORBIDDEN', 'POST /render is turned off on this server');
  if (mode !== 'open' && !secretMatches(presentedKey(request), mode.apiKeys)) throw new OgsmithError('FORBIDDEN', 'POST /render needs a valid API key (Authorization: Bearer <key> or x-api-key)');
}

async function renderBody(service: OgsmithService, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new OgsmithError('INVALID_BODY', `The body must be a JSON object { element or html, width, height, format?, quality? }, got ${quote(body)}`);
  for (const key of Object.keys(body)) if (!BODY_KEYS.has(key)) throw new OgsmithError('INVALID_BODY', `Unknown body field ${quote(key)}; allowed: ${[...BODY_KEYS].join(', ')}`);
  const fields = body as Readonly<Record<string, unknown>>;
  if (fields.width === undefined || fields.height === undefined) throw new OgsmithError('INVALID_PARAMETER', `width and height are required, got width ${quote(fields.width)} and height ${quote(fields.height)}`);
  if ((fields.element === undefined) === (fields.html === undefined)) throw new OgsmithError('INVALID_BODY', 'The body needs exactly one of element (an element tree) and html (a string)');
  const element = fields.html === undefined ? fields.element : elementFromHtmlField(fields.html, service.limits);
  if (typeof element !== 'object' || element === null) throw new OgsmithError('INVALID_BODY', `element must be an element object, got ${quote(element)}`);
  checkElementTree(element, service.limits);
  const shape = readImageShape(fields, { width: 0, height: 0 }, service.limits);
  const etag = strongEtag([...service.etagBase, fields.html === undefined ? 'element' : 'html', fields.html ?? element, shape]);
  return sendImage(request, reply, service, {
    kind: 'image',
    etag,
    cacheControl: 'private, no-cache',
    format: shape.format,
    produce: async () => ({ bytes: await service.renderElement('render', element, shape), store: true }),
  });
}

export function renderRoute(app: FastifyInstance, service: OgsmithService): void {
  app.post('/render', {
    bodyLimit: service.limits.bodyBytes,
    onRequest: async (request) => authorize(service, request),
    schema: { summary: 'Render an element tree', description: 'JSON body { element or html, width, height, format?, quality? } (html: a string of HTML with inline styles); needs an API key unless the server runs it open. Off by default.', tags: ['images'] },
  }, (request, reply) => renderBody(service, request, reply));
}
