// The playground's own small render pool: same limits, image fetching and timeout as the image routes, plus stage timings.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { RenderPool } from '../../pool/render-pool.js';
import { ImagePixelBudget } from '../../layout/element/image-pixel-budget.js';
import { imagePixelLimits } from '../limits.js';
import type { ImageShape } from '../request-params.js';
import type { OgsmithService } from '../service.js';
import { unpackFrame } from './frame.js';
import type { PlacedItem, StageTimings } from './staged-render.js';
import { join } from 'node:path';
import { fileBesideModule, packageRoot } from '../../runtime/module-file.js';

export interface PlaygroundRender {
  readonly image: Buffer;
  readonly timings: StageTimings & {
    /** Remote images fetched before the render (0 without any). */
    readonly fetch: number;
    /** Wall time of the whole render on the server, queueing and thread hand-over included. */
    readonly total: number;
  };
  readonly items: readonly PlacedItem[];
  readonly warnings: readonly string[];
}

/** The compiled worker, also when this module runs from src/ under tests (like the render pool's). */
function workerFile(): string {
  const beside = fileBesideModule('./staged-worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = join(packageRoot(import.meta.url), 'dist/server/playground/staged-worker.js');
  if (existsSync(built)) return built;
  throw new Error('ogsmith: the playground worker is not built; run npm run build');
}

export class PlaygroundRenderer {
  private readonly pool: RenderPool;

  constructor(private readonly service: OgsmithService, threads = 1) {
    const options = service.options.pool instanceof RenderPool ? undefined : service.options.pool;
    this.pool = new RenderPool({ threads, fonts: options?.fonts, maxQueue: threads * 4, workerFile: workerFile() });
  }

  /** Renders in the playground pool: remote images fetched by the guarded fetcher, the render stopped after renderTimeoutMs. */
  async render(element: unknown, shape: ImageShape): Promise<PlaygroundRender> {
    const { limits: serverLimits, images } = this.service;
    const started = performance.now();
    const limits = { maxDepth: serverLimits.maxDepth * 2 + 8, maxNodes: serverLimits.maxElements * 4 };
    const imageLimits = imagePixelLimits(serverLimits);
    const resolveImage = await images.resolverFor(element, limits, new ImagePixelBudget(imageLimits), (fetchAll) => this.service.whileFetching(fetchAll));
    const fetched = performance.now();
    const signal = AbortSignal.timeout(serverLimits.renderTimeoutMs);
    const frame = await this.pool.render(element, { width: shape.width, height: shape.height, format: shape.format, quality: shape.quality, resolveImage, limits, signal, imageLimits });
    const { header, image } = unpackFrame(frame);
    const staged = header as { timings: StageTimings; items: PlacedItem[]; warnings: string[] };
    const fetch = Math.round((fetched - started) * 100) / 100;
    const total = Math.round((performance.now() - started) * 100) / 100;
    return { image, timings: { ...staged.timings, fetch, total }, items: staged.items, warnings: staged.warnings };
  }

  /** One tiny render so the worker has its fonts loaded before the first real one (errors are ignored). */
  warm(): void {
    this.pool.render({ type: 'div', props: { children: 'og' } }, { width: 8, height: 8 }).catch(() => undefined);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
