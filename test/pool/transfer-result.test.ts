// A render thread moves its image to the main thread instead of copying it, and never moves memory other buffers share.
import { markAsUntransferable } from 'node:worker_threads';
import * as workerThreads from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { ownedBytes } from '../../src/pool/transfer-result.js';

const probeWorker = new URL('./fixtures/detach-probe-worker.mjs', import.meta.url).pathname;
const card = { type: 'div', props: { style: { width: 200, height: 100, backgroundImage: 'linear-gradient(90deg, #123, #f80)' }, children: 'moved' } };

describe('ownedBytes', () => {
  it('keeps a buffer that holds exactly the bytes', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(ownedBytes(bytes).buffer).toBe(bytes.buffer);
  });

  it('copies a view into a shared slab, leaving the slab whole', () => {
    const slab = Buffer.from('a small buffer lives in a shared slab');
    expect(slab.buffer.byteLength).toBeGreaterThan(slab.byteLength);
    const owned = ownedBytes(slab.subarray(2, 7));
    expect(owned.buffer).not.toBe(slab.buffer);
    expect(owned.buffer.byteLength).toBe(5);
    expect(Buffer.from(owned).toString()).toBe('small');
  });

  // Node 21+ marks native encoders' buffers (sharp's WebP, Skia's AVIF) untransferable, and posting one throws DataCloneError.
  const detects = typeof (workerThreads as { isMarkedAsUntransferable?: unknown }).isMarkedAsUntransferable === 'function';
  it(detects ? 'copies memory marked untransferable, which posting would refuse' : 'keeps a marked buffer where Node cannot tell (Node 20 clones it when posted)', () => {
    const bytes = new Uint8Array([4, 5, 6]);
    markAsUntransferable(bytes.buffer);
    const owned = ownedBytes(bytes);
    expect(owned.buffer === bytes.buffer).toBe(!detects);
    expect([...owned]).toEqual([4, 5, 6]);
    if (detects) expect(() => structuredClone(owned.buffer, { transfer: [owned.buffer] })).not.toThrow();
  });
});

describe('RenderPool result transfer', () => {
  const pool = new RenderPool({ threads: 1, workerFile: probeWorker });
  afterAll(() => pool.close());

  it('moves the image out of the render thread: the worker view is emptied and the bytes arrive intact', async () => {
    const bytes = await pool.render(card, { width: 200, height: 100 });
    expect(bytes.equals(await render(card, { width: 200, height: 100 }))).toBe(true);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    const probe = await pool.render({ type: 'div', props: { children: 'ogsmith-test:probe' } }, { width: 10, height: 10 }).catch((error: unknown) => error);
    expect((probe as Error).message).toBe('previous image view: 0 bytes');
  });
});
