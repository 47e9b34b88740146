// Render workers as processes: same images and fonts as threads, a timed-out render's process killed at once, a heap overrun replaced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { RenderPool } from '../../src/pool/render-pool.js';
import { warmPool } from './helpers.js';

const nativeSleepWorker = new URL('./fixtures/native-sleep-worker.mjs', import.meta.url).pathname;
const hungryWorker = new URL('./fixtures/hungry-worker.mjs', import.meta.url).pathname;
const leakyWorker = new URL('./fixtures/leaky-worker.mjs', import.meta.url).pathname;
// Noto Sans (the Hebrew subset has ASCII): its Latin letters differ from the bundled Inter's.
const font = readFileSync(new URL('../fixtures/fonts/NotoSansHebrew-Regular-subset.ttf', import.meta.url));
const card = { type: 'div', props: { style: { width: 240, height: 80, fontFamily: 'Noto', fontSize: 32, color: '#123' }, children: 'Hello Noto' } };
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('process isolation', () => {
  it('renders the same bytes as a thread, with the fonts it was given', async () => {
    const fonts = [{ name: 'Noto', data: font }];
    const processes = new RenderPool({ threads: 1, isolation: 'process', fonts });
    const threads = new RenderPool({ threads: 1, fonts });
    const [fromProcess, fromThread] = await Promise.all([processes.render(card, { width: 240, height: 80 }), threads.render(card, { width: 240, height: 80 })]);
    expect(processes.threadIds[0]).not.toBe(process.pid);
    expect(alive(processes.threadIds[0]!)).toBe(true);
    expect(fromProcess.equals(fromThread)).toBe(true);
    const bundledPool = new RenderPool({ threads: 1 });
    const bundled = await bundledPool.render(card, { width: 240, height: 80 });
    expect(fromProcess.equals(bundled)).toBe(false);
    await Promise.all([processes.close(), threads.close(), bundledPool.close()]);
  }, 60_000);

  it('kills the process of a render aborted inside native code, replaces it, and never counts it stuck', async () => {
    const pool = new RenderPool({ threads: 1, isolation: 'process', workerFile: nativeSleepWorker });
    await warmPool(pool);
    const [killed] = pool.threadIds;
    const timedOut = await pool.render({ type: 'div', props: { children: 'ogsmith-test:native-sleep' } }, { width: 64, height: 32, signal: AbortSignal.timeout(300) }).catch((e: unknown) => e);
    expect((timedOut as OgsmithError).code).toBe('RENDER_TIMEOUT');
    expect(pool.stuckWorkers).toBe(0);
    // The native call would run 3 s: the process is gone well before that.
    for (let i = 0; i < 20 && alive(killed!); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(killed!)).toBe(false);
    const png = await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'after' } }, { width: 64, height: 32 });
    expect(png.byteLength).toBeGreaterThan(50);
    expect(pool.threadIds).toHaveLength(1);
    expect(pool.threadIds[0]).not.toBe(killed);
    await pool.close();
  }, 60_000);

  it('replaces an idle render process killed from outside, and renders on', async () => {
    const pool = new RenderPool({ threads: 1, isolation: 'process' });
    await warmPool(pool);
    const [killed] = pool.threadIds;
    process.kill(killed!, 'SIGKILL');
    for (let i = 0; i < 100 && (pool.threadIds.length === 0 || pool.threadIds[0] === killed); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pool.threadIds).toHaveLength(1);
    expect(pool.threadIds[0]).not.toBe(killed);
    expect((await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'after' } }, { width: 64, height: 32 })).byteLength).toBeGreaterThan(50);
    await pool.close();
  }, 60_000);

  it('replaces a process whose heap crept past the recycle mark between renders, without failing one', async () => {
    // Each marked render keeps about 30 MB; the heap limit (96 MB) would fail the fourth, the mark (40 MB) replaces the process first.
    const pool = new RenderPool({ threads: 1, isolation: 'process', workerFile: leakyWorker, resourceLimits: { maxOldGenerationSizeMb: 96 }, recycleHeapMb: 40 });
    await warmPool(pool);
    const pids = new Set(pool.threadIds);
    for (let i = 0; i < 6; i++) {
      const png = await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: `ogsmith-test:leak ${i}` } }, { width: 64, height: 32 });
      expect(png.byteLength).toBeGreaterThan(50);
      for (const pid of pool.threadIds) pids.add(pid);
    }
    expect(pids.size).toBeGreaterThanOrEqual(3);
    await pool.close();
  }, 60_000);

  it('answers a render that outgrows the process heap with RENDER_TOO_LARGE and renders the next one', async () => {
    const pool = new RenderPool({ threads: 1, isolation: 'process', workerFile: hungryWorker, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    await warmPool(pool);
    const [before] = pool.threadIds;
    const error = await pool.render({ type: 'div', props: { children: 'ogsmith-test:hungry' } }, { width: 64, height: 32 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('RENDER_TOO_LARGE');
    const png = await pool.render({ type: 'div', props: { style: { width: 64, height: 32 }, children: 'after' } }, { width: 64, height: 32 });
    expect(png.byteLength).toBeGreaterThan(50);
    expect(pool.threadIds[0]).not.toBe(before);
    await pool.close();
  }, 60_000);
});
