// ETags and If-None-Match as RFC 9110 says: exact tags, W/ (weak comparison), lists, and *.
import { describe, expect, it } from 'vitest';
import { notModified, parseIfNoneMatch, strongEtag } from '../../src/server/etag.js';

describe('etag', () => {
  const tag = strongEtag(['1.0', 'blog', { title: 'x' }]);

  it('is a quoted strong tag that changes with any part', () => {
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag(['1.0', 'blog', { title: 'x' }])).toBe(tag);
    expect(strongEtag(['1.0', 'blog', { title: 'y' }])).not.toBe(tag);
    expect(strongEtag(['1.1', 'blog', { title: 'x' }])).not.toBe(tag);
  });

  it('parses lists, weak tags, commas inside tags and *', () => {
    expect(parseIfNoneMatch('"a", W/"b" ,"c,d"')).toEqual(['"a"', '"b"', '"c,d"']);
    expect(parseIfNoneMatch(' * ')).toBe('*');
    expect(parseIfNoneMatch('')).toEqual([]);
  });

  it('matches exact, W/, in a list, and *; not other tags or unquoted ones', () => {
    expect(notModified(tag, tag)).toBe(true);
    expect(notModified(`W/${tag}`, tag)).toBe(true);
    expect(notModified(`"zzz", ${tag}`, tag)).toBe(true);
    expect(notModified(['"zzz"', tag], tag)).toBe(true);
    expect(notModified('*', tag)).toBe(true);
    expect(notModified('"zzz"', tag)).toBe(false);
    expect(notModified(tag.slice(1, -1), tag)).toBe(false);
    expect(notModified(undefined, tag)).toBe(false);
  });
});
