// choose.ts's assign() in wasm (assembly/assign-palette.ts, in the encoder's module) where the runtime has been given the module: the same entries, indexes and worst error, each colour checked against sixteen entries a step instead of walking the colour grid.
import type { WasmMemory } from '../../../edge/wasm.js';
import { encoderWasmExports } from '../deflate/pixel-matcher-wasm.js';
import { align16, HEADER_BYTES } from '../deflate/wasm-header.js';

interface AssignExports {
  readonly memory: WasmMemory;
  assignPalette(colors: number, order: number, n: number, bounds: number, indexOf: number, palette: number, channels: number): number;
  assignedWorst(): number;
  ensureMemory(bytes: number): void;
}

/** assign()'s result: each colour id's entry, the entries' colours, the largest per-channel error. */
export interface Assigned {
  readonly indexOf: Uint8Array;
  readonly palette: number[];
  readonly worst: number;
}

/** The entries' four channel rows of 256 bytes and 16 of room each (assembly/assign-palette.ts). */
const CHANNEL_ROWS_BYTES = 4 * (256 + 16);

/**
 * assign() from the wasm for the colours (0xAABBGGRR, by id) taken in `order`, each with its bound
 * (`bounds`, a byte per id, already scaled by its alpha; 0: kept exactly): null when more than 256
 * entries are needed, undefined when the module is not available (the caller assigns in JS).
 */
export function assignInWasm(order: Uint16Array, colorOfId: Uint32Array, bounds: Uint8Array): Assigned | null | undefined {
  const distinct = colorOfId.length;
  const wasm = encoderWasmExports() as AssignExports | null;
  if (!wasm) return undefined;
  const colorsAt = HEADER_BYTES;
  const orderAt = align16(colorsAt + distinct * 4);
  const boundsAt = align16(orderAt + order.length * 2);
  const indexAt = align16(boundsAt + distinct);
  const paletteAt = align16(indexAt + distinct);
  const channelsAt = paletteAt + 256 * 4;
  wasm.ensureMemory(channelsAt + CHANNEL_ROWS_BYTES);
  const memory = wasm.memory.buffer;
  new Uint32Array(memory, colorsAt, distinct).set(colorOfId);
  new Uint16Array(memory, orderAt, order.length).set(order);
  new Uint8Array(memory, boundsAt, distinct).set(bounds);
  const count = wasm.assignPalette(colorsAt, orderAt, order.length, boundsAt, indexAt, paletteAt, channelsAt);
  if (count < 0) return null;
  return { indexOf: new Uint8Array(memory.slice(indexAt, indexAt + distinct)), palette: Array.from(new Uint32Array(memory, paletteAt, count)), worst: wasm.assignedWorst() };
}
