// dataUrlBytes() decodes a long data: URL once (the request check, layout and display list share it) and still reads whitespace and percent-encoding as browsers do.
import { describe, expect, it } from 'vitest';
import { dataUrlBytes } from '../../../src/layout/element/image-natural-size.js';
import { cacheReport } from '../../../src/runtime/cache-budget.js';

const payload = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) & 255));
const photoUrl = () => `data:image/jpeg;base64,${payload.toString('base64')}`;

describe('dataUrlBytes', () => {
  it('decodes a long data: URL once, for equal text from another string too', () => {
    const first = dataUrlBytes(photoUrl());
    const again = dataUrlBytes(`${photoUrl()}`.slice(0));
    expect(Buffer.from(first!)).toEqual(payload);
    expect(again).toBe(first);
    expect(cacheReport().find((cache) => cache.name === 'data_urls')?.entries).toBeGreaterThan(0);
  });

  it('decodes short ones each time, ignoring whitespace inside base64', () => {
    expect(Array.from(dataUrlBytes('data:;base64,AQ ID\nBA==')!)).toEqual([1, 2, 3, 4]);
    expect(new TextDecoder().decode(dataUrlBytes('data:text/plain,a%20b')!)).toBe('a b');
    expect(dataUrlBytes('https://example.com/a.png')).toBeNull();
  });

  it('throws on invalid base64 however long, and remembers nothing for it', () => {
    const invalid = `data:image/png;base64,${'!'.repeat(2000)}`;
    expect(() => dataUrlBytes(invalid)).toThrow();
    expect(() => dataUrlBytes(invalid)).toThrow();
  });
});
