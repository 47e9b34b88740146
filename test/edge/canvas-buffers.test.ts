// Canvas buffers kept between edge renders (src/raster/portable/canvas-buffers.ts): a kept buffer is cleared or overwritten whole before reuse (paintPortable), renders in flight never share one, and the pool stays within its bounds.
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

/** Backgrounds that take each way through paintPortable on a used buffer: overwritten whole (opaque colour or gradient), drawn again on cleared pixels (translucent), cleared first (rounded, none). */
const backgrounds: Record<string, Record<string, unknown>> = {
  opaque: { backgroundColor: '#fafaf9' },
  gradient: { backgroundImage: 'linear-gradient(135deg, #0f172a, #7c3aed)' },
  translucent: { backgroundColor: 'rgba(15, 23, 42, 0.5)' },
  translucentGradient: { backgroundImage: 'linear-gradient(rgba(255, 0, 0, 0.4), #1e3a8a)' },
  rounded: { backgroundColor: '#0f172a', borderRadius: 24 },
  none: {},
};

describe('paintPortable on a used buffer', () => {
  it('paints every background as on a new buffer', async () => {
    const fonts = await edge.defaultRegistry();
    for (const [name, style] of Object.entries(backgrounds)) {
      const list = await edge.displayList({ type: 'div', props: { style: { width: 300, height: 160, display: 'flex', padding: 20, color: '#e11d48', fontSize: 32, ...style }, children: name } }, { width: 300, height: 160, emoji: 'none' });
      const fresh = await edge.paintPortable(list, fonts, { strict: true, warnings: [] });
      const used = new Uint8ClampedArray(300 * 160 * 4).map((_, i) => (i * 37) & 255);
      const painted = await edge.paintPortable(list, fonts, { strict: true, warnings: [] }, used);
      expect([name, same(painted.data, fresh.data)]).toEqual([name, true]);
    }
  });
});

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

  it('gives back a kept buffer of the size asked for, and keeps within its bounds', () => {
    const buffer = takeCanvasBuffer(10, 10);
    giveBackCanvasBuffer(buffer);
    expect(takeCanvasBuffer(10, 10)).toBe(buffer);
    giveBackCanvasBuffer(buffer);
    expect(takeCanvasBuffer(10, 11)).not.toBe(buffer);
    for (let i = 0; i < MAX_KEPT_BUFFERS + 3; i++) giveBackCanvasBuffer(new Uint8ClampedArray(400));
    expect(canvasBufferStats().buffers).toBe(MAX_KEPT_BUFFERS);
    giveBackCanvasBuffer(new Uint8ClampedArray(MAX_KEPT_BYTES + 4));
    expect(canvasBufferStats().bytes).toBeLessThanOrEqual(MAX_KEPT_BYTES);
  });
});
