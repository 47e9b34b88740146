// Test helpers for the server: loopback sources with hit counters, a fake resolver, a shared small pool.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Resolver } from '../../src/server/fetch/guarded-fetch.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LoopbackServer {
  readonly server: Server;
  readonly port: number;
  readonly host: string;
  /** Requests received, by path. */
  readonly hits: string[];
  close(): Promise<void>;
}

/** Starts an HTTP server on a loopback address and records every request it gets. */
export async function loopbackServer(host: string, routes: Readonly<Record<string, Handler>>): Promise<LoopbackServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const handler = routes[(req.url ?? '').split('?')[0] ?? ''];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    host,
    hits,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A resolver answering from a table (no real DNS in tests). */
export function fakeResolver(table: Readonly<Record<string, string>>): Resolver {
  return async (hostname) => {
    const address = table[hostname];
    if (!address) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
}

// A 2×2 red PNG.
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR42mP8z8DwnwEIGGEMADv+Av7D+rNAAAAAAElFTkSuQmCC', 'base64');

/** A PNG of about 200 bytes whose header claims width × height (the data is too short to decode). */
export function lyingPng(width: number, height: number): Buffer {
  const png = Buffer.from(TINY_PNG);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return Buffer.concat([png, Buffer.alloc(200 - png.length)]);
}

/** The JSON error body of a response. */
export function errorBody(body: string): { code: string; message: string } {
  return (JSON.parse(body) as { error: { code: string; message: string } }).error;
}

/** Renders a tiny card on the pool, so a cold worker's start-up does not count against a test's render timeout. */
export async function warmPool(pool: { render(element: unknown, options: { width: number; height: number }): Promise<Buffer> }): Promise<void> {
  await pool.render({ type: 'div', props: { style: { width: 8, height: 8 }, children: 'w' } }, { width: 8, height: 8 });
}

/** A source that never ends: 64 KiB every millisecond until the client goes. */
export const endlessBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'image/png' });
  const timer = setInterval(() => res.write(Buffer.alloc(64 * 1024, 7)), 1);
  res.on('close', () => clearInterval(timer));
};

/** A source that sends one byte a second until the client goes. */
export const oneByteASecond: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'image/png' });
  const timer = setInterval(() => res.write('x'), 1000);
  res.on('close', () => clearInterval(timer));
};
