// Throughput of the worker pool: renders per second with one worker per core, kept busy with varied parameters.
import { availableParallelism } from 'node:os';
import { RenderPool } from '../pool/render-pool.js';
import type { FontInput } from '../layout/text/types.js';
import type { Template } from '../templates/define.js';
import { variedParams } from './params.js';

export interface PoolThroughput {
  readonly threads: number;
  readonly renders: number;
  readonly seconds: number;
  readonly rendersPerSecond: number;
  readonly rendersPerSecondPerCore: number;
}

/** Renders `renders` images round-robin over the templates, at most 2 per worker in flight. */
export async function poolThroughput(templates: readonly Template[], renders: number, fonts?: readonly FontInput[]): Promise<PoolThroughput> {
  const threads = Math.max(1, availableParallelism());
  const pool = new RenderPool({ threads, maxQueue: threads * 4, ...(fonts ? { fonts } : {}) });
  try {
    const job = (index: number) => {
      const template = templates[index % templates.length]!;
      return pool.render(template.render(variedParams(template.name, template.params, 10_000 + index)), { width: template.width, height: template.height });
    };
    // Warm every worker (fonts, JIT) before the clock starts.
    await Promise.all(Array.from({ length: threads * 2 }, (_, i) => job(renders + i)));
    let next = 0;
    const start = performance.now();
    const lane = async () => {
      while (next < renders) await job(next++);
    };
    await Promise.all(Array.from({ length: threads * 2 }, lane));
    const seconds = (performance.now() - start) / 1000;
    return { threads, renders, seconds, rendersPerSecond: renders / seconds, rendersPerSecondPerCore: renders / seconds / threads };
  } finally {
    await pool.close();
  }
}
