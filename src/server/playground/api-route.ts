// POST /playground/api/render and GET /playground/api/templates: what the page calls; renders answer JSON with image, boxes and timings.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { CONTENT_TYPES } from '../../raster/encode/encode.js';
import { readImageShape, readTemplateParams, readTemplateShape, singleValues, type ImageShape } from '../request-params.js';
import type { OgsmithService } from '../service.js';
import { signedTemplateUrl } from '../signature.js';
import { cardTexts, metaTags } from './meta-tags.js';
import type { PlaygroundRenderer } from './playground-renderer.js';
import { templateSummary } from './template-summary.js';
import { guessSyntax, readTreeSource } from './tree-source.js';

const BODY_KEYS: ReadonlySet<string> = new Set(['template', 'params', 'source', 'syntax', 'width', 'height', 'format']);
/** Size of a pasted tree when the page sends none: the usual Open Graph card. */
const TREE_SIZE = { width: 1200, height: 630 };

interface Rendered {
  readonly url: string | null;
  readonly meta: string;
  readonly texts: { readonly title: string | undefined; readonly description: string | undefined };
  readonly element: unknown;
  readonly shape: ImageShape;
  readonly render: Awaited<ReturnType<PlaygroundRenderer['render']>>;
}

function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Template mode: the form's strings checked like the GET route's query, and the URL that GET route answers with the same image. */
async function renderTemplate(service: OgsmithService, renderer: PlaygroundRenderer, request: FastifyRequest, fields: Readonly<Record<string, unknown>>): Promise<Rendered> {
  const name = fields.template;
  const template = typeof name === 'string' ? service.registry.get(name) : undefined;
  if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', `No template is named ${quote(name)}; known: ${service.registry.list().map((t) => t.name).join(', ')}`);
  if (fields.params !== undefined && (typeof fields.params !== 'object' || fields.params === null || Array.isArray(fields.params))) throw new OgsmithError('INVALID_BODY', `params must be an object of strings, got ${quote(fields.params)}`);
  // Empty fields are left out, as a form left blank would be.
  const query = Object.fromEntries(Object.entries(singleValues(fields.params ?? {}, service.limits)).filter(([, value]) => value !== ''));
  const { shape, sizing } = readTemplateShape(fields, template, service.limits);
  const params = readTemplateParams(template.name, template.params, query);
  const size = { ...(shape.width !== template.width ? { width: shape.width } : {}), ...(shape.height !== template.height ? { height: shape.height } : {}) };
  const url = signedTemplateUrl(origin(request), { template: template.name, params: { ...query, ...size }, format: shape.format, secret: service.secrets[0] });
  const render = await renderer.render(service.callTemplate(template, params, sizing), shape);
  const texts = cardTexts(params);
  const meta = metaTags({ imageUrl: url, width: shape.width, height: shape.height, contentType: CONTENT_TYPES[shape.format], ...texts });
  return { url, meta, texts, element: null, shape, render };
}

/** Tree mode: JSON or literal JSX, limited like POST /render; there is no GET URL for a tree, so the answer carries the POST body. */
async function renderTree(service: OgsmithService, renderer: PlaygroundRenderer, fields: Readonly<Record<string, unknown>>): Promise<Rendered> {
  if (typeof fields.source !== 'string') throw new OgsmithError('INVALID_BODY', `source must be the tree as JSON or JSX text, got ${quote(fields.source)}`);
  const syntax = fields.syntax === undefined ? guessSyntax(fields.source) : fields.syntax;
  if (syntax !== 'json' && syntax !== 'jsx') throw new OgsmithError('INVALID_BODY', `syntax must be json or jsx, got ${quote(syntax)}`);
  const element = readTreeSource(fields.source, syntax, service.limits);
  const shape = readImageShape(fields, TREE_SIZE, service.limits);
  const render = await renderer.render(element, shape);
  const meta = metaTags({ imageUrl: 'https://YOUR-IMAGE-URL', width: shape.width, height: shape.height, contentType: CONTENT_TYPES[shape.format], title: undefined, description: undefined });
  return { url: null, meta, texts: { title: undefined, description: undefined }, element, shape, render };
}

export function playgroundApi(app: FastifyInstance, service: OgsmithService, renderer: PlaygroundRenderer): void {
  app.get('/playground/api/templates', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { templates: service.registry.list().map(templateSummary), signed: service.secrets.length > 0, limits: { maxWidth: service.limits.maxWidth, maxHeight: service.limits.maxHeight } };
  });

  app.post('/playground/api/render', { bodyLimit: service.limits.bodyBytes, schema: { hide: true } }, async (request, reply) => {
    if (service.closing) throw new OgsmithError('SHUTTING_DOWN', 'The server is shutting down');
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new OgsmithError('INVALID_BODY', `The body must be a JSON object, got ${quote(body)}`);
    for (const key of Object.keys(body)) if (!BODY_KEYS.has(key)) throw new OgsmithError('INVALID_BODY', `Unknown body field ${quote(key)}; allowed: ${[...BODY_KEYS].join(', ')}`);
    const fields = body as Readonly<Record<string, unknown>>;
    const done = await (fields.template !== undefined ? renderTemplate(service, renderer, request, fields) : renderTree(service, renderer, fields));
    const { shape, render } = done;
    reply.header('cache-control', 'no-store');
    return {
      image: `data:${CONTENT_TYPES[shape.format]};base64,${render.image.toString('base64')}`,
      bytes: render.image.length,
      width: shape.width,
      height: shape.height,
      format: shape.format,
      timings: render.timings,
      items: render.items,
      warnings: render.warnings,
      url: done.url,
      meta: done.meta,
      texts: done.texts,
      renderBody: done.element === null ? null : { element: done.element, width: shape.width, height: shape.height },
    };
  });
}
