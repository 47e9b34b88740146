// `ogsmith sign`: adds the HMAC `sig` parameter to an image URL, as the server checks it with OGSMITH_SECRET.
import type { Command } from 'commander';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { canonicalQuery, sign } from '../../server/signature.js';

/** The URL with its query in canonical order and `sig` (replacing any old one); a relative `/og/…` path stays relative. */
export function signUrl(input: string, secret: string): string {
  let url: URL;
  try {
    url = new URL(input, 'http://relative.invalid');
  } catch {
    throw new OgsmithError('INVALID_PARAMETER', `URL ${quote(input)} cannot be parsed`);
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key === 'sig') continue;
    if (Object.hasOwn(query, key)) throw new OgsmithError('INVALID_PARAMETER', `Parameter ${quote(key)} is given more than once; the server refuses such URLs`);
    query[key] = value;
  }
  const sig = sign(url.pathname, query, secret);
  const search = [canonicalQuery(query), `sig=${sig}`].filter(Boolean).join('&');
  const origin = url.origin === 'http://relative.invalid' ? '' : url.origin;
  return `${origin}${url.pathname}?${search}`;
}

export function signCommand(program: Command): void {
  program
    .command('sign')
    .description('sign an image URL (adds sig=…) with the server’s secret')
    .argument('<url>', 'e.g. "https://og.example.com/og/blog.png?title=Hello" or "/og/blog.png?title=Hello"')
    .option('--secret <key>', 'signing key (default: the first key of env OGSMITH_SECRET)')
    .action((input: string, flags: { secret?: string }) => {
      const secret = flags.secret ?? (process.env.OGSMITH_SECRET ?? '').split(',').map((s) => s.trim()).find(Boolean);
      if (!secret) throw new OgsmithError('INVALID_PARAMETER', 'No signing key: pass --secret or set OGSMITH_SECRET');
      process.stdout.write(`${signUrl(input, secret)}\n`);
    });
}
