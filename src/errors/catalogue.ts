// The one catalogue of ogsmith's coded errors: code, HTTP status and message template.

/** Every error ogsmith can raise, with the HTTP status a server answers it with. */
export const ERROR_CATALOGUE = {
  INVALID_OPTIONS: { status: 400, summary: 'An option passed to layout() or render() is missing or out of range.' },
  PACKAGE_NOT_INSTALLED: { status: 500, summary: 'A feature needs an optional npm package that is not installed (an emoji set, twrnc for the tw prop); the message names it.' },
  INVALID_ELEMENT: { status: 422, summary: 'A node of the element tree is not an element, string, number or skippable value.' },
  UNKNOWN_ELEMENT_TYPE: { status: 422, summary: 'An element type is not one ogsmith supports.' },
  COMPONENT_FAILED: { status: 422, summary: 'A function component threw while being called.' },
  UNSUPPORTED_PROPERTY: { status: 422, summary: 'A style property is not supported.' },
  INVALID_STYLE_VALUE: { status: 422, summary: 'A style property has a value ogsmith cannot parse.' },
  INVALID_HTML: { status: 422, summary: 'HTML input (html`…`, parseHtml, a string or { html }) does not parse: the tokenizer error with its line and column, or a style attribute that is not CSS declarations.' },
  INVALID_ATTRIBUTE: { status: 422, summary: 'An element attribute (such as an img width) has an invalid value.' },
  UNSUPPORTED_LAYOUT: { status: 422, summary: 'A combination of boxes ogsmith cannot lay out like a browser (e.g. a block inside an inline span).' },
  INVALID_FONT: { status: 422, summary: 'Font data could not be parsed.' },
  NO_FONTS: { status: 500, summary: 'No font is available to measure text.' },
  TREE_TOO_DEEP: { status: 400, summary: 'The element tree nests deeper than the limit.' },
  TREE_TOO_LARGE: { status: 400, summary: 'The element tree has more elements than the limit.' },
  INVALID_IMAGE: { status: 422, summary: 'An image source could not be read or decoded.' },
  IMAGE_FORMAT_UNSUPPORTED: { status: 422, summary: 'The portable raster backend (backend: portable) cannot decode this image format yet: WebP and AVIF need backend native.' },
  SVG_TOO_COMPLEX: { status: 422, summary: 'An SVG image exceeds a bound on filters, references or size (docs/server.md, SVG images).' },
  SVG_UNSUPPORTED: { status: 422, summary: 'An SVG image uses a feature the portable (vector) SVG parser cannot draw, such as a filter, text or an external reference (docs/svg.md).' },
  EFFECT_UNSUPPORTED: { status: 422, summary: 'The output format cannot draw a paint effect (filter, backdrop-filter, clip-path, mask-image, mix-blend-mode) yet (SVG output); both raster backends can.' },
  EFFECT_TOO_COSTLY: { status: 422, summary: 'A paint effect exceeds a bound on its cost: blur radius, filter functions per list, or effect work per render (docs/server.md, paint effects).' },
  INVALID_PARAMETER: { status: 400, summary: 'A request parameter is missing, unknown, malformed or out of range.' },
  INVALID_BODY: { status: 400, summary: 'A request body is not valid JSON, has a forbidden key or the wrong shape.' },
  TEXT_TOO_LONG: { status: 400, summary: 'A text parameter or text node is longer than the limit.' },
  MALFORMED_REQUEST: { status: 400, summary: 'The request is not valid HTTP/1.1 (answered before routing).' },
  REQUEST_TIMEOUT: { status: 408, summary: 'The request headers or body did not arrive within the time limit.' },
  HEADERS_TOO_LARGE: { status: 431, summary: 'The request line and headers are larger than the limit.' },
  URL_REFUSED: { status: 400, summary: 'A remote URL is not allowed: scheme, port, credentials, or a private or reserved address.' },
  BAD_SIGNATURE: { status: 403, summary: 'The sig parameter is missing or does not match the URL.' },
  FORBIDDEN: { status: 403, summary: 'The route is disabled or the API key is missing or wrong.' },
  UNKNOWN_TEMPLATE: { status: 404, summary: 'No template is registered under that name.' },
  NOT_FOUND: { status: 404, summary: 'No route matches the request.' },
  PAYLOAD_TOO_LARGE: { status: 413, summary: 'The request body, a remote source or an image is larger than the limit.' },
  IMAGE_TOO_LARGE: { status: 413, summary: 'An image would decode to more pixels than the per-image limit, or a render\'s images to more than the per-render budget (read from the headers, every GIF frame counted, before any decode).' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, summary: 'The request body has a content type other than application/json.' },
  SOURCE_NOT_FOUND: { status: 422, summary: 'A remote source answered with an error status (e.g. 404) or could not be reached.' },
  SOURCE_TYPE: { status: 422, summary: 'A remote source is not a PNG, JPEG, WebP or GIF image (or not HTML for /og/url).' },
  RATE_LIMITED: { status: 429, summary: 'Too many requests from this client; retry after the given time.' },
  BUSY: { status: 503, summary: 'The server is at capacity (render queue, remote fetches or fetched bytes in flight, event loop); retry after the given time.' },
  SHUTTING_DOWN: { status: 503, summary: 'The server is shutting down.' },
  RENDER_TOO_LARGE: { status: 422, summary: 'The render needed more memory than a render worker may use; its worker was replaced.' },
  RENDER_TIMEOUT: { status: 504, summary: 'The render took longer than the limit; its worker was replaced.' },
  SOURCE_TIMEOUT: { status: 504, summary: 'A remote source did not answer in time.' },
  INVALID_CONFIG: { status: 400, summary: 'The build configuration (ogsmith.config.*, flags) is missing, unreadable or has a wrong field.' },
  INVALID_PAGE: { status: 422, summary: 'A page of a build (manifest entry or content file) is unreadable or has a wrong field.' },
  EDGE_UNSUPPORTED: { status: 422, summary: 'The edge build (workerd, Vercel Edge, browsers) lacks what the request needs: a JPEG, WebP or AVIF output (it writes PNG and SVG), or a WOFF2 font (docs/edge.md).' },
  INTERNAL: { status: 500, summary: 'An unexpected internal failure.' },
} as const satisfies Record<string, { readonly status: number; readonly summary: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * Marks every OgsmithError, whichever copy of the module made it: the server's bundle (dist/main.js)
 * inlines the engine, while a `--templates` module that imports 'ogsmith' gets the package's own
 * copy, whose errors `instanceof` does not recognise (they would be answered as INTERNAL 500s).
 */
const BRAND = Symbol.for('ogsmith.error');

/** The error every ogsmith failure is thrown as: a stable code, an HTTP status and a message naming the culprit. */
export class OgsmithError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Where in the element tree it happened, e.g. `root > div[2] > span[0]`, when known. */
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(options.path ? `${message} (at ${options.path})` : message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OgsmithError';
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.path = options.path;
  }
}

/** Whether `value` is an OgsmithError from any copy of ogsmith (its code is one of the catalogue's). */
export function isOgsmithError(value: unknown): value is OgsmithError {
  if (value instanceof OgsmithError) return true;
  if (!(value instanceof Error) || (value as unknown as Record<symbol, unknown>)[BRAND] !== true) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(ERROR_CATALOGUE, code);
}

/** Quotes a user value for an error message, shortened so a huge value cannot flood logs. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
