// The edge build's start-up warm-up (src/edge/warm-up.ts): it renders, and the renders after it write the bytes an isolate that never warmed up writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { card } from './fixtures/card.js';

const wasm = readFileSync(new URL('../../dist/edge/harfbuzz.wasm', import.meta.url));
const options = { width: 1200, height: 630, emoji: 'none' } as const;

type EdgeApi = typeof import('../../dist/edge/api.js') & typeof import('../../dist/edge/warm-up.js');

/** A new instance of the edge build's modules (its caches empty, HarfBuzz not loaded), as a new isolate has. */
async function freshIsolate(): Promise<EdgeApi> {
  vi.resetModules();
  const edge = { ...(await import('../../dist/edge/api.js')), ...(await import('../../dist/edge/warm-up.js')) };
  edge.useHarfBuzzWasm(new Uint8Array(wasm));
  return edge;
}

describe('warmUp', () => {
  it('renders once per isolate and succeeds', async () => {
    const edge = await freshIsolate();
    const warming = edge.warmUp();
    expect(edge.warmUp()).toBe(warming);
    expect(await warming).toBe(true);
  });

  it('leaves the bytes alone: a first render after it equals a first render without it, and later renders', async () => {
    const cold = await freshIsolate();
    const coldFirst = await cold.render(card('First request after start'), options);
    const warm = await freshIsolate();
    expect(warm.render).not.toBe(cold.render);
    expect(await warm.warmUp()).toBe(true);
    const warmFirst = await warm.render(card('First request after start'), options);
    const warmSecond = await warm.render(card('First request after start'), options);
    expect(warmFirst.length).toBeGreaterThan(1000);
    expect(Buffer.from(warmFirst).equals(Buffer.from(coldFirst))).toBe(true);
    expect(Buffer.from(warmSecond).equals(Buffer.from(warmFirst))).toBe(true);
  });
});
