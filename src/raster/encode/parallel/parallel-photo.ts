// A photograph's two halves of filtered RGB rows deflated at once: this thread deflates the first while the band worker deflates the second; the bytes are the one-thread encoder's.
import { deflatePhotoRowsInWasm } from '../deflate/photo-deflate-wasm.js';
import { WINDOW_BYTES } from '../zlib-pieces.js';
import { awaitStep, post, releaseBandHelper, takeBack, type BandHelper } from './band-helper.js';
import { Control, Phase } from './band-protocol.js';

/**
 * How the parallel photo jobs of this thread ended (tests; the metrics may show them): 'worker' when
 * the worker deflated the second half, 'taken back' when it had not claimed it by the time this
 * thread finished the first (then this thread deflated it), 'alone' when the worker failed, stalled
 * or its output did not fit (this thread deflated it too).
 */
type PhotoOutcome = 'worker' | 'taken back' | 'alone';
const outcomes: Record<PhotoOutcome, number> = { worker: 0, 'taken back': 0, alone: 0 };
export const parallelPhotoOutcomes = (): Readonly<Record<PhotoOutcome, number>> => ({ ...outcomes });

/** The raw deflate of one half (the photo deflater runs: the codec asked for its rows). */
function deflateHalf(bytes: Uint8Array, history: Uint8Array, last: boolean, rowBytes: number): Uint8Array {
  const part = deflatePhotoRowsInWasm(bytes, history, last, rowBytes);
  if (!part) throw new Error('ogsmith: the photo deflater is not available');
  return part;
}

/**
 * The two raw deflate parts of a photograph's filtered RGB rows `rows` (`rowBytes` a row, cut at byte
 * `split`, a row's end), as the one-thread codec writes them: the first half with no window, not
 * final; the second primed with the first half's last 32 KiB, final. The worker deflates the second
 * half unless it has not claimed it when the first is done (then it is taken back and deflated here,
 * as when the worker fails); null, with the helper untouched, when the half does not fit its shared
 * memory. The helper is released here.
 */
export async function deflatePhotoInParallel(helper: BandHelper, rows: Uint8Array, rowBytes: number, split: number): Promise<readonly [Uint8Array, Uint8Array] | null> {
  const first = rows.subarray(0, split);
  const second = rows.subarray(split);
  const window = first.subarray(Math.max(0, first.length - WINDOW_BYTES));
  const { words, regions } = helper;
  if (second.length > regions.photoRows.length) {
    releaseBandHelper(helper, false);
    return null;
  }
  let failed = false;
  try {
    words[Control.RowBytes] = rowBytes;
    words[Control.PartBytes] = second.length;
    words[Control.TailLength] = window.length;
    // Posted before the rows are copied: the worker wakes meanwhile, and waits for them only if it woke first.
    Atomics.store(words, Control.RowsCopied, 0);
    post(helper, Phase.Deflate);
    regions.tail.set(window);
    regions.photoRows.set(second);
    Atomics.store(words, Control.RowsCopied, 1);
    Atomics.notify(words, Control.RowsCopied);
    const firstPart = deflateHalf(first, new Uint8Array(0), false, rowBytes);
    if (takeBack(helper, Phase.Deflate)) {
      outcomes['taken back']++;
      return [firstPart, deflateHalf(second, window, true, rowBytes)];
    }
    const done = await awaitStep(helper, Phase.Deflating);
    const outLength = done === Phase.Deflated ? words[Control.OutLength]! : -1;
    if (outLength >= 0) {
      outcomes.worker++;
      return [firstPart, regions.photoRows.slice(0, outLength)];
    }
    failed = done !== Phase.Deflated;
    outcomes.alone++;
    return [firstPart, deflateHalf(second, window, true, rowBytes)];
  } catch (error) {
    // The worker may still be deflating a step this thread no longer waits for: it is replaced, so the next job cannot meet its late result.
    failed = true;
    throw error;
  } finally {
    releaseBandHelper(helper, failed);
  }
}
