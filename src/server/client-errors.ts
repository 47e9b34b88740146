// Answers for requests Node refuses before fastify routes them (timed out, headers too large, not HTTP): coded JSON, no-store, closed.
import type { Socket } from 'node:net';
import { OgsmithError } from '../errors/catalogue.js';
import { requireModule } from '../runtime/require-module.js';

/**
 * node:http's status texts, required rather than imported: an ES module import of node:http builds its
 * ES module facade, which reads every export, and on Node 22+ its WebSocket getters load Node's
 * fetch implementation (undici): ~55 ms of a cold `npm start`'s CPU on Node 24 for one table.
 */
const statusText = (status: number): string | undefined => requireModule<typeof import('node:http')>('node:http').STATUS_CODES[status];

/** The coded error for a Node `clientError` (ERR_HTTP_REQUEST_TIMEOUT, HPE_HEADER_OVERFLOW, parse errors). */
export function clientErrorOf(error: { readonly code?: unknown }): OgsmithError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new OgsmithError('REQUEST_TIMEOUT', 'The request (headers and body) did not arrive within the time limit; a body shorter than its Content-Length never completes');
  if (error.code === 'HPE_HEADER_OVERFLOW') return new OgsmithError('HEADERS_TOO_LARGE', 'The request line and headers are larger than 16 KB (a URL that long cannot be cached well either)');
  return new OgsmithError('MALFORMED_REQUEST', 'The request is not valid HTTP/1.1');
}

/** The raw HTTP/1.1 answer written to the socket (fastify's reply machinery is not involved yet). */
export function clientErrorResponse(error: OgsmithError): string {
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  return [
    `HTTP/1.1 ${error.status} ${statusText(error.status) ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * fastify's `clientErrorHandler`: answers with the coded error unless a response already started on this socket (it
 * would corrupt it), then closes the socket. `onError` counts it (metrics).
 */
export function clientErrorHandler(onError: (error: OgsmithError) => void): (error: Error & { code?: unknown }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const coded = clientErrorOf(error);
    onError(coded);
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !inFlight?.headersSent) socket.write(clientErrorResponse(coded));
    socket.destroy(error);
  };
}
