// Page meta data from HTML heads: og tags first, entities decoded, relative URLs resolved, controls dropped.
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../src/server/page-meta.js';

describe('readPageMeta', () => {
  it('prefers og tags, decodes entities and resolves URLs against the page', () => {
    const meta = readPageMeta(`<head><title>Plain</title><meta content="Caf&eacute;? &amp; &#x263A; &quot;q&quot;" property="og:title">
      <meta name='description' content='Desc'><meta property="og:site_name" content="Site">
      <link rel="shortcut icon" href="/favicon.png"><meta property="og:image" content="img/card.png"></head><meta property="og:title" content="after head">`, 'https://example.com/blog/post');
    expect(meta).toEqual({ title: 'Caf&eacute;? & ☺ "q"', description: 'Desc', siteName: 'Site', icon: 'https://example.com/favicon.png', image: 'https://example.com/blog/img/card.png' });
  });

  it('falls back to <title>, drops javascript: URLs, control and bidi characters, and cuts long text', () => {
    const meta = readPageMeta(`<title>  A\u202e  b\u0000c </title><meta property="og:image" content="javascript:alert(1)"><meta name="description" content="${'x'.repeat(400)}">`, 'https://example.com/');
    expect(meta.title).toBe('A b c');
    expect(meta.image).toBeUndefined();
    expect(meta.description).toHaveLength(300);
    expect(meta.description?.endsWith('…')).toBe(true);
  });
});
