// GET /og/url?url=…: any page in, an OG image out; a page that cannot be read gives a card with its host name.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger';
import { OgsmithError, isOgsmithError, quote } from '../../errors/catalogue.js';
import { strongEtag } from '../etag.js';
import { readPageMeta, type PageMeta } from '../page-meta.js';
import { canonicalRedirect } from '../canonical-url.js';
import { sendAnswer } from '../reply.js';
import { readTemplateParams, readTemplateShape, singleValues } from '../request-params.js';
import type { OgsmithService } from '../service.js';
import { checkSignature } from './template-route.js';

const KNOWN: ReadonlySet<string> = new Set(['url', 'theme', 'width', 'height', 'format', 'quality', 'v', 'sig']);

/** The page's meta data, or null when it cannot be read (refused URLs still throw: they are the client's error). */
async function pageMeta(service: OgsmithService, url: string): Promise<PageMeta | null> {
  try {
    const page = await service.pageFetcher.fetch(url, { maxBytes: service.limits.pageBytes, overflow: 'truncate', stopAt: '</head>', accept: 'text/html,application/xhtml+xml' });
    if (!/^(text\/html|application\/xhtml\+xml)\b/.test(page.contentType)) return null;
    return readPageMeta(new TextDecoder().decode(page.bytes), page.url);
  } catch (error) {
    if (isOgsmithError(error) && (error.code === 'URL_REFUSED' || error.code === 'BUSY')) throw error;
    return null;
  }
}

/** A picture of the card: its URL when loaded, and whether a card without it may be kept (not after a timeout: the next request retries). */
interface CardImage {
  readonly src: string | undefined;
  readonly lasting: boolean;
}

/** A remote picture for the card, or nothing when it cannot be loaded (the card renders without it); a full server answers 503. */
async function optionalImage(service: OgsmithService, url: string | undefined): Promise<CardImage> {
  if (!url) return { src: undefined, lasting: true };
  try {
    await service.images.load(url);
    return { src: url, lasting: true };
  } catch (error) {
    if (isOgsmithError(error) && error.code === 'BUSY') throw error;
    return { src: undefined, lasting: !(isOgsmithError(error) && error.code === 'SOURCE_TIMEOUT') };
  }
}

async function urlImage(service: OgsmithService, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const query = singleValues(request.query, service.limits);
  checkSignature(service, request, query);
  for (const key of Object.keys(query)) if (!KNOWN.has(key)) throw new OgsmithError('INVALID_PARAMETER', `Unknown parameter ${quote(key)} for /og/url; it takes url, theme, width, height, format, quality, v`);
  if (!query.url) throw new OgsmithError('INVALID_PARAMETER', 'Parameter "url" is required');
  const target = service.fetcher.checkUrl(query.url);
  const template = service.registry.get('url');
  if (!template) throw new OgsmithError('UNKNOWN_TEMPLATE', 'The url card template is not registered on this server');
  const { shape, sizing } = readTemplateShape(query, template, service.limits);
  const theme = readTemplateParams('url', template.params, { hostname: target.hostname, ...(query.theme ? { theme: query.theme } : {}) }).theme;
  const redirect = canonicalRedirect({ path: request.url.split('?')[0] ?? '', query, format: shape.format, secrets: service.secrets, cacheControl: service.cacheControl });
  if (redirect) return sendAnswer(request, reply, service, redirect);
  const etag = strongEtag([...service.etagBase, 'url', template.version, target.href, theme, shape]);
  return sendAnswer(request, reply, service, {
    kind: 'image',
    etag,
    cacheControl: service.cacheControl,
    format: shape.format,
    produce: async () => {
      const doneFetch = service.metrics.time('url', 'fetch');
      const { meta, icon, image } = await service.whileFetching(async () => {
        const page = await pageMeta(service, target.href);
        const [pageIcon, pageImage] = await Promise.all([optionalImage(service, page?.icon), optionalImage(service, page?.image)]);
        return { meta: page, icon: pageIcon, image: pageImage };
      });
      doneFetch();
      const card = { hostname: target.hostname, theme, title: meta?.title, description: meta?.description, siteName: meta?.siteName, icon: icon.src, image: image.src };
      const params = Object.fromEntries(Object.entries(card).filter(([, value]) => value !== undefined));
      const store = meta !== null && icon.lasting && image.lasting;
      return { bytes: await service.renderElement('url', service.callTemplate(template, params, sizing), shape), store };
    },
  });
}

export function urlRoute(app: FastifyInstance, service: OgsmithService): void {
  app.get('/og/url', {
    schema: { summary: 'A card for any page', description: 'Reads the page head (text/html only, at most 512 KB, stops at </head>, 3 s) for its title, description, site name, icon and og:image. Query: url (required), theme, width, height, format, quality, v, sig.', tags: ['images'] },
  }, (request, reply) => urlImage(service, request, reply));
}
