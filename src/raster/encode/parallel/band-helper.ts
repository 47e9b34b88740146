// The encoding thread's side of the band worker: started from the second PNG on, one job at a time, posted and waited on through shared memory without polling.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { fileBesideModule, packageFile, requireFromModule } from '../../../runtime/module-file.js';
import { bandRegions, CONTROL_WORDS, Control, dataBytes, Phase, STEP_TIMEOUT_MS, type BandCapacity, type BandRegions, type BandWorkerData } from './band-protocol.js';

export { STEP_TIMEOUT_MS } from './band-protocol.js';

/** A running band worker and its shared memory. */
export interface BandHelper {
  readonly worker: Worker;
  readonly words: Int32Array;
  readonly regions: BandRegions;
  readonly capacity: BandCapacity;
}

/** The smallest capacity a worker is started with: a 1200×630 card. */
const MIN_CAPACITY: BandCapacity = { maxPixels: 1200 * 630, maxRows: 630 };
/** After this many failed workers the encoder stays on one thread. */
const MAX_FAILURES = 3;
/**
 * PNGs encoded before the worker is started: a process that makes one image (a CLI call, a
 * serverless cold start) never pays for a thread it cannot use.
 */
const ENCODES_BEFORE_START = 1;

/**
 * node:worker_threads, required when the second PNG is encoded (a process that makes one image
 * never loads it): Turbopack (Next.js 16) reads `new Worker(path)` of a statically imported Worker
 * as a reference to every file of the package, and then fails `next build` on CLI modules an app
 * never imports.
 */
const workerThreads = (): typeof import('node:worker_threads') => requireFromModule('node:worker_threads', import.meta.url) as typeof import('node:worker_threads');

/**
 * On by default on the main thread of a machine with a second core (a render pool's threads and
 * render processes already keep every core busy; render processes get OGSMITH_PARALLEL_ENCODE=0);
 * OGSMITH_PARALLEL_ENCODE=0 turns it off. On a quiet machine (Node 24, peer cards, 2026-12-07) it
 * took the cards' wall time from 0.81–0.91× takumi's to 0.70–0.85× for 5–20% more CPU (still
 * 0.75–0.94× takumi's) and more RSS after 2,000 renders (35 MB once photographs' halves ran on it too, 21–37 MB since
 * it stopped leaving a buffer per photograph in its malloc arena: docs/bench.md). Decided at the first use.
 */
let enabled: boolean | null = null;
const isEnabled = (): boolean => (enabled ??= process.env.OGSMITH_PARALLEL_ENCODE !== '0' && availableParallelism() > 1 && workerThreads().isMainThread);
let helper: BandHelper | null = null;
let busy = false;
let failures = 0;
let encodes = 0;

/**
 * The compiled worker beside this module (tsc's dist/), or in dist/ of the package (bundled chunks,
 * and src/ under tests); null when not built, or when an app's bundler moved this module away from
 * the package (then PNGs are encoded on one thread).
 */
function workerFile(): string | null {
  try {
    const beside = fileBesideModule('./band-worker.js', import.meta.url);
    if (existsSync(beside)) return beside;
    const built = packageFile('dist/raster/encode/parallel/band-worker.js', import.meta.url);
    return existsSync(built) ? built : null;
  } catch {
    return null;
  }
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
  // No flags of this process (e.g. --input-type, which a worker started from a file refuses): the worker needs none.
  const worker = new (workerThreads().Worker)(file, { workerData, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 64 } });
  // The worker never keeps the process alive; if it errs or exits, a step waited on ends at once and the image is encoded here.
  worker.unref();
  const started: BandHelper = { worker, words: new Int32Array(control), regions: bandRegions(data, capacity), capacity };
  const retire = (): void => {
    post(started, Phase.Failed);
    if (helper !== started) return;
    helper = null;
    if (++failures >= MAX_FAILURES) enabled = false;
  };
  worker.on('error', retire);
  worker.on('exit', retire);
  helper = started;
}

/** Ends the current worker: too small for an image, failed or stalled in a step, or at the caller's request. */
export function stopBandHelper(): void {
  const current = helper;
  if (!current) return;
  helper = null;
  post(current, Phase.Stop);
  void current.worker.terminate();
}

/**
 * The band worker for one image of this size when it is ready and idle, marked busy until
 * releaseBandHelper; otherwise null (the image is encoded on this thread), starting or restarting
 * the worker for the images that follow. `again`: a second job of an image that had the worker for
 * a first one (a photograph's halves after its failed palette count), not counted as an encode.
 */
export function takeBandHelper(width: number, height: number, again = false): BandHelper | null {
  if (busy || (!again && encodes++ < ENCODES_BEFORE_START) || !isEnabled()) return null;
  if (helper && (helper.capacity.maxPixels < width * height || helper.capacity.maxRows < height)) stopBandHelper();
  if (!helper) {
    start({ maxPixels: Math.max(width * height, MIN_CAPACITY.maxPixels), maxRows: Math.max(height, MIN_CAPACITY.maxRows) });
    return null;
  }
  if (Atomics.load(helper.words, Control.Ready) !== 1 || !restingPhase(Atomics.load(helper.words, Control.Phase) as Phase)) return null;
  busy = true;
  return helper;
}

/**
 * Phases in which the worker sleeps with no job: Idle, or the result of a step this thread has
 * stopped waiting for (a job that threw after posting it).
 */
const restingPhase = (phase: Phase): boolean => phase === Phase.Idle || phase === Phase.Counted || phase === Phase.Written || phase === Phase.Deflated;

/**
 * Ends a job: the worker goes idle, or is replaced when it failed or stalled. Idle is stored without
 * waking the worker (it sleeps until the phase changes, and the next step's post wakes it): a wake
 * to find nothing to do cost both threads a futex call per image.
 */
export function releaseBandHelper(current: BandHelper, failed: boolean): void {
  busy = false;
  if (!failed) Atomics.store(current.words, Control.Phase, Phase.Idle);
  else if (helper === current) {
    if (++failures >= MAX_FAILURES) enabled = false;
    stopBandHelper();
  }
}

/** Posts a phase to the worker. */
export function post(current: BandHelper, phase: Phase): void {
  Atomics.store(current.words, Control.Phase, phase);
  Atomics.notify(current.words, Control.Phase);
}

/** Takes a posted step back when the worker has not claimed it yet (then this thread does the work). */
export const takeBack = (current: BandHelper, posted: Phase): boolean => Atomics.compareExchange(current.words, Control.Phase, posted, Phase.Idle) === posted;

type WaitAsyncResult = { readonly async: false; readonly value: 'not-equal' | 'timed-out' } | { readonly async: true; readonly value: Promise<'ok' | 'timed-out'> };
/** Atomics.waitAsync (Node 16+; ES2024, after this project's lib). */
const waitAsync = (Atomics as unknown as { waitAsync: (array: Int32Array, index: number, value: number, timeout: number) => WaitAsyncResult }).waitAsync;
const noop = (): void => {};

/**
 * The phase after `working` (the worker's claim of a step), or Failed after STEP_TIMEOUT_MS. This
 * thread waits in its event loop: nothing polls, and a timer keeps the process alive meanwhile
 * (a pending Atomics.waitAsync alone does not).
 */
export async function awaitStep(current: BandHelper, working: Phase): Promise<Phase> {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const now = Atomics.load(current.words, Control.Phase) as Phase;
    if (now !== working) return now;
    const left = deadline - performance.now();
    if (left <= 0) return Phase.Failed;
    const keepAlive = setTimeout(noop, left);
    try {
      const waited = waitAsync(current.words, Control.Phase, working, left);
      if (waited.async) await waited.value;
    } finally {
      clearTimeout(keepAlive);
    }
  }
}

/** For tests: whether the worker is up and idle (the encodes after this one use it). */
export const bandHelperIdle = (): boolean => helper !== null && !busy && Atomics.load(helper.words, Control.Ready) === 1 && restingPhase(Atomics.load(helper.words, Control.Phase) as Phase);
