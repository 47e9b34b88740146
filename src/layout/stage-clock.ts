// Time spent per pipeline stage of one render, for the benchmark (runtime-neutral: the global performance clock).

export const RENDER_STAGES = ['style', 'layout', 'paint', 'encode'] as const;
export type RenderStage = (typeof RENDER_STAGES)[number];
export type StageTimes = Readonly<Record<RenderStage, number>>;

/** Each mark() charges the time since the previous mark (or since creation) to the named stage, in ms. */
export class StageClock {
  private last = performance.now();
  private readonly spent: Record<RenderStage, number> = { style: 0, layout: 0, paint: 0, encode: 0 };

  mark(stage: RenderStage): void {
    const now = performance.now();
    this.spent[stage] += now - this.last;
    this.last = now;
  }

  times(): StageTimes {
    return { ...this.spent };
  }
}
