// A pool that starts fewer workers than it may run (npm start's: one render process first) starts the rest only when renders find the started ones busy, never for the warm-up or the renders that wait for it.
import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/pool/render-pool.js';
import { startServerPool } from '../../src/server/early-pool.js';

const CARD = { type: 'div', props: { style: { width: 200, height: 100, backgroundColor: '#123456', fontSize: 20 }, children: 'pool' } };

describe('RenderPool startThreads', () => {
  const pool = new RenderPool({ isolation: 'process', threads: 2, startThreads: 1 });
  afterAll(() => pool.close());

  it('starts one process, keeps one through the warm-up and the renders asked during it, then grows to two under concurrent renders', async () => {
    expect(pool.liveThreads).toBe(1);
    expect(pool.threads).toBe(2);
    const warm = pool.warmUp(CARD, { width: 200, height: 100 });
    // Asked while the only process is busy warming up: they wait for it instead of starting a second, cold one.
    const during = await Promise.all([pool.render(CARD, { width: 200, height: 100 }), warm]);
    expect(during[0].length).toBeGreaterThan(100);
    expect(pool.liveThreads).toBe(1);
    await pool.render(CARD, { width: 200, height: 100 });
    expect(pool.liveThreads).toBe(1);
    const [a, b] = await Promise.all([pool.render(CARD, { width: 200, height: 100 }), pool.render(CARD, { width: 200, height: 100 })]);
    expect(pool.liveThreads).toBe(2);
    expect(a.equals(b)).toBe(true);
  }, 120_000);

  it('counts renders waiting for the warm-up in the queue', async () => {
    const small = new RenderPool({ isolation: 'thread', threads: 1, maxQueue: 1 });
    try {
      const warm = small.warmUp(CARD, { width: 200, height: 100 });
      const before = small.queueSize;
      const held = small.render(CARD, { width: 200, height: 100 });
      expect(small.queueSize).toBe(before + 1);
      await expect(small.render(CARD, { width: 200, height: 100 })).rejects.toMatchObject({ code: 'BUSY' });
      await Promise.all([warm, held]);
      expect(small.queueSize).toBe(0);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("npm start's early pool", () => {
  it('starts one render process, not one per core', async () => {
    const { pool, warm } = startServerPool();
    try {
      expect(pool.liveThreads).toBe(1);
      await warm;
      expect(pool.liveThreads).toBe(1);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
