// runBench: the report, JSON and chart it writes, and its exit codes (0 within budget, 1 over, 2 bad usage).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../src/bench/index.js';
import { decodePng } from '../golden/render/image-diff.js';

const quick = ['--template', 'quote', '--renders', '3', '--warmup', '1', '--no-pool', '--no-cold-start'];

async function run(argv: readonly string[], cwd?: string): Promise<{ code: number; text: string }> {
  let text = '';
  const code = await runBench(argv, { log: (line) => (text += `${line}\n`), ...(cwd ? { cwd } : {}) });
  return { code, text };
}

describe('runBench', () => {
  it('reports per-stage percentiles, writes JSON and a chart, and exits 0 within the budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogsmith-bench-'));
    const { code, text } = await run([...quick, '--budget', 'p99=60s', '--json', join(dir, 'r.json'), '--chart', join(dir, 'c.png')]);
    expect(code).toBe(0);
    expect(text).toMatch(/quote\s+[\d.]+\s+[\d.]+/);
    expect(text).toContain('every template within it');
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.templates[0].name).toBe('quote');
    expect(report.templates[0].total.count).toBe(3);
    for (const stage of ['style', 'layout', 'paint', 'encode']) expect(report.templates[0].stages[stage].p50).toBeGreaterThan(0);
    const chart = await decodePng(readFileSync(join(dir, 'c.png')));
    expect(chart.width).toBe(1200);
    expect(chart.height).toBeGreaterThan(200);
  });

  it('exits 1 with a table of what is over the budget', async () => {
    const { code, text } = await run([...quick, '--budget', 'p50=1us']);
    expect(code).toBe(1);
    expect(text).toMatch(/OVER\n.*template\s+metric\s+limit\s+actual/);
    expect(text).toMatch(/quote\s+p50\s+0\.00/);
  });

  it('reads the budget from ogsmith.config.json when no flag is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogsmith-bench-config-'));
    writeFileSync(join(dir, 'ogsmith.config.json'), JSON.stringify({ bench: { budget: 'max=1us' } }));
    expect((await run(quick, dir)).code).toBe(1);
    writeFileSync(join(dir, 'ogsmith.config.json'), JSON.stringify({ bench: { budget: 42 } }));
    const bad = await run(quick, dir);
    expect(bad.code).toBe(2);
    expect(bad.text).toMatch(/bench\.budget in .*ogsmith\.config\.json must be a string/);
  });

  it.each([
    [['--budget', 'p95=soon'], /"p95=soon"/],
    [['--renders', '0'], /--renders must be a whole number of at least 1, got "0"/],
    [['--template', 'nope'], /--template "nope" is not a template; known: blog/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const { code, text } = await run(argv);
    expect(code).toBe(2);
    expect(text).toMatch(message);
  });

  it('prints its help', async () => {
    const { code, text } = await run(['--help']);
    expect(code).toBe(0);
    expect(text).toContain('--budget SPEC');
  });
});
