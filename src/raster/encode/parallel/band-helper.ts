// Main-thread side of the parallel PNG encoder: one band worker, started on first use, driven through shared memory.
import { existsSync } from 'node:fs';
import { isMainThread, Worker } from 'node:worker_threads';
import { splitsIntoBands } from '../palette.js';
import { bandRegions, CONTROL_WORDS, Control, dataBytes, Phase, type BandCapacity, type BandRegions, type BandWorkerData } from './band-protocol.js';
import { fileBesideModule } from '../../../runtime/module-file.js';

/** A running band worker and its shared memory. */
export interface BandHelper {
  readonly worker: Worker;
  readonly words: Int32Array;
  readonly regions: BandRegions;
  readonly capacity: BandCapacity;
}

/** The smallest capacity a helper is started with: a 1200×630 card. */
const MIN_CAPACITY: BandCapacity = { maxPixels: 1200 * 630, maxRows: 630 };
/** How long the main thread gives a worker that has not yet claimed its step (waking a thread on a virtual machine can take that long) before taking the step back: less than the step costs. */
export const CLAIM_GRACE_MS = 0.15;
/** How long the main thread waits for one step of the worker before it does the band itself. */
export const STEP_TIMEOUT_MS = 1000;

let helper: BandHelper | null = null;
let failures = 0;
/** After this many failed workers the encoder stays on one thread. */
const MAX_FAILURES = 3;
let enabled = isMainThread && process.env.OGSMITH_PARALLEL_ENCODE !== '0';

/** The compiled worker (dist/raster/encode/parallel/band-worker.js), also when this module runs from src/ under tests; null when not built. */
function workerFile(): string | null {
  const beside = fileBesideModule('./band-worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = fileBesideModule('../../../../dist/raster/encode/parallel/band-worker.js', import.meta.url);
  return existsSync(built) ? built : null;
}

function start(capacity: BandCapacity): void {
  const file = workerFile();
  if (!file) {
    enabled = false;
    return;
  }
  const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
  const data = new SharedArrayBuffer(dataBytes(capacity));
  const workerData: BandWorkerData = { control, data, capacity };
  const worker = new Worker(file, { workerData });
  // The worker never keeps the process alive, and a crash only turns the parallel path off for it.
  worker.unref();
  const started: BandHelper = { worker, words: new Int32Array(control), regions: bandRegions(data, capacity), capacity };
  const retire = (): void => {
    if (helper === started) helper = null;
    if (++failures >= MAX_FAILURES) enabled = false;
  };
  worker.on('error', retire);
  worker.on('exit', () => {
    if (helper === started) helper = null;
  });
  helper = started;
}

/** Ends the current worker (when it is too small for an image, or failed a step). */
export function stopBandHelper(failed = false): void {
  const current = helper;
  if (!current) return;
  helper = null;
  Atomics.store(current.words, Control.Phase, Phase.Stop);
  Atomics.notify(current.words, Control.Phase);
  void current.worker.terminate();
  if (failed && ++failures >= MAX_FAILURES) enabled = false;
}

/**
 * The band worker when it is ready for an image of this size; otherwise null (then it is started,
 * or restarted larger, for the renders that follow). Only the main thread uses one: a render pool's
 * workers already keep every core busy.
 */
export function bandHelperFor(width: number, height: number): BandHelper | null {
  if (!enabled) return null;
  if (helper && (helper.capacity.maxPixels < width * height || helper.capacity.maxRows < height)) stopBandHelper();
  if (!helper) {
    start({ maxPixels: Math.max(width * height, MIN_CAPACITY.maxPixels), maxRows: Math.max(height, MIN_CAPACITY.maxRows) });
    return null;
  }
  return Atomics.load(helper.words, Control.Ready) === 1 ? helper : null;
}

/** Resolves once a band worker for images of this size is ready (tests and benchmarks warm it up). */
export async function bandHelperReady(width: number, height: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (bandHelperFor(width, height)) return true;
    if (!enabled) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** Posts a phase to the worker. */
export function post(current: BandHelper, phase: Phase): void {
  Atomics.store(current.words, Control.Phase, phase);
  Atomics.notify(current.words, Control.Phase);
}

/** Blocks until the worker leaves `phase`; the phase it reached, or Failed after STEP_TIMEOUT_MS. */
export function awaitStep(current: BandHelper, phase: Phase): Phase {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const now = Atomics.load(current.words, Control.Phase) as Phase;
    if (now !== phase) return now;
    const left = deadline - performance.now();
    if (left <= 0) return Phase.Failed;
    Atomics.wait(current.words, Control.Phase, phase, left);
  }
}

/**
 * After the main thread's own half: takes the posted job back when the worker has not claimed it
 * ('taken back': the main thread does it), else waits for the worker ('done', or 'failed' past
 * STEP_TIMEOUT_MS or on an error). So a worker slow to wake never costs more than doing the job here.
 */
export function finishOrTakeBack(current: BandHelper, posted: Phase, claimed: Phase, done: Phase): 'done' | 'taken back' | 'failed' {
  const until = performance.now() + CLAIM_GRACE_MS;
  while (Atomics.load(current.words, Control.Phase) === posted && performance.now() < until);
  if (Atomics.compareExchange(current.words, Control.Phase, posted, Phase.Idle) === posted) return 'taken back';
  return awaitStep(current, claimed) === done ? 'done' : 'failed';
}

/**
 * Tells an idle worker, just before the pixels are read (Skia rasterises then, a few tenths of a
 * millisecond), that its job is coming, so it is awake and polling when the job is posted.
 */
export function wakeBandHelper(width: number, height: number): void {
  // An image too small to be cut into bands never uses the worker: do not start one for it.
  const current = splitsIntoBands(width, height) ? bandHelperFor(width, height) : null;
  if (current && Atomics.compareExchange(current.words, Control.Phase, Phase.Idle, Phase.Wake) === Phase.Idle) Atomics.notify(current.words, Control.Phase);
}
