// Reads a page's title, description, site name, icon and og:image from the start of its HTML (no DOM, no scripts).
export interface PageMeta {
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly siteName: string | undefined;
  readonly icon: string | undefined;
  readonly image: string | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Collapses whitespace, drops control and bidi characters, and cuts to `max` characters. */
function clean(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const plain = decodeEntities(text).replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!plain) return undefined;
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([a-z_:-][a-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(decodeEntities(href.trim()), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Meta data of an HTML document's head; `base` resolves relative icon and image URLs. */
export function readPageMeta(html: string, base: string): PageMeta {
  const head = html.split(/<\/head\s*>/i)[0] ?? html;
  const meta = new Map<string, string>();
  let icon: string | undefined;
  for (const match of head.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    if (match[1]!.toLowerCase() === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name'))?.toLowerCase();
      const content = attrs.get('content');
      if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
    } else {
      const rel = attrs.get('rel')?.toLowerCase().split(/\s+/) ?? [];
      if ((rel.includes('icon') || rel.includes('apple-touch-icon')) && (!icon || rel.includes('apple-touch-icon'))) icon = attrs.get('href');
    }
  }
  const title = meta.get('og:title') ?? meta.get('twitter:title') ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  return {
    title: clean(title, 200),
    description: clean(meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description'), 300),
    siteName: clean(meta.get('og:site_name') ?? meta.get('application-name'), 80),
    icon: absolute(icon, base),
    image: absolute(meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image'), base),
  };
}
