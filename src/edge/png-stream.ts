// PNG for runtimes without node:zlib: rows filtered (Up), deflated by the runtime's CompressionStream (workerd, Deno, browsers) or fflate where it lacks one, one thread.
import { zlibSync } from 'fflate';

/** Straight-alpha RGBA pixels, row by row (what the portable rasteriser paints). */
export interface RgbaPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: readonly Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const part of parts) for (let i = 0; i < part.length; i++) crc = CRC_TABLE[(crc ^ part[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array[] {
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) head[4 + i] = type.charCodeAt(i);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc32([head.subarray(4), data]));
  return [head, data, tail];
}

/** Scanlines with filter Up (each byte minus the one above: flat areas and vertical runs become zeros), first row None. */
function filteredRows({ width, height, data }: RgbaPixels, bytesPerPixel: 3 | 4): Uint8Array {
  const rowBytes = width * bytesPerPixel;
  const out = new Uint8Array((rowBytes + 1) * height);
  const row = new Uint8Array(rowBytes);
  const above = new Uint8Array(rowBytes);
  for (let y = 0; y < height; y++) {
    const from = y * width * 4;
    if (bytesPerPixel === 4) row.set(data.subarray(from, from + rowBytes));
    else for (let x = 0, i = from, o = 0; x < width; x++, i += 4, o += 3) (row[o] = data[i]!), (row[o + 1] = data[i + 1]!), (row[o + 2] = data[i + 2]!);
    const at = y * (rowBytes + 1);
    out[at] = y === 0 ? 0 : 2;
    for (let i = 0; i < rowBytes; i++) out[at + 1 + i] = (row[i]! - above[i]!) & 0xff;
    above.set(row);
  }
  return out;
}

/**
 * zlib bytes by the runtime's CompressionStream, or fflate where it has none or refuses it: Next.js's
 * edge sandbox replaces the global with a stub that throws "A Node.js API is used" when touched.
 */
async function zlib(bytes: Uint8Array): Promise<Uint8Array> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  } catch {
    return zlibSync(bytes, { level: 6 });
  }
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function opaque(data: Uint8Array): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/** Encodes straight RGBA as an 8-bit RGB PNG when every pixel is opaque, else RGBA. */
export async function encodePngStream(image: RgbaPixels): Promise<Uint8Array> {
  const bytesPerPixel = opaque(image.data) ? 3 : 4;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, image.width);
  view.setUint32(4, image.height);
  header[8] = 8;
  header[9] = bytesPerPixel === 3 ? 2 : 6;
  const parts = [Uint8Array.from(SIGNATURE), ...chunk('IHDR', header), ...chunk('IDAT', await zlib(filteredRows(image, bytesPerPixel))), ...chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.length));
  return out;
}
