// Canvas buffers kept between edge renders (src/raster/portable/canvas-buffers.ts): a kept buffer is cleared before reuse, renders in flight never share one, and the pool stays within its bounds.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as edge from '../../dist/edge/api.js';
import { canvasBufferStats, clearCanvasBuffers, giveBackCanvasBuffer, MAX_KEPT_BUFFERS, MAX_KEPT_BYTES, takeCanvasBuffer } from '../../dist/raster/portable/canvas-buffers.js';
import { card } from './fixtures/card.js';

edge.useHarfBuzzWasm(new Uint8Array(readFileSync(new URL('../../dist/edge/harfbuzz.wasm', import.meta.url))));
const options = { width: 1200, height: 630, emoji: 'none' } as const;
/** A card that leaves most of its pixels transparent: whatever a previous render left in the buffer would show. */
const sparse = (text: string) => ({ type: 'div', props: { style: { width: 1200, height: 630, display: 'flex', padding: 40, color: '#0f172a', fontSize: 48 }, children: text } });
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

beforeEach(() => clearCanvasBuffers());

describe('edge canvas buffers', () => {
  it('a render on a kept buffer writes the bytes of a render on a new one', async () => {
    const fresh = await edge.render(sparse('Mostly transparent'), options);
    expect(canvasBufferStats().buffers).toBe(1);
    await edge.render(card('An opaque gradient card first'), options);
    const reused = await edge.render(sparse('Mostly transparent'), options);
    expect(canvasBufferStats().buffers).toBe(1);
    expect(same(reused, fresh)).toBe(true);
  });

  it('renders in flight each paint on their own buffer', async () => {
    const alone = [await edge.render(sparse('First of three'), options), await edge.render(card('Second of three'), options), await edge.render(sparse('Third of three'), options)];
    const together = await Promise.all([edge.render(sparse('First of three'), options), edge.render(card('Second of three'), options), edge.render(sparse('Third of three'), options)]);
    together.forEach((png, i) => expect(same(png, alone[i]!)).toBe(true));
    expect(canvasBufferStats().buffers).toBeLessThanOrEqual(MAX_KEPT_BUFFERS);
  });

  it('gives back a cleared buffer of the size asked for, and keeps within its bounds', () => {
    const buffer = takeCanvasBuffer(10, 10);
    buffer.fill(7);
    giveBackCanvasBuffer(buffer);
    const again = takeCanvasBuffer(10, 10);
    expect(again).toBe(buffer);
    expect(again.every((byte) => byte === 0)).toBe(true);
    expect(takeCanvasBuffer(10, 11)).not.toBe(buffer);
    for (let i = 0; i < MAX_KEPT_BUFFERS + 3; i++) giveBackCanvasBuffer(new Uint8ClampedArray(400));
    expect(canvasBufferStats().buffers).toBe(MAX_KEPT_BUFFERS);
    giveBackCanvasBuffer(new Uint8ClampedArray(MAX_KEPT_BYTES + 4));
    expect(canvasBufferStats().bytes).toBeLessThanOrEqual(MAX_KEPT_BYTES);
  });
});
