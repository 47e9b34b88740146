// The shared memory between the encoding thread and the band worker: control words, phases and data regions.
import { MAX_DISTINCT } from '../palette/count-band.js';
import { WINDOW_BYTES } from '../zlib-pieces.js';

/**
 * Control word indices. `Distinct` is the bottom band's colour count after counting, or −1 when it
 * has too many colours for a palette; `OutLength` is −1 when its deflated rows did not fit the
 * output region. `RowsCopied` is 0 from the Count step's post until the bottom band's rows are in
 * shared memory (the worker wakes while they are copied); `StopCount` is set to 1 when the encoding
 * thread's band has shown the image holds no palette, and the worker's count stops (the wasm counter
 * asks every 16 rows). `TailLength` is TAIL_PENDING from the Write step's post until the encoding thread
 * has written the top band's rows and put their tail in shared memory (the worker writes its own
 * rows meanwhile, and waits for the tail only to deflate them). A Deflate step (a photograph's
 * second half of filtered RGB rows) reads `RowBytes`, `PartBytes` and `TailLength` (its window),
 * and waits for `RowsCopied` too.
 */
export const Control = { Phase: 0, Ready: 1, Width: 2, Cut: 3, Height: 4, BaseRow: 5, MaxFrequent: 6, Distinct: 7, Level: 8, MemLevel: 9, TailLength: 10, OutLength: 11, Adler: 12, RowsCopied: 13, RowBytes: 14, PartBytes: 15, StopCount: 16 } as const;
export const CONTROL_WORDS = 20;
/** How long the encoding thread waits for one step of the worker before it encodes the image alone (and the worker for the top band's tail). */
export const STEP_TIMEOUT_MS = 1000;
/** `TailLength` while the top band's tail is not in shared memory yet. */
export const TAIL_PENDING = -1;

/**
 * What the worker is asked to do (Count, Write, Deflate), has taken on (Counting, Writing,
 * Deflating: it claims a job with a compare-and-swap, so the encoding thread can take back a job
 * the worker has not started), or has done (Counted, Written, Deflated). Idle between jobs; Stop
 * ends the worker; Failed is set by the encoding thread when the worker errs or exits, so a step
 * waited on ends at once.
 */
export const Phase = { Idle: 0, Count: 1, Counting: 2, Counted: 3, Write: 4, Writing: 5, Written: 6, Stop: 7, Failed: 8, Deflate: 9, Deflating: 10, Deflated: 11 } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** The largest image (pixels and rows) a worker's shared memory is laid out for. */
export interface BandCapacity {
  readonly maxPixels: number;
  readonly maxRows: number;
}

/** Views of the data buffer. */
export interface BandRegions {
  /** The bottom band's pixels from BaseRow on (only the rows counting reads are copied). */
  readonly pixels: Uint32Array;
  /** The same memory as bytes: a Deflate step's rows, then its raw deflate output (written once the rows are read). */
  readonly photoRows: Uint8Array;
  readonly repeatsAbove: Uint8Array;
  readonly colorOfId: Uint32Array;
  readonly countOfId: Uint32Array;
  readonly runsOfId: Uint32Array;
  /** Palette index of each of the bottom band's colour ids. */
  readonly indexOfId: Uint8Array;
  /** The end of the top band's index rows: the window the bottom band's deflate is primed with. */
  readonly tail: Uint8Array;
  /** The bottom band's raw deflate output. */
  readonly output: Uint8Array;
}

/** Room for the deflated index rows of a bottom band: stored blocks at worst, plus flush markers. */
export const outputBytes = ({ maxPixels, maxRows }: BandCapacity): number => maxPixels + maxRows + ((maxPixels + maxRows) >> 10) + 4096;

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

const regionSizes = (capacity: BandCapacity): readonly number[] => [capacity.maxPixels * 4, capacity.maxRows, MAX_DISTINCT * 4, MAX_DISTINCT * 4, MAX_DISTINCT * 4, MAX_DISTINCT, WINDOW_BYTES, outputBytes(capacity)];

export const dataBytes = (capacity: BandCapacity): number => regionSizes(capacity).reduce((sum, bytes) => sum + align8(bytes), 0);

export function bandRegions(buffer: SharedArrayBuffer, capacity: BandCapacity): BandRegions {
  const offsets: number[] = [];
  let at = 0;
  for (const bytes of regionSizes(capacity)) {
    offsets.push(at);
    at += align8(bytes);
  }
  const offset = (i: number): number => offsets[i]!;
  return {
    pixels: new Uint32Array(buffer, offset(0), capacity.maxPixels),
    photoRows: new Uint8Array(buffer, offset(0), capacity.maxPixels * 4),
    repeatsAbove: new Uint8Array(buffer, offset(1), capacity.maxRows),
    colorOfId: new Uint32Array(buffer, offset(2), MAX_DISTINCT),
    countOfId: new Uint32Array(buffer, offset(3), MAX_DISTINCT),
    runsOfId: new Uint32Array(buffer, offset(4), MAX_DISTINCT),
    indexOfId: new Uint8Array(buffer, offset(5), MAX_DISTINCT),
    tail: new Uint8Array(buffer, offset(6), WINDOW_BYTES),
    output: new Uint8Array(buffer, offset(7), outputBytes(capacity)),
  };
}

/** What the worker is started with. */
export interface BandWorkerData {
  readonly control: SharedArrayBuffer;
  readonly data: SharedArrayBuffer;
  readonly capacity: BandCapacity;
}
