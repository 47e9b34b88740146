// Lets the event loop turn between renders that would otherwise never give it one: native finalizers that free earlier pixel buffers only run on a turn.
import { setImmediate as nextTurn } from 'node:timers/promises';

let turnedSinceLastEncode = true;

const markTurn = (): void => {
  turnedSinceLastEncode = true;
};

/**
 * Yields one turn of the event loop unless the loop has turned since the previous encode on this
 * thread (a server between requests, or any caller that waits on I/O between renders): then the
 * finalizers already ran, and yielding again would only make this render run whatever other work
 * is queued (other code's garbage collection tasks, say). Back-to-back renders that never wait
 * still yield once each, so their 3 MB pixel buffers never pile up (docs/encoding.md).
 */
export async function yieldIfLoopIdle(): Promise<void> {
  if (!turnedSinceLastEncode) await nextTurn();
  turnedSinceLastEncode = false;
  setImmediate(markTurn).unref();
}
