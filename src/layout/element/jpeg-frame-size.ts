// The bitmap a JPEG decoder allocates, from every frame header (SOF0–SOF15) before the first scan.

const u16 = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

/** SOFn markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isFrameHeader = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Width and height from the frame headers, the largest if there are several. Unlike image-size it
 * reads every SOF type (arithmetic, lossless, hierarchical), so a frame of another type cannot
 * hide behind a small baseline one. Null when no frame header comes before the first scan.
 */
export function jpegFrameSize(bytes: Uint8Array): { width: number; height: number } | null {
  let width = -1;
  let height = -1;
  let pos = 2;
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) {
      pos++; // garbage between segments: decoders skip to the next marker too
      continue;
    }
    while (bytes[pos + 1] === 0xff) pos++;
    const marker = bytes[pos + 1]!;
    pos += 2;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9 || marker === 0xda) break;
    if (isFrameHeader(marker) && pos + 7 <= bytes.length) {
      height = Math.max(height, u16(bytes, pos + 3));
      width = Math.max(width, u16(bytes, pos + 5));
    }
    const length = u16(bytes, pos);
    if (length < 2) break;
    pos += length;
  }
  return width < 0 ? null : { width, height };
}
