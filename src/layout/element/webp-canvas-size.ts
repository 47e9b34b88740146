// The bitmap a WebP decoder allocates: the canvas (VP8X) grown to cover every bitstream and animation frame, by walking the RIFF chunks.

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u24 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
const u32 = (bytes: Uint8Array, at: number): number => (u24(bytes, at) + (bytes[at + 3] ?? 0) * 0x1000000);
const fourcc = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** One chunk's rectangle (right and bottom edges), or null for chunks without one. */
function chunkExtent(type: string, bytes: Uint8Array, at: number): { right: number; bottom: number } | null {
  switch (type) {
    case 'VP8X':
      return { right: u24(bytes, at + 4) + 1, bottom: u24(bytes, at + 7) + 1 };
    case 'VP8 ':
      return { right: u16(bytes, at + 6) & 0x3fff, bottom: u16(bytes, at + 8) & 0x3fff };
    case 'VP8L': {
      const bits = u32(bytes, at + 1);
      return { right: (bits & 0x3fff) + 1, bottom: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'ANMF':
      return { right: u24(bytes, at) * 2 + u24(bytes, at + 6) + 1, bottom: u24(bytes, at + 3) * 2 + u24(bytes, at + 9) + 1 };
    default:
      return null;
  }
}

/** Width and height covering the canvas, the image bitstream and every animation frame; null when no chunk gives a size. */
export function webpCanvasSize(bytes: Uint8Array): { width: number; height: number } | null {
  let width = -1;
  let height = -1;
  for (let pos = 12; pos + 8 <= bytes.length; ) {
    const type = fourcc(bytes, pos);
    const size = u32(bytes, pos + 4);
    if (pos + 8 + Math.min(size, 16) > bytes.length) break;
    const extent = chunkExtent(type, bytes, pos + 8);
    if (extent) {
      width = Math.max(width, extent.right);
      height = Math.max(height, extent.bottom);
    }
    pos += 8 + size + (size & 1);
  }
  return width < 0 ? null : { width, height };
}
