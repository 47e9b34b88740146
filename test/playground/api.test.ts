// The playground routes through app.inject(): off unless enabled, the page, renders with boxes and timings, and POST /render's limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { errorBody } from '../server/helpers.js';

interface Answer {
  image: string;
  bytes: number;
  width: number;
  height: number;
  timings: Record<'fetch' | 'style' | 'layout' | 'paint' | 'encode' | 'total', number>;
  items: ({ kind: 'box'; path: string; tag: string; x: number; y: number; width: number; height: number } | { kind: 'line'; text: string; x: number; y: number; width: number; height: number; baseline: number })[];
  url: string | null;
  meta: string;
  renderBody: unknown;
}

const pool = new RenderPool({ threads: 1 });
let app: FastifyInstance;
let off: FastifyInstance;

beforeAll(async () => {
  app = await buildApp({ pool, playground: true, secrets: ['play-key'], limits: { maxElements: 20, maxDepth: 6, bodyBytes: 8 * 1024 } });
  off = await buildApp({ pool });
});
afterAll(async () => {
  await app.close();
  await off.close();
  await pool.close();
});

const render = (body: unknown, target = app) => target.inject({ method: 'POST', url: '/playground/api/render', payload: body as Record<string, unknown> });
const imageOf = (answer: Answer): Buffer => Buffer.from(answer.image.replace(/^data:image\/png;base64,/, ''), 'base64');
const lines = (answer: Answer): string[] => answer.items.flatMap((item) => (item.kind === 'line' ? [item.text] : []));

const TREE = { type: 'div', props: { style: { width: 600, height: 300, backgroundColor: '#0f172a', color: 'white', fontSize: 40, padding: 40 }, children: ['Hello tree'] } };
const JSX = `<div style={{ width: 600, height: 300, backgroundColor: '#0f172a', color: 'white', fontSize: 40, padding: 40 }}>
  Hello tree
</div>`;

describe('playground switch', () => {
  it('is absent unless enabled: GET / and the API are 404 like any unknown route', async () => {
    for (const url of ['/', '/playground/main.js', '/playground/api/templates']) {
      const res = await off.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(errorBody(res.body).code).toBe('NOT_FOUND');
    }
    expect((await render({ source: JSX }, off)).statusCode).toBe(404);
  });

  it('serves the page with a strict Content-Security-Policy, and its built scripts', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<script type="module" src="/playground/main.js">');
    const script = await app.inject({ method: 'GET', url: '/playground/api.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('/playground/api/render');
    expect((await app.inject({ method: 'GET', url: '/playground/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await app.inject({ method: 'GET', url: '/playground/tsconfig.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/playground/..%2Fpackage.json' })).statusCode).toBe(404);
  });

  it('lists the templates with their JSON Schema and starting values', async () => {
    const res = await app.inject({ method: 'GET', url: '/playground/api/templates' });
    const body = res.json<{ templates: { name: string; params: { properties: Record<string, unknown> }; initial: Record<string, string> }[]; signed: boolean }>();
    expect(body.signed).toBe(true);
    const blog = body.templates.find((t) => t.name === 'blog');
    expect(Object.keys(blog!.params.properties)).toEqual(expect.arrayContaining(['title', 'theme']));
    expect(blog!.initial).toMatchObject({ title: 'Post title', theme: 'light' });
    // A description's "e.g." example is used when the description itself does not fit the schema.
    expect(body.templates.find((t) => t.name === 'product')!.initial.price).toBe('$48.00');
    for (const template of body.templates) {
      const res = await render({ template: template.name, params: template.initial });
      expect({ template: template.name, status: res.statusCode }).toEqual({ template: template.name, status: 200 });
    }
  });
});

describe('POST /playground/api/render', () => {
  it('renders a template with stage timings, its boxes and lines, a signed URL serving the same bytes, and meta tags', async () => {
    const res = await render({ template: 'blog', params: { title: 'Playground title', author: 'Ada Lovelace', description: '', theme: 'dark' } });
    expect(res.statusCode).toBe(200);
    const answer = res.json<Answer>();
    for (const stage of ['fetch', 'style', 'layout', 'paint', 'encode', 'total'] as const) expect(answer.timings[stage]).toBeGreaterThanOrEqual(0);
    expect(answer.timings.layout + answer.timings.paint + answer.timings.encode).toBeGreaterThan(0);
    expect(answer.timings.total).toBeGreaterThanOrEqual(answer.timings.style + answer.timings.layout + answer.timings.paint + answer.timings.encode);
    expect(answer.items[0]).toMatchObject({ kind: 'box', tag: 'div', x: 0, y: 0, width: 1200, height: 630 });
    expect(lines(answer)).toEqual(expect.arrayContaining(['Playground title', 'Ada Lovelace']));
    expect(answer.url).toMatch(/^http:\/\/localhost(:\d+)?\/og\/blog\.png\?author=Ada%20Lovelace&theme=dark&title=Playground%20title&sig=[\w-]{43}$/);
    expect(answer.meta).toContain('<meta property="og:title" content="Playground title">');
    expect(answer.meta).toContain('<meta name="twitter:card" content="summary_large_image">');
    const image = imageOf(answer);
    expect(answer.bytes).toBe(image.length);
    const fetched = await app.inject({ method: 'GET', url: answer.url!.replace(/^http:\/\/[^/]+/, '') });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(image)).toBe(true);
  });

  it('puts a changed size in the signed URL and renders at that size', async () => {
    const answer = (await render({ template: 'quote', params: { quote: 'Small', theme: 'light' }, width: 600, height: 315 })).json<Answer>();
    expect(answer.url).toContain('height=315');
    expect(imageOf(answer).readUInt32BE(16)).toBe(600);
    const fetched = await app.inject({ method: 'GET', url: answer.url!.replace(/^http:\/\/[^/]+/, '') });
    expect(fetched.rawPayload.equals(imageOf(answer))).toBe(true);
  });

  it('renders JSON and literal JSX trees to the same image, answering the POST /render body instead of a URL', async () => {
    const json = (await render({ source: JSON.stringify(TREE), width: 600, height: 300 })).json<Answer>();
    const jsx = (await render({ source: JSX, syntax: 'jsx', width: 600, height: 300 })).json<Answer>();
    expect(jsx.url).toBeNull();
    expect(jsx.renderBody).toEqual({ element: TREE, width: 600, height: 300 });
    expect(imageOf(jsx).equals(imageOf(json))).toBe(true);
    expect(lines(jsx)).toEqual(['Hello tree']);
  });

  it('answers template and tree mistakes with catalogue codes', async () => {
    const cases: [unknown, number, string][] = [
      [{ template: 'nope', params: {} }, 404, 'UNKNOWN_TEMPLATE'],
      [{ template: 'blog', params: { title: '' } }, 400, 'INVALID_PARAMETER'],
      [{ template: 'blog', params: { title: 'x', colour: 'red' } }, 400, 'INVALID_PARAMETER'],
      [{ template: 'blog', params: ['x'] }, 400, 'INVALID_BODY'],
      [{ source: JSX, extra: 1 }, 400, 'INVALID_BODY'],
      [{ source: '<div>{title}</div>' }, 400, 'INVALID_BODY'],
      [{ source: '{"type": "div"' }, 400, 'INVALID_BODY'],
      [{ source: '{"type":"marquee","props":{}}' }, 422, 'UNKNOWN_ELEMENT_TYPE'],
      [{ source: JSX, syntax: 'tsx' }, 400, 'INVALID_BODY'],
    ];
    for (const [body, status, code] of cases) {
      const res = await render(body);
      expect({ body, status: res.statusCode, code: errorBody(res.body).code }).toEqual({ body, status, code });
    }
    const plain = await app.inject({ method: 'POST', url: '/playground/api/render', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ source: JSX }) });
    expect({ status: plain.statusCode, code: plain.json<{ error: { code: string } }>().error.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});

describe('the playground obeys POST /render limits', () => {
  it('refuses trees over the element, depth and text limits, sizes over the pixel limits, and bodies over the byte limit', async () => {
    const wide = { type: 'div', props: { children: Array.from({ length: 25 }, () => ({ type: 'div', props: {} })) } };
    let deep: unknown = 'x';
    for (let i = 0; i < 10; i++) deep = { type: 'div', props: { children: [deep] } };
    const deepJsx = `${'<div>'.repeat(200)}x${'</div>'.repeat(200)}`;
    const cases: [unknown, number, string][] = [
      [{ source: JSON.stringify(wide) }, 400, 'TREE_TOO_LARGE'],
      [{ source: JSON.stringify(deep) }, 400, 'TREE_TOO_DEEP'],
      [{ source: deepJsx }, 400, 'TREE_TOO_DEEP'],
      [{ source: JSON.stringify({ type: 'div', props: { children: ['a'.repeat(2001)] } }) }, 400, 'TEXT_TOO_LONG'],
      [{ source: '{"type":"div","props":{"__proto__":{"x":1}}}' }, 400, 'INVALID_BODY'],
      [{ source: JSX, width: 5000, height: 300 }, 400, 'INVALID_PARAMETER'],
      [{ template: 'blog', params: { title: 'x' }, width: 2400, height: 2400 }, 400, 'INVALID_PARAMETER'],
      [{ source: `<div>${'a'.repeat(9000)}</div>` }, 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [body, status, code] of cases) {
      const res = await render(body);
      expect({ status: res.statusCode, code: errorBody(res.body).code }).toEqual({ status, code });
    }
  });

  it('fetches img sources through the guarded fetcher: a loopback address is refused before any connection', async () => {
    const res = await render({ source: '<div style={{ width: 100, height: 100 }}><img src="http://127.0.0.1:9/a.png" width={10} height={10} /></div>' });
    expect(res.statusCode).toBe(400);
    expect(errorBody(res.body).code).toBe('URL_REFUSED');
  });

  it('is rate-limited with the server\'s rateLimit', async () => {
    const limited = await buildApp({ pool, playground: true, rateLimit: { max: 2, timeWindow: '1 minute' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) codes.push((await limited.inject({ method: 'GET', url: '/playground/api/templates' })).statusCode);
      expect(codes).toEqual([200, 200, 429]);
      expect(errorBody((await limited.inject({ method: 'GET', url: '/' })).body).code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('stops a render that runs past renderTimeoutMs (504) and keeps serving after it', async () => {
    const slow = await buildApp({ pool, playground: true, limits: { renderTimeoutMs: 1 } });
    try {
      const res = await render({ source: JSX, width: 600, height: 300 }, slow);
      expect(res.statusCode).toBe(504);
      expect(errorBody(res.body).code).toBe('RENDER_TIMEOUT');
    } finally {
      await slow.close();
    }
    expect((await render({ source: JSX, width: 600, height: 300 })).statusCode).toBe(200);
  });
});
