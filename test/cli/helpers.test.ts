// Pure parts of the build: slugs, dates, page hashes, parameter checks, meta tags and URL signing.
import { describe, expect, it } from 'vitest';
import { signUrl } from '../../src/cli/commands/sign-command.js';
import { slugFromPath } from '../../src/cli/content-pages.js';
import { displayDate } from '../../src/cli/display-date.js';
import { ogImageMeta } from '../../src/cli/meta-tags.js';
import { checkSlug } from '../../src/cli/page.js';
import { pageHash, pageParams, type HashInput } from '../../src/cli/page-params.js';
import { verifySignature } from '../../src/server/signature.js';
import { builtinTemplates } from '../../src/templates/index.js';
import { errorOf } from '../helpers/errors.js';

const blog = builtinTemplates.find((t) => t.name === 'blog')!;

describe('content pages', () => {
  it('derives slugs from paths', () => {
    expect(slugFromPath('posts/hello.md')).toBe('posts/hello');
    expect(slugFromPath('posts/hello/index.mdx')).toBe('posts/hello');
    expect(slugFromPath('index.md')).toBe('index');
  });

  it('shows ISO dates like the templates expect and leaves other text alone', () => {
    expect(displayDate('2026-11-26')).toBe('Nov 26, 2026');
    expect(displayDate(new Date(Date.UTC(2024, 0, 5)))).toBe('Jan 5, 2024');
    expect(displayDate('last Tuesday')).toBe('last Tuesday');
  });

  it('refuses slugs that could leave the output folder', () => {
    expect(checkSlug('blog/a-b_c.1', 'x')).toBe('blog/a-b_c.1');
    for (const slug of ['../up', '/abs', 'a//b', '.hidden', 'a/../b', 'sp ace']) expect(errorOf(() => checkSlug(slug, 'x')).code).toBe('INVALID_PAGE');
  });
});

describe('page parameters and hashes', () => {
  it('converts front matter values like a URL would and fills defaults', () => {
    expect(pageParams(blog, { title: 'Hi', date: new Date(Date.UTC(2026, 10, 26)), author: 42 }, 'p.md')).toEqual({ author: '42', date: 'Nov 26, 2026', theme: 'light', title: 'Hi' });
  });

  it('names a missing required parameter and an unknown one', () => {
    expect(() => pageParams(blog, { description: 'x' }, 'p.md')).toThrow('Parameter "title" is required by template "blog" and missing');
    expect(errorOf(() => pageParams(blog, { title: 'x', colour: 'red' }, 'p.md')).code).toBe('INVALID_PARAMETER');
    expect(errorOf(() => pageParams(blog, { title: { nested: true } }, 'p.md')).code).toBe('INVALID_PAGE');
  });

  it('changes with every input that changes the image', () => {
    const base: HashInput = { version: '0.1.0', template: 'blog', templateSource: '1:builtin:abc', params: { title: 'A' }, width: 1200, height: 630, format: 'png', quality: undefined, fonts: 'f' };
    const variants: Partial<HashInput>[] = [{ version: '0.1.1' }, { templateSource: '2:builtin:abc' }, { params: { title: 'B' } }, { width: 1201 }, { format: 'webp' }, { quality: 80 }, { fonts: 'g' }];
    const hashes = new Set([pageHash(base), ...variants.map((v) => pageHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
    expect(pageHash({ ...base })).toBe(pageHash(base));
  });
});

describe('meta tags', () => {
  it('escapes the alt text and encodes the path', () => {
    const meta = ogImageMeta({ hash: 'h', file: 'a b/c.png', width: 1200, height: 630, type: 'image/png', alt: 'Fish & "chips" <3', source: 's' }, { format: 'json', baseUrl: 'https://x.dev', publicPath: '/og/' });
    expect(meta.image).toBe('https://x.dev/og/a%20b/c.png');
    expect(meta.html).toContain('<meta property="og:image:alt" content="Fish &amp; &quot;chips&quot; &lt;3" />');
  });
});

describe('signUrl', () => {
  it('signs relative paths in canonical order', () => {
    const signed = signUrl('/og/blog.png?title=Hi&author=Ada', 'key');
    expect(signed).toMatch(/^\/og\/blog\.png\?author=Ada&title=Hi&sig=[\w-]{43}$/);
    const sig = new URL(signed, 'http://x').searchParams.get('sig');
    expect(verifySignature('/og/blog.png', { title: 'Hi', author: 'Ada' }, sig, ['key'])).toBe(true);
  });

  it('refuses a parameter given twice', () => {
    expect(errorOf(() => signUrl('/og/blog.png?title=a&title=b', 'key')).code).toBe('INVALID_PARAMETER');
  });
});
