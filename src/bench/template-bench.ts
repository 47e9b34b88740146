// One template measured: end to end and per stage over varied parameters, after a warm-up.
import { renderTimed } from '../render.js';
import { RENDER_STAGES, type RenderStage } from '../layout/stage-clock.js';
import type { FontInput } from '../layout/text/types.js';
import type { Template } from '../templates/define.js';
import { variedParams } from './params.js';
import { summarize, type LatencySummary } from './stats.js';

export interface TemplateBenchOptions {
  readonly renders: number;
  readonly warmup: number;
  readonly fonts?: readonly FontInput[];
  /** Called after each measured render (progress). */
  readonly onRender?: (done: number) => void;
}

export interface TemplateBenchResult {
  readonly name: string;
  /** End to end: params → element (counted in style), style, layout, paint, encode. */
  readonly total: LatencySummary;
  readonly stages: Readonly<Record<RenderStage, LatencySummary>>;
  /** Renders per second one core sustains back to back (1000 / mean). */
  readonly rendersPerSecondPerCore: number;
  /** Median PNG size in bytes. */
  readonly medianBytes: number;
}

export async function benchTemplate(template: Template, options: TemplateBenchOptions): Promise<TemplateBenchResult> {
  const size = { width: template.width, height: template.height, ...(options.fonts ? { fonts: options.fonts } : {}) };
  const renderOne = async (index: number) => {
    const start = performance.now();
    const element = template.render(variedParams(template.name, template.params, index));
    const parsed = performance.now();
    const timed = await renderTimed(element, size);
    return { total: performance.now() - start, parse: parsed - start, timed };
  };
  for (let i = 0; i < options.warmup; i++) await renderOne(options.renders + i);
  const totals: number[] = [];
  const bytes: number[] = [];
  const perStage: Record<RenderStage, number[]> = { style: [], layout: [], paint: [], encode: [] };
  for (let i = 0; i < options.renders; i++) {
    const { total, parse, timed } = await renderOne(i);
    totals.push(total);
    bytes.push(timed.bytes.length);
    for (const stage of RENDER_STAGES) perStage[stage].push(timed.stages[stage] + (stage === 'style' ? parse : 0));
    options.onRender?.(i + 1);
  }
  const total = summarize(totals);
  const stages = Object.fromEntries(RENDER_STAGES.map((stage) => [stage, summarize(perStage[stage])])) as Record<RenderStage, LatencySummary>;
  return { name: template.name, total, stages, rendersPerSecondPerCore: 1000 / total.mean, medianBytes: summarize(bytes).p50 };
}
