// Worker of the playground's pool: renders with stage timings and answers one frame (timings and boxes, then the image).
import { workerData } from 'node:worker_threads';
import { isOgsmithError } from '../../errors/catalogue.js';
import type { FontInput } from '../../layout/text/types.js';
import type { RenderTask, RenderTaskResult } from '../../pool/render-worker.js';
import { packFrame } from './frame.js';
import { renderStaged, type StagedOptions } from './staged-render.js';

const fonts = (workerData as { fonts?: FontInput[] } | undefined)?.fonts;

export default async function stagedTask(task: RenderTask): Promise<RenderTaskResult> {
  try {
    const { bytes, ...header } = await renderStaged(task.element, task.options as StagedOptions, fonts);
    return { ok: true, bytes: packFrame(header, bytes) };
  } catch (error) {
    if (isOgsmithError(error)) return { ok: false, code: error.code, message: error.message, path: error.path };
    throw error;
  }
}
