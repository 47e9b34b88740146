// Chaos: renders that time out inside native code are really stopped: threads, RSS and normal latency come back within seconds.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCard, median, renderLatencies, startServerProcess, type ServerProcess } from './server-process.js';

const BOMBS = 6;
const THREADS = 2;
const TIMEOUT_MS = 4000;
/** A killed render process is replaced by a new one, which loads the renderer and fonts first (1-4 s on a busy 2-core machine). */
const RECOVERY_MS = 10_000;
const MB = 1024 * 1024;
const bombWorker = fileURLToPath(new URL('./fixtures/native-bomb-worker.mjs', import.meta.url));
let server: ServerProcess;
const bombCard = () => freshCard('ogsmith-test:native-bomb');
const healthz = async (): Promise<{ stuckWorkers: number }> => (await (await fetch(`${server.base}/healthz`)).json()) as { stuckWorkers: number };

beforeAll(async () => {
  // The fixture worker's bomb holds 200 MB and blocks in native code for 30 s; renders time out after 4 s.
  server = await startServerProcess({ renderRoute: 'open', pool: { threads: THREADS, workerFile: bombWorker }, limits: { renderTimeoutMs: TIMEOUT_MS } });
}, 60_000);
afterAll(() => server?.stop(), 20_000);

describe('renders that time out inside native code', () => {
  it(`answers ${BOMBS} native bombs 504 at the timeout, keeps serving others, and is back to its baseline threads, RSS and latency within a few seconds`, async () => {
    await renderLatencies(server, 3);
    const baseline = await server.stats();
    const baselineMedian = median(await renderLatencies(server, 5));

    // Rounds of bombs, one per render worker; meanwhile cache hits and /healthz answer at once.
    const hitUrl = `${server.base}/og/quote.png?quote=cached`;
    expect((await fetch(hitUrl)).status).toBe(200);
    const during: number[] = [];
    for (let round = 0; round < BOMBS / THREADS; round++) {
      const bombs = Promise.all(Array.from({ length: THREADS }, () => server.render(bombCard(), 64, 32)));
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 2));
      for (const url of [hitUrl, `${server.base}/healthz`]) {
        const started = performance.now();
        expect((await fetch(url)).status).toBe(200);
        during.push(performance.now() - started);
      }
      for (const answer of await bombs) {
        expect({ status: answer.status, code: answer.code }).toEqual({ status: 504, code: 'RENDER_TIMEOUT' });
        expect(answer.ms).toBeLessThan(2 * TIMEOUT_MS + 2000);
      }
    }
    expect(Math.max(...during)).toBeLessThan(2000);

    // Normal renders come back once the replacement processes have started (the bombs would block them for 30 s).
    const lastTimeout = performance.now();
    let recovered: { status: number; code: string | undefined; ms: number } | undefined;
    while (performance.now() - lastTimeout < RECOVERY_MS && recovered?.status !== 200) recovered = await server.render(freshCard(), 1200, 630);
    const recoveryMs = performance.now() - lastTimeout;
    console.log(`native bombs: cache hits and /healthz during them ≤ ${Math.round(Math.max(...during))} ms; a normal render answered 200 again ${Math.round(recoveryMs)} ms after the last timeout (baseline median ${Math.round(baselineMedian)} ms)`);
    expect({ status: recovered?.status, code: recovered?.code }).toEqual({ status: 200, code: undefined });
    expect(recoveryMs).toBeLessThan(RECOVERY_MS);

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
