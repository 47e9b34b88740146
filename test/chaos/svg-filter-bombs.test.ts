// Chaos: SVG filter bombs against a real server process; others keep their latency, and threads and RSS come back at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SVG_BOMBS, svgDataUrl, turbulenceBomb } from '../helpers/svg-bombs.js';
import { freshCard, median, renderLatencies, startServerProcess, type ServerProcess } from './server-process.js';

const BOMBS = 8;
const THREADS = 2;
const MB = 1024 * 1024;
let server: ServerProcess;
const bombCard = (svg: string) => ({ type: 'img', props: { src: svgDataUrl(svg), width: 1200, height: 630 } });

beforeAll(async () => {
  server = await startServerProcess({ renderRoute: 'open', pool: { threads: THREADS } });
}, 60_000);
afterAll(() => server?.stop());

describe('SVG filter bombs against a live server', () => {
  it(`answers ${BOMBS} bombs with a coded 4xx, keeps serving others, and is back to its baseline threads, RSS and latency within a few seconds`, async () => {
    await renderLatencies(server, 3);
    const baseline = await server.stats();
    const baselineMedian = median(await renderLatencies(server, 5));

    // Rounds of bombs, one per worker thread (each about 50 s of Skia work if drawn), with a normal card beside each round.
    const during: number[] = [];
    for (let round = 0; round < BOMBS / THREADS; round++) {
      const bombs = Array.from({ length: THREADS }, () => server.render(bombCard(turbulenceBomb(100)), 1200, 630));
      during.push(...(await renderLatencies(server, 1)));
      for (const answer of await Promise.all(bombs)) {
        expect(answer.status).toBe(422);
        expect(answer.code).toBe('SVG_TOO_COMPLEX');
        expect(answer.ms).toBeLessThan(3000);
      }
    }
    expect(Math.max(...during)).toBeLessThan(Math.max(3000, baselineMedian * 10));

    // Within a few seconds: no extra threads, RSS near the baseline, normal latency as before.
    let after = await server.stats();
    for (let i = 0; i < 10 && after.threads > baseline.threads; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await server.stats();
    }
    expect(after.threads).toBeLessThanOrEqual(baseline.threads);
    expect(after.rssBytes).toBeLessThan(baseline.rssBytes + 200 * MB);
    expect(median(await renderLatencies(server, 5))).toBeLessThan(Math.max(1000, baselineMedian * 3));
  }, 120_000);

  it('refuses every bomb class over HTTP with 422 SVG_TOO_COMPLEX', async () => {
    for (const [name, bomb] of Object.entries(SVG_BOMBS)) {
      const answer = await server.render(bombCard(bomb.svg), 1200, 630);
      expect({ name, status: answer.status, code: answer.code }).toEqual({ name, status: 422, code: 'SVG_TOO_COMPLEX' });
    }
    expect((await server.render(freshCard(), 1200, 630)).status).toBe(200);
  }, 60_000);
});
