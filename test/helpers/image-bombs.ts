// Small, valid image files that decode to huge bitmaps (decompression bombs), made at test time.
import { deflateSync } from 'node:zlib';

/** Packs LZW codes LSB-first into GIF data sub-blocks (at most 255 bytes each, then a 0 terminator). */
class GifCodeWriter {
  private readonly bytes: number[] = [];
  private bits = 0;
  private count = 0;

  write(code: number, size: number): void {
    this.bits |= code << this.count;
    this.count += size;
    while (this.count >= 8) {
      this.bytes.push(this.bits & 0xff);
      this.bits >>>= 8;
      this.count -= 8;
    }
  }

  blocks(): Buffer {
    if (this.count > 0) this.bytes.push(this.bits & 0xff);
    const out: number[] = [];
    for (let at = 0; at < this.bytes.length; at += 255) {
      const block = this.bytes.slice(at, at + 255);
      out.push(block.length, ...block);
    }
    out.push(0);
    return Buffer.from(out);
  }
}

/**
 * The LZW stream of `pixels` zero pixels, as a GIF encoder (omggif's) writes it: runs of zeros get
 * codes of growing length, the table is cleared when full. Computed run by run, not pixel by pixel.
 */
function zeroRunLzw(pixels: number, minCodeSize = 2): Buffer {
  const clear = 1 << minCodeSize;
  const first = clear + 2;
  const writer = new GifCodeWriter();
  let size = minCodeSize + 1;
  writer.write(clear, size);
  let next = first;
  let longest = 1;
  let remaining = pixels;
  while (remaining > 0) {
    const run = Math.min(longest, remaining);
    writer.write(run === 1 ? 0 : first + run - 2, size);
    remaining -= run;
    if (remaining === 0) break;
    if (next === 4096) {
      writer.write(clear, size);
      next = first;
      size = minCodeSize + 1;
      longest = 1;
    } else {
      if (next >= 1 << size) size++;
      next++;
      longest = run + 1;
    }
  }
  writer.write(clear + 1, size);
  return writer.blocks();
}

const u16 = (value: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
};

export interface GifFrame {
  readonly left?: number;
  readonly top?: number;
  readonly width: number;
  readonly height: number;
}

/** A GIF whose logical screen is `screen` and whose frames (all black) have their own sizes: the frame-size bomb. */
export function gifWithFrames(screen: { width: number; height: number }, frames: readonly GifFrame[]): Buffer {
  const parts: Buffer[] = [Buffer.from('GIF89a', 'latin1'), u16(screen.width), u16(screen.height), Buffer.from([0x80, 0, 0]), Buffer.from([0, 0, 0, 255, 255, 255])];
  for (const frame of frames) {
    parts.push(Buffer.from([0x21, 0xf9, 4, 0, 0, 0, 0, 0]));
    parts.push(Buffer.from([0x2c]), u16(frame.left ?? 0), u16(frame.top ?? 0), u16(frame.width), u16(frame.height), Buffer.from([0]));
    parts.push(Buffer.from([2]), zeroRunLzw(frame.width * frame.height));
  }
  parts.push(Buffer.from([0x3b]));
  return Buffer.concat(parts);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real, complete 1-bit grey PNG of width × height (all black): a few KB per 10 megapixels. */
export function blackPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A baseline JPEG header (SOF0, or another SOF type such as 0xc9 for arithmetic coding) claiming width × height, without scan data. */
export function jpegHeader(width: number, height: number, sof = 0xc0): Buffer {
  const frame = Buffer.from([0xff, sof, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), frame, Buffer.from([0xff, 0xd9])]);
}

/** An extended (VP8X) WebP header claiming a canvas of width × height. */
export function webpHeader(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(18);
  vp8x.write('VP8X', 0, 'latin1');
  vp8x.writeUInt32LE(10, 4);
  vp8x.writeUIntLE(width - 1, 12, 3);
  vp8x.writeUIntLE(height - 1, 15, 3);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + vp8x.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, vp8x]);
}

/** An AVIF header (ftyp, meta > iprp > ipco > ispe) claiming width × height. */
export function avifHeader(width: number, height: number): Buffer {
  const box = (type: string, ...payload: Buffer[]): Buffer => {
    const body = Buffer.concat(payload);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  const ispe = Buffer.alloc(12);
  ispe.writeUInt32BE(width, 4);
  ispe.writeUInt32BE(height, 8);
  const ftyp = box('ftyp', Buffer.from('avif', 'latin1'), Buffer.alloc(4), Buffer.from('avifmif1', 'latin1'));
  const meta = box('meta', Buffer.alloc(4), box('iprp', box('ipco', box('ispe', ispe))));
  return Buffer.concat([ftyp, meta]);
}

/** An SVG whose root asks to be rasterised at width × height. */
export function bigSvg(width: number, height: number): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="10" height="10"/></svg>`);
}

/** A base64 data: URL of the bytes. */
export function dataUrl(type: string, bytes: Buffer): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}
