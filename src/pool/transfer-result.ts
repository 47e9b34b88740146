// A render thread's answer handed to the main thread by moving the image's memory, not copying it.
import type * as PiscinaModule from 'piscina';
import * as workerThreads from 'node:worker_threads';
import { requireModule } from '../runtime/require-module.js';

/** piscina at the first move (a render thread's); a render process answers over IPC and never loads it (~25 ms of CPU at its start). */
const piscina = (): typeof PiscinaModule => requireModule<typeof PiscinaModule>('piscina');

/** Node 21+: native encoders' results (sharp's WebP/JPEG, Skia's AVIF) are external memory marked untransferable there. */
const isMarkedAsUntransferable = (workerThreads as { isMarkedAsUntransferable?: (value: object) => boolean }).isMarkedAsUntransferable;

/**
 * The bytes in an ArrayBuffer of their own, ready to be transferred: an encoder's result usually is one already
 * (returned as is); a view into a larger buffer (Node's small-Buffer slab, a slice) is copied out first, since
 * transferring the shared buffer would take it from everything else that uses it; so is memory the runtime marks
 * untransferable (on Node 21+, a native encoder's external buffer: posting it would throw DataCloneError).
 */
export function ownedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && !isMarkedAsUntransferable?.(buffer)) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

/**
 * The value piscina posts back with `transfer` in its transfer list (Piscina.move): the main thread receives the
 * same memory and the worker's view becomes empty, so a 100 KB–2 MB image is not copied on its way out.
 */
export function moveWith<T extends object>(value: T, transfer: ArrayBuffer): T {
  const { Piscina } = piscina();
  // Piscina types its symbols as unique symbols its public getters do not carry.
  const movable = { [Piscina.transferableSymbol]: [transfer], [Piscina.valueSymbol]: value } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as T;
}
