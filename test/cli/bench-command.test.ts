// `ogsmith bench` as a subprocess: its arguments reach the harness, budgets set the exit code, bad flags exit 2.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './site.js';

const cwd = mkdtempSync(join(tmpdir(), 'ogsmith-cli-bench-'));
const quick = ['bench', '--template', 'release', '--renders', '2', '--warmup', '0', '--no-pool', '--no-cold-start'];

describe('ogsmith bench', () => {
  it('prints the harness help', async () => {
    const run = await runCli(['bench', '--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--budget SPEC');
  });

  it('exits 1 over budget with the table of what is over, 0 within it', async () => {
    const over = await runCli([...quick, '--budget', 'p50=1us'], cwd);
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/release\s+p50\s+0\.00/);
    expect((await runCli([...quick, '--budget', 'max=600s'], cwd)).code).toBe(0);
  });

  it('exits 2 on an unknown flag, naming it', async () => {
    const run = await runCli(['bench', '--bogus'], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Unknown option '--bogus'");
  });
});
