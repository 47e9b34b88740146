// Caches bounded by bytes: a cache over its byte budget evicts its least recently used entries, and every cache is in the report.
import { describe, expect, it } from 'vitest';
import { boundedCache, cacheReport, sumCacheReports } from '../../src/runtime/cache-budget.js';
import { defaultRegistry } from '../../src/fonts/bundled.js';
import { MAX_SHAPED_BYTES, shapeText } from '../../src/layout/text/shape.js';

describe('boundedCache', () => {
  it('evicts the least recently used entries once the sizes pass the byte budget, and reports bytes and entries', () => {
    const cache = boundedCache<string, Uint8Array>({ name: 'test_bounded', maxBytes: 1000, sizeOf: (bytes) => bytes.byteLength });
    cache.set('a', new Uint8Array(400));
    cache.set('b', new Uint8Array(400));
    cache.get('a');
    cache.set('c', new Uint8Array(400));
    expect([...cache.keys()].sort()).toEqual(['a', 'c']);
    expect(cacheReport().find((c) => c.name === 'test_bounded')).toEqual({ name: 'test_bounded', bytes: 800, entries: 2, maxBytes: 1000 });
  });

  it('sums reports of several workers per cache name', () => {
    const one = [{ name: 'x', bytes: 10, entries: 1, maxBytes: 100 }, { name: 'y', bytes: 5, entries: 1, maxBytes: 50 }];
    const two = [{ name: 'x', bytes: 20, entries: 3, maxBytes: 100 }];
    expect(sumCacheReports([one, two])).toEqual([{ name: 'x', bytes: 30, entries: 4, maxBytes: 200 }, { name: 'y', bytes: 5, entries: 1, maxBytes: 50 }]);
  });
});

describe('the shaping cache', () => {
  it('keeps a shaping from its second use on, so that text shaped once leaves nothing behind', async () => {
    const chain = (await defaultRegistry()).chain(['Inter'], 400, 'normal');
    const entries = (): number => cacheReport().find((c) => c.name === 'shaped_text')!.entries;
    const before = entries();
    const first = shapeText('A title shaped once, then again', chain, 31, 0, 0);
    expect(entries()).toBe(before);
    const second = shapeText('A title shaped once, then again', chain, 31, 0, 0);
    expect(second).toEqual(first);
    expect(entries()).toBe(before + 1);
    expect(shapeText('A title shaped once, then again', chain, 31, 0, 0)).toBe(second);
  });

  it('stays within its byte budget when more distinct long texts are shaped than it can hold', async () => {
    const chain = (await defaultRegistry()).chain(['Inter'], 400, 'normal');
    // About 1 MB of shaping each (offsets and glyph records of 10,000 characters): 24 of them pass the 8 MiB budget.
    // Each is shaped twice: a shaping is kept from its second use on.
    const words = 'measure break fit align shape glyph cluster offset '.repeat(200);
    for (let i = 0; i < 24; i++) for (let use = 0; use < 2; use++) shapeText(`${i} ${words}`, chain, 16, 0, 0);
    const shaped = cacheReport().find((c) => c.name === 'shaped_text');
    expect(shaped?.maxBytes).toBe(MAX_SHAPED_BYTES);
    expect(shaped!.bytes).toBeGreaterThan(MAX_SHAPED_BYTES / 2);
    expect(shaped!.bytes).toBeLessThanOrEqual(MAX_SHAPED_BYTES);
    expect(shaped!.entries).toBeLessThan(24);
  }, 60_000);
});

describe('font fallback chains', () => {
  it('stay within their byte budget whatever family names styles bring', async () => {
    const registry = await defaultRegistry();
    // Each name is a new chain key; 20,000 of them (about 2.6 MB of keys and chains) pass the 1 MiB budget.
    for (let i = 0; i < 20_000; i++) registry.chain([`Brand Family ${i}`, 'sans-serif'], 400, 'normal');
    const chains = cacheReport().find((c) => c.name === 'font_chains');
    expect(chains!.bytes).toBeGreaterThan(chains!.maxBytes / 2);
    expect(chains!.bytes).toBeLessThanOrEqual(chains!.maxBytes);
    expect(chains!.entries).toBeLessThan(20_000);
  });
});
