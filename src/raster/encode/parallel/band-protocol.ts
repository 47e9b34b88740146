// The shared memory between the main thread and the band worker: control words and data regions.
import { MAX_DISTINCT } from '../palette/count-band.js';

/**
 * Control word indices. Distinct is set by the worker after counting: the band's colour count, or −1
 * when it has too many colours for a palette. OutLength is −1 after a Match job met a translucent
 * pixel while writing RGB.
 */
export const Control = { Phase: 0, Ready: 1, Width: 2, FromRow: 3, ToRow: 4, BaseRow: 5, Distinct: 6, OutLength: 7, Adler: 8, Level: 9, MemLevel: 10, BytesPerPixel: 11 } as const;
export const CONTROL_WORDS = 16;

/**
 * What the worker is asked to do (Count, Write, Match), has taken on (Counting, Writing, Matching:
 * the worker claims a job with a compare-and-swap, so the main thread can take back a job the
 * worker has not started, e.g. when it was slow to wake), or has done. Wake asks an idle worker
 * to stand by, polling, because a job is about to come (the pixels are being read).
 */
export const Phase = { Idle: 0, Count: 1, Counted: 2, Write: 3, Written: 4, Failed: 5, Stop: 6, Match: 7, Counting: 8, Writing: 9, Matching: 10, Wake: 11 } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Views of the data buffer, laid out for images up to `maxPixels` pixels and `maxRows` rows. */
export interface BandRegions {
  readonly pixels: Uint32Array;
  readonly repeatsAbove: Uint8Array;
  readonly colorOfId: Uint32Array;
  readonly countOfId: Uint32Array;
  readonly runsOfId: Uint32Array;
  readonly indexOfId: Uint8Array;
  readonly output: Uint8Array;
}

export interface BandCapacity {
  readonly maxPixels: number;
  readonly maxRows: number;
}

/** Bytes the output region needs: a deflated band of RGBA rows, every byte a literal of up to 15 bits (a bound never reached). */
const outputBytes = ({ maxPixels, maxRows }: BandCapacity): number => Math.ceil(((maxPixels * 4 + maxRows) * 15) / 8) + 4096;

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

export function dataBytes(capacity: BandCapacity): number {
  return align8(capacity.maxPixels * 4) + align8(capacity.maxRows) + 3 * MAX_DISTINCT * 4 + align8(MAX_DISTINCT) + align8(outputBytes(capacity));
}

export function bandRegions(buffer: SharedArrayBuffer, capacity: BandCapacity): BandRegions {
  let offset = 0;
  const take = (bytes: number): number => {
    const at = offset;
    offset += align8(bytes);
    return at;
  };
  return {
    pixels: new Uint32Array(buffer, take(capacity.maxPixels * 4), capacity.maxPixels),
    repeatsAbove: new Uint8Array(buffer, take(capacity.maxRows), capacity.maxRows),
    colorOfId: new Uint32Array(buffer, take(MAX_DISTINCT * 4), MAX_DISTINCT),
    countOfId: new Uint32Array(buffer, take(MAX_DISTINCT * 4), MAX_DISTINCT),
    runsOfId: new Uint32Array(buffer, take(MAX_DISTINCT * 4), MAX_DISTINCT),
    indexOfId: new Uint8Array(buffer, take(MAX_DISTINCT), MAX_DISTINCT),
    output: new Uint8Array(buffer, take(outputBytes(capacity)), outputBytes(capacity)),
  };
}

/** What the worker is started with. */
export interface BandWorkerData {
  readonly control: SharedArrayBuffer;
  readonly data: SharedArrayBuffer;
  readonly capacity: BandCapacity;
}
