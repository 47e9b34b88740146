// Chaos: renders that time out inside native code are really stopped: threads, RSS and normal latency come back within seconds.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCard, median, renderLatencies, startServerProcess, type ServerProcess } from './server-process.js';

const BOMBS = 6;
const THREADS = 2;
const TIMEOUT_MS = 4000;
const MB = 1024 * 1024;
const bombWorker = fileURLToPath(new URL('./fixtures/native-bomb-worker.mjs', import.meta.url));
let server: ServerProcess;
const bombCard = () => freshCard('ogsmith-test:native-bomb');
const healthz = async (): Promise<{ stuckWorkers: number }> => (await (await fetch(`${server.base}/healthz`)).json()) as { stuckWorkers: number };

beforeAll(async () => {
  // The fixture worker's bomb holds 200 MB and blocks in native code for 30 s; renders time out after 4 s (a replacement worker starts within that, even on a busy machine).
  server = await startServerProcess({ renderRoute: 'open', pool: { threads: THREADS, workerFile: bombWorker }, limits: { renderTimeoutMs: TIMEOUT_MS } });
}, 60_000);
afterAll(() => server?.stop(), 20_000);

describe('renders that time out inside native code', () => {
  it(`answers ${BOMBS} native bombs 504 at the timeout, keeps serving others, and is back to its baseline threads, RSS and latency within a few seconds`, async () => {
    await renderLatencies(server, 3);
    const baseline = await server.stats();
    const baselineMedian = median(await renderLatencies(server, 5));

    // Rounds of bombs, one per render worker, with a normal card after each round.
    const during: number[] = [];
    for (let round = 0; round < BOMBS / THREADS; round++) {
      const bombs = await Promise.all(Array.from({ length: THREADS }, () => server.render(bombCard(), 64, 32)));
      for (const answer of bombs) {
        expect({ status: answer.status, code: answer.code }).toEqual({ status: 504, code: 'RENDER_TIMEOUT' });
        expect(answer.ms).toBeLessThan(TIMEOUT_MS + 3000);
      }
      during.push(...(await renderLatencies(server, 1)));
    }
    console.log(`normal renders: baseline median ${Math.round(baselineMedian)} ms, during the bombs ${during.map(Math.round).join(", ")} ms`);
    expect(Math.max(...during)).toBeLessThan(Math.max(5000, baselineMedian * 10));

    // Within a few seconds (the bombs would run 30 s): nothing left running, threads and RSS at baseline, latency as before.
    let after = await server.stats();
    for (let i = 0; i < 10 && (after.threads > baseline.threads || after.rssBytes > baseline.rssBytes + 150 * MB); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await server.stats();
    }
    console.log(`process tree: baseline ${baseline.processes} processes, ${baseline.threads} threads, ${Math.round(baseline.rssBytes / MB)} MB; after the bombs ${after.processes}, ${after.threads}, ${Math.round(after.rssBytes / MB)} MB`);
    expect((await healthz()).stuckWorkers).toBe(0);
    expect(after.threads).toBeLessThanOrEqual(baseline.threads);
    expect(after.processes).toBe(baseline.processes);
    expect(after.rssBytes).toBeLessThan(baseline.rssBytes + 150 * MB);
    expect(median(await renderLatencies(server, 5))).toBeLessThan(Math.max(1000, baselineMedian * 3));
  }, 120_000);
});
