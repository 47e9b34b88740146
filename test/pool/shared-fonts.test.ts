// Render threads share one copy of the pool's font bytes (SharedArrayBuffer) and render with them as with their own.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { sharedFonts } from '../../src/pool/shared-fonts.js';

const fontProbeWorker = new URL('./fixtures/font-memory-probe-worker.mjs', import.meta.url).pathname;
const bold = readFileSync(new URL('../../fonts/Inter_700Bold.ttf', import.meta.url));
const fonts = [{ name: 'Probe Sans', weight: 700, data: new Uint8Array(bold) }, { name: 'Probe Sans', weight: 400, data: bold.buffer.slice(bold.byteOffset, bold.byteOffset + bold.byteLength) }];
const card = { type: 'div', props: { style: { width: 300, height: 80, fontFamily: 'Probe Sans', fontWeight: 700, fontSize: 40 }, children: 'Shared font' } };

describe('sharedFonts', () => {
  it('copies each font into shared memory once, bytes and metadata unchanged', () => {
    const shared = sharedFonts(fonts);
    for (const [i, font] of shared.entries()) {
      expect(font.data).toBeInstanceOf(Uint8Array);
      expect((font.data as Uint8Array).buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(font.data as Uint8Array).equals(bold)).toBe(true);
      expect(font.weight).toBe(fonts[i]!.weight);
    }
    expect(sharedFonts(shared)[0]!.data).toBe(shared[0]!.data);
  });
});

describe('RenderPool fonts', () => {
  const pool = new RenderPool({ threads: 2, fonts, workerFile: fontProbeWorker });
  afterAll(() => pool.close());

  it('hands its threads the fonts in shared memory', async () => {
    const probe = await pool.render({ type: 'div', props: { children: 'ogsmith-test:fonts' } }, { width: 10, height: 10 }).catch((error: unknown) => error);
    expect((probe as Error).message).toBe('font memory: SharedArrayBuffer,SharedArrayBuffer');
  });

  it('renders with shared font bytes exactly as with the caller’s own', async () => {
    const [first, second] = await Promise.all([pool.render(card, { width: 300, height: 80 }), pool.render(card, { width: 300, height: 80 })]);
    const direct = await render(card, { width: 300, height: 80, fonts });
    expect(first!.equals(direct)).toBe(true);
    expect(second!.equals(direct)).toBe(true);
  });
});
