// The band worker: counts, writes and deflates the bottom band of a palette PNG while the encoding thread does the top one, or deflates a photograph's second half of RGB rows; it blocks in Atomics.wait between steps.
import { workerData } from 'node:worker_threads';
import { CountScratch, countBand, type BandCounts } from '../palette/count-band.js';
import { writeBottomBand } from './bottom-band.js';
import { WINDOW_BYTES } from '../zlib-pieces.js';
import { bandRegions, Control, Phase, STEP_TIMEOUT_MS, TAIL_PENDING, type BandWorkerData } from './band-protocol.js';
import { stopCountingWhen, usePixelMatcherWasm } from '../deflate/pixel-matcher-wasm.js';
import { deflatePhotoRowsInto } from '../deflate/photo-deflate-wasm.js';
import { PIXEL_MATCHER_WASM_BASE64 } from '../deflate/pixel-matcher-wasm-bytes.js';

// The palette kernels in wasm here too, as on the encoding thread (png.ts): counting, assigning and writing rows (compiled at the first Count step).
usePixelMatcherWasm(() => Buffer.from(PIXEL_MATCHER_WASM_BASE64, 'base64'));

const { control, data, capacity } = workerData as BandWorkerData;
const words = new Int32Array(control);
const regions = bandRegions(data, capacity);
const scratch = new CountScratch();
// A count the encoding thread gave up on (its band holds no palette) stops within 16 rows, its band then counts as no palette.
stopCountingWhen(() => Atomics.load(words, Control.StopCount) === 1);
let rows = new Uint8Array(0);
/** The top band's tail, copied out of shared memory into a buffer kept between jobs (a copy made per job was garbage that the worker's rare collections left in its malloc arena). */
const tailCopy = new Uint8Array(WINDOW_BYTES);
const ownTail = (length: number): Uint8Array => {
  tailCopy.set(regions.tail.subarray(0, length));
  return tailCopy.subarray(0, length);
};
/** The bottom band counted by the last Count step: its runs are written by the Write step that follows. */
let counted: BandCounts | null = null;

/** Takes `from` if it is still posted (the encoding thread may have taken it back). */
const claim = (from: Phase, to: Phase): boolean => Atomics.compareExchange(words, Control.Phase, from, to) === from;

function finish(phase: Phase): void {
  Atomics.store(words, Control.Phase, phase);
  Atomics.notify(words, Control.Phase);
}

function count(): void {
  // The encoding thread copies the band's rows after posting the step.
  if (!awaitWord(Control.RowsCopied, 0)) throw new Error('ogsmith band worker: the rows to count never came');
  const width = words[Control.Width]!;
  counted = countBand(regions.pixels, width, words[Control.Cut]!, words[Control.Height]!, words[Control.BaseRow]!, regions.repeatsAbove, scratch, words[Control.MaxFrequent]!);
  if (counted) {
    const { distinct } = counted;
    regions.colorOfId.set(counted.colorOfId.subarray(0, distinct));
    regions.countOfId.set(counted.countOfId.subarray(0, distinct));
    regions.runsOfId.set(counted.runsOfId.subarray(0, distinct));
  }
  words[Control.Distinct] = counted ? counted.distinct : -1;
}

/**
 * Sleeps until the control word is no longer `pending` (the encoding thread stores and notifies it);
 * false after STEP_TIMEOUT_MS (the encoding thread has given up on this step by then).
 */
function awaitWord(index: number, pending: number): boolean {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (;;) {
    if (Atomics.load(words, index) !== pending) return true;
    const left = deadline - performance.now();
    if (left <= 0) return false;
    Atomics.wait(words, index, pending, left);
  }
}

/** Index rows of the bottom band, then their raw deflate primed with the top band's tail (writeBottomBand: the bytes one thread writes). */
function write(): void {
  const width = words[Control.Width]!;
  const cut = words[Control.Cut]!;
  const height = words[Control.Height]!;
  const length = (height - cut) * (width + 1);
  if (!counted) throw new Error('ogsmith band worker: Write before Count');
  if (rows.length < length) rows = new Uint8Array(length);
  // The encoding thread writes the top band's rows meanwhile: their tail is waited for once this band's rows are written.
  const tail = (): Uint8Array | null => (awaitWord(Control.TailLength, TAIL_PENDING) ? ownTail(words[Control.TailLength]!) : null);
  const written = writeBottomBand(counted, regions.indexOfId, width, cut, height, rows, tail, { level: words[Control.Level]!, memLevel: words[Control.MemLevel]! }, regions.repeatsAbove);
  const fits = written !== null && written.part.length <= regions.output.length;
  if (fits) regions.output.set(written.part);
  words[Control.OutLength] = fits ? written.part.length : -1;
  words[Control.Adler] = written ? written.adler | 0 : 0;
}

/**
 * A photograph's second half of filtered RGB rows, the stream's last part, deflated by the photo
 * deflater primed with the first half's end (the bytes the encoding thread's deflater writes); the
 * output replaces the rows in shared memory (`OutLength` −1 when it does not fit or the module does not run).
 */
function deflatePhotoPart(): void {
  if (!awaitWord(Control.RowsCopied, 0)) throw new Error('ogsmith band worker: the rows to deflate never came');
  const rows = regions.photoRows;
  words[Control.OutLength] = deflatePhotoRowsInto(rows.subarray(0, words[Control.PartBytes]!), regions.tail.subarray(0, words[Control.TailLength]!), true, words[Control.RowBytes]!, rows) ?? -1;
}

Atomics.store(words, Control.Ready, 1);
for (;;) {
  const phase = Atomics.load(words, Control.Phase) as Phase;
  if (phase === Phase.Stop) break;
  if (phase === Phase.Count && claim(Phase.Count, Phase.Counting)) {
    count();
    finish(Phase.Counted);
  } else if (phase === Phase.Write && claim(Phase.Write, Phase.Writing)) {
    write();
    finish(Phase.Written);
  } else if (phase === Phase.Deflate && claim(Phase.Deflate, Phase.Deflating)) {
    deflatePhotoPart();
    finish(Phase.Deflated);
  } else {
    // Idle, or a result the encoding thread has not taken yet: sleep until the phase changes.
    Atomics.wait(words, Control.Phase, phase);
  }
}
