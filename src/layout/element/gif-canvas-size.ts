// The bitmap a GIF decoder allocates: the logical screen grown to cover every frame, read by walking the GIF's blocks.

export interface GifCanvas {
  readonly width: number;
  readonly height: number;
  readonly frames: number;
}

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);

/** Skips a chain of data sub-blocks (size byte, data, ..., 0) and returns the position after it (the end on truncation). */
function skipSubBlocks(bytes: Uint8Array, at: number): number {
  let pos = at;
  while (pos < bytes.length) {
    const size = bytes[pos]!;
    pos += 1 + size;
    if (size === 0) return pos;
  }
  return bytes.length;
}

/** Colour table bytes announced by a packed field (screen or frame descriptor). */
const colourTableBytes = (packed: number): number => (packed & 0x80 ? 3 * (1 << ((packed & 7) + 1)) : 0);

/**
 * The logical screen and every image descriptor's rectangle (offset + size), united: decoders such
 * as Skia's size the bitmap from the frame when it is larger than the screen, so a 1×1 screen may
 * hide a 20000×20000 frame. Linear in the file size; a truncated file counts what it has.
 */
export function gifCanvasSize(bytes: Uint8Array): GifCanvas {
  if (bytes.length < 13 || bytes[0] !== 0x47 || bytes[1] !== 0x49 || bytes[2] !== 0x46) throw new Error('not a GIF');
  let width = u16(bytes, 6);
  let height = u16(bytes, 8);
  let frames = 0;
  let pos = 13 + colourTableBytes(bytes[10]!);
  while (pos < bytes.length) {
    const introducer = bytes[pos]!;
    if (introducer === 0x21) {
      pos = skipSubBlocks(bytes, pos + 2);
    } else if (introducer === 0x2c) {
      if (pos + 10 > bytes.length) break;
      width = Math.max(width, u16(bytes, pos + 1) + u16(bytes, pos + 5));
      height = Math.max(height, u16(bytes, pos + 3) + u16(bytes, pos + 7));
      frames++;
      pos = skipSubBlocks(bytes, pos + 10 + colourTableBytes(bytes[pos + 9]!) + 1);
    } else {
      break; // the trailer (0x3b) or bytes no decoder reads on
    }
  }
  return { width, height, frames };
}
