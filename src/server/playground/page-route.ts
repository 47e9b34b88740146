// GET / and /playground/*: the page (playground/index.html, style.css) and its compiled scripts (dist/playground/*.js).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { OgsmithError } from '../../errors/catalogue.js';
import { packageRoot } from '../../runtime/module-file.js';

interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

/** The package root (from src/, dist/ and the bundled dist/chunks/ alike). */
const ROOT = pathToFileURL(`${packageRoot(import.meta.url)}/`);

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

/** Scripts and styles from the page's own origin only; images are the renders (data: URLs) and the favicon. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function readAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const add = (directory: URL, name: string): void => {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (type) assets.set(name, { body: readFileSync(new URL(name, directory)), type });
  };
  const page = new URL('playground/', ROOT);
  const scripts = new URL('dist/playground/', ROOT);
  if (!existsSync(fileURLToPath(scripts))) throw new Error('ogsmith: the playground scripts are not built; run npm run build');
  for (const name of readdirSync(page)) add(page, name);
  for (const name of readdirSync(scripts)) add(scripts, name);
  return assets;
}

export function playgroundPage(app: FastifyInstance): void {
  const assets = readAssets();
  const send = (name: string) => {
    const asset = assets.get(name);
    if (!asset) throw new OgsmithError('NOT_FOUND', `No playground file ${name}`);
    return asset;
  };
  const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' };
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const page = send('index.html');
    return reply.headers(headers).type(page.type).send(page.body);
  });
  app.get<{ Params: { file: string } }>('/playground/:file', { schema: { hide: true } }, async (request, reply) => {
    const asset = send(request.params.file);
    return reply.headers(headers).type(asset.type).send(asset.body);
  });
}
