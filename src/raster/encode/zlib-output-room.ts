// Sizes zlib's output buffer for a large piece from the output/input ratio the last piece of the same settings had, so a 1.1 MB piece that deflates to 60 KB does not get a 1.1 MB buffer.
import type { ZlibOptions } from 'node:zlib';

/** Room for a piece's raw deflate output at worst (stored blocks, a sync flush's marker, the final block). */
export const outputRoom = (length: number): number => length + (length >> 10) + 1024;

/** Slack over the expected size: a piece that deflates a little worse than the last still fits in one buffer. */
const SLACK_RATIO = 1.125;
const SLACK_BYTES = 16 * 1024;

const lastRatio = new Map<string, number>();
const keyOf = (settings: ZlibOptions): string => `${settings.level ?? -1}/${settings.memLevel ?? -1}`;

/**
 * The output buffer (zlib's chunkSize) for a piece of `length` bytes: the worst case until a piece of
 * these settings has been deflated in this thread, then the last ratio with some slack. A piece that
 * needs more gets a second buffer and one copy to join them; zlib's bytes do not depend on the
 * buffer's size, only the memory does (each buffer is external memory that V8 counts towards its
 * next full collection: docs/bench.md, "What the pool's garbage collection is made of").
 */
export function expectedOutputRoom(settings: ZlibOptions, length: number): number {
  const ratio = lastRatio.get(keyOf(settings));
  const worst = outputRoom(length);
  return ratio === undefined ? worst : Math.min(worst, Math.ceil(length * ratio * SLACK_RATIO) + SLACK_BYTES);
}

/** Records a deflated piece's ratio for the next expectedOutputRoom of the same settings. */
export function noteDeflated(options: ZlibOptions, inputLength: number, outputLength: number): void {
  if (options.chunkSize !== undefined && inputLength > 0) lastRatio.set(keyOf(options), outputLength / inputLength);
}
