// HTTP answers: coded error JSON that no cache keeps, and images with ETag, 304 and Cache-Control.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OgsmithError, isOgsmithError, type ErrorCode } from '../errors/catalogue.js';
import { CONTENT_TYPES, type ImageFormat } from '../raster/encode/encode.js';
import type { CanonicalRedirect } from './canonical-url.js';
import { notModified } from './etag.js';
import type { Produced } from './image-cache.js';
import type { OgsmithService } from './service.js';

/** Cache-Control of a hostname-only /og/url card, so the real card replaces it soon. */
export const FALLBACK_CACHE_CONTROL = 'public, max-age=300, s-maxage=600';

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_BODY',
};

/** Any thrown value as a catalogue error; fastify's own (body parser, rate limit) keep their status. */
export function toOgsmithError(error: unknown): OgsmithError {
  if (isOgsmithError(error)) return error;
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown; name?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  // fastify's parser says "not valid JSON" for prototype-poisoning keys too; say both.
  if (e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new OgsmithError('INVALID_BODY', 'The body is not valid JSON, or it has a forbidden __proto__ or constructor.prototype key');
  if (e?.code === 'FST_ERR_BAD_URL') return new OgsmithError('INVALID_PARAMETER', 'The URL path is not valid percent-encoding');
  if (e?.code === 'FST_ERR_MAX_PARAM_LENGTH') return new OgsmithError('INVALID_PARAMETER', 'A path segment of the URL is longer than 100 characters');
  const mapped = typeof e?.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (mapped) return new OgsmithError(mapped, message);
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 429) return new OgsmithError('RATE_LIMITED', message);
  if (status === 413) return new OgsmithError('PAYLOAD_TOO_LARGE', message);
  if (status === 415) return new OgsmithError('UNSUPPORTED_MEDIA_TYPE', message);
  if (status === 404) return new OgsmithError('NOT_FOUND', message);
  if (status >= 400 && status < 500) return new OgsmithError(e?.name === 'SyntaxError' || /JSON|body|prototype/i.test(message) ? 'INVALID_BODY' : 'INVALID_PARAMETER', message);
  return new OgsmithError('INTERNAL', 'An unexpected internal failure; it was logged', { cause: error });
}

/** Sends `{ error: { code, message } }` with the catalogue status and Cache-Control: no-store. */
export function sendError(request: FastifyRequest, reply: FastifyReply, thrown: unknown, service?: OgsmithService): FastifyReply {
  const error = toOgsmithError(thrown);
  service?.metrics.errors.inc({ code: error.code });
  if (error.status >= 500) request.log.error({ err: thrown, code: error.code }, error.message);
  // A client error's cause (e.g. the address a refused URL resolved to) is for the log only, never the answer.
  else request.log.info({ code: error.code, detail: error.cause instanceof Error ? error.cause.message : undefined }, error.message);
  reply.removeHeader('etag');
  reply.header('cache-control', 'no-store');
  if (error.code === 'BUSY' || error.code === 'SHUTTING_DOWN' || error.code === 'RATE_LIMITED') {
    if (!reply.hasHeader('retry-after')) reply.header('retry-after', '1');
  }
  if (error.code === 'SHUTTING_DOWN') reply.header('connection', 'close');
  return reply.code(error.status).type('application/json; charset=utf-8').send({ error: { code: error.code, message: error.message } });
}

function ttlOf(cacheControl: string): number {
  const match = /s-maxage=(\d+)/.exec(cacheControl) ?? /max-age=(\d+)/.exec(cacheControl);
  return match ? Number(match[1]) : 86_400;
}

export interface ImageAnswer {
  readonly kind: 'image';
  readonly etag: string;
  readonly cacheControl: string;
  readonly format: ImageFormat;
  readonly produce: () => Promise<Produced>;
}

/** Longest request URL whose validated answer is remembered. */
const MEMO_URL_LENGTH = 2048;

/** What an image URL answers: the image, or a redirect to its canonical URL. */
export type RouteAnswer = ImageAnswer | CanonicalRedirect;

/** The answer for this exact URL: remembered from an earlier request, or built (validating everything) and remembered. */
export function answerFor(service: OgsmithService, request: FastifyRequest, build: () => RouteAnswer): RouteAnswer {
  const known = service.answers.get(request.url);
  if (known) return known;
  const answer = build();
  if (request.url.length <= MEMO_URL_LENGTH) service.answers.set(request.url, answer);
  return answer;
}

/** Answers with the image, or with a 308 to its canonical URL (before any 304 or render). */
export async function sendAnswer(request: FastifyRequest, reply: FastifyReply, service: OgsmithService, answer: RouteAnswer): Promise<FastifyReply> {
  if (answer.kind === 'redirect') return reply.code(308).header('location', answer.location).header('cache-control', answer.cacheControl).send();
  return sendImage(request, reply, service, answer);
}

/** Answers an image request: ETag and Cache-Control first, 304 without rendering when If-None-Match matches, else the bytes. */
export async function sendImage(request: FastifyRequest, reply: FastifyReply, service: OgsmithService, answer: ImageAnswer): Promise<FastifyReply> {
  reply.header('etag', answer.etag).header('cache-control', answer.cacheControl);
  // 304 is for GET and HEAD only (RFC 9110 §13.1.2); a POST with a matching tag just renders (cached).
  if ((request.method === 'GET' || request.method === 'HEAD') && notModified(request.headers['if-none-match'], answer.etag)) {
    service.metrics.notModified.inc();
    return reply.code(304).send();
  }
  const produced = await service.cache.get(answer.etag, ttlOf(answer.cacheControl), () => service.admit(answer.produce));
  if (!produced.store) reply.header('cache-control', FALLBACK_CACHE_CONTROL);
  return reply.code(200).header('content-type', CONTENT_TYPES[answer.format]).header('content-length', produced.bytes.length).send(produced.bytes);
}

/** Constant-time check of a presented secret against several accepted ones. */
export function secretMatches(given: string | undefined, accepted: readonly string[]): boolean {
  if (!given) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  const g = digest(given);
  let ok = false;
  for (const key of accepted) if (timingSafeEqual(digest(key), g)) ok = true;
  return ok;
}
