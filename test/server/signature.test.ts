// Signed URLs: canonical query, several keys, content hash in the path, and the URL helper.
import { describe, expect, it } from 'vitest';
import { canonicalQuery, contentHash, sign, signedTemplateUrl, verifySignature } from '../../src/server/signature.js';
import { signedTemplateUrl as exported } from '../../src/index.js';

describe('signatures', () => {
  it('signs the sorted query without sig, whatever the order', () => {
    expect(canonicalQuery({ b: '2', a: 'x y', sig: 'zzz' })).toBe('a=x%20y&b=2');
    expect(sign('/og/blog.png', { b: '2', a: '1' }, 'k')).toBe(sign('/og/blog.png', { a: '1', b: '2' }, 'k'));
  });

  it('accepts any configured key and refuses tampering', () => {
    const sig = sign('/og/blog.png', { title: 'Hi' }, 'old');
    expect(verifySignature('/og/blog.png', { title: 'Hi' }, sig, ['new', 'old'])).toBe(true);
    expect(verifySignature('/og/blog.png', { title: 'Ho' }, sig, ['new', 'old'])).toBe(false);
    expect(verifySignature('/og/blog.jpg', { title: 'Hi' }, sig, ['new', 'old'])).toBe(false);
    expect(verifySignature('/og/blog.png', { title: 'Hi' }, sig, ['new'])).toBe(false);
    expect(verifySignature('/og/blog.png', { title: 'Hi' }, `${sig}x`, ['old'])).toBe(false);
    expect(verifySignature('/og/blog.png', { title: 'Hi' }, undefined, ['old'])).toBe(false);
  });

  it('builds canonical signed URLs, optionally with a content hash in the path', () => {
    const url = exported('https://og.example.com/', { template: 'blog', params: { title: 'Hello world', author: 'Ada' }, secret: 's' });
    expect(url).toBe(`https://og.example.com/og/blog.png?author=Ada&title=Hello%20world&sig=${sign('/og/blog.png', { title: 'Hello world', author: 'Ada' }, 's')}`);
    const hashed = signedTemplateUrl('https://og.example.com', { template: 'blog', params: { title: 'Hi' }, format: 'jpeg', contentHashInPath: true });
    expect(hashed).toBe(`https://og.example.com/og/blog/${contentHash({ title: 'Hi' })}.jpg?title=Hi`);
    expect(contentHash({ title: 'Hi' })).toMatch(/^[0-9a-f]{16}$/);
  });
});
