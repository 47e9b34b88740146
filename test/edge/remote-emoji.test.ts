// Emoji fetched on demand at the edge: Twemoji SVG addresses, one fetch per sequence per isolate, 404s remembered, failures retried.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { remoteEmoji, twemojiUrl } from '../../src/edge/remote-emoji.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('twemojiUrl', () => {
  it('names the SVG as next/og does, VS16 dropped outside ZWJ sequences', () => {
    expect(twemojiUrl([0x2764, 0xfe0f])).toBe('https://cdn.jsdelivr.net/gh/jdecked/twemoji@15.1.0/assets/svg/2764.svg');
    expect(twemojiUrl([0x1f3f3, 0xfe0f, 0x200d, 0x1f308])).toBe('https://cdn.jsdelivr.net/gh/jdecked/twemoji@15.1.0/assets/svg/1f3f3-fe0f-200d-1f308.svg');
  });
});

describe('remoteEmoji', () => {
  it('fetches each asked sequence once, keeps the bytes, and remembers a 404 as absent', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return url.includes('1f600') ? new Response(new Uint8Array([1, 2, 3])) : new Response('missing', { status: 404 });
    });
    const set = remoteEmoji({ name: 'test-once', url: (points) => `https://emoji.test/${points.map((p) => p.toString(16)).join('-')}.png` });
    expect(set.has('😀')).toBe(true);
    expect(set.has('🫨')).toBe(true);
    expect(await set.fetchRequested()).toBe(true);
    expect(Array.from(set.load('😀') ?? [])).toEqual([1, 2, 3]);
    expect(set.has('🫨')).toBe(false);
    const again = remoteEmoji({ name: 'test-once', url: (points) => `https://emoji.test/${points.join('-')}` });
    expect(again.has('😀')).toBe(true);
    expect(await again.fetchRequested()).toBe(false);
    expect(fetched).toEqual(['https://emoji.test/1f600.png', 'https://emoji.test/1fae8.png']);
  });

  it('draws a sequence whose fetch failed as a glyph this time and asks again next render', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('network down');
    });
    const set = remoteEmoji({ name: 'test-retry' });
    expect(set.has('😀')).toBe(true);
    expect(await set.fetchRequested()).toBe(true);
    expect(set.load('😀')).toBeNull();
    expect(remoteEmoji({ name: 'test-retry' }).has('😀')).toBe(true);
  });
});
