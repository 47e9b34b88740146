// Render time per stage as a stacked bar with a legend (fetch, style, layout, paint, encode; total includes the thread hop).
import type { Timings } from './api.js';
import { h } from './dom.js';

const STAGES = ['fetch', 'style', 'layout', 'paint', 'encode'] as const;

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));

export function showTimings(target: HTMLElement, timings: Timings): void {
  const staged = STAGES.reduce((sum, stage) => sum + timings[stage], 0);
  const overhead = Math.max(0, timings.total - staged);
  const scale = Math.max(timings.total, 0.01);
  const bar = h('div', { class: 'timing-bar', role: 'img', 'aria-label': 'render time per stage' });
  const legend = h('ul', { class: 'timing-legend' });
  for (const stage of [...STAGES, 'other'] as const) {
    const value = stage === 'other' ? overhead : timings[stage];
    if (stage === 'fetch' && value < 0.01) continue;
    bar.append(h('span', { class: `seg stage-${stage}`, style: `width: ${(value / scale) * 100}%`, title: `${stage} ${ms(value)} ms` }));
    legend.append(h('li', { 'data-stage': stage }, h('i', { class: `swatch stage-${stage}` }), h('span', { class: 'stage-name' }, stage === 'other' ? 'queue + transfer' : stage), h('b', {}, `${ms(value)} ms`)));
  }
  target.replaceChildren(h('div', { class: 'timing-head' }, h('span', {}, 'Server render time'), h('b', { id: 'timing-total' }, `${ms(timings.total)} ms`)), bar, legend);
}
