// A fast, deterministic PNG encoder for canvas pixels: RGB when opaque, adaptive row filters, fast deflate.
import { deflateSync, constants } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = -1;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

/**
 * Unpremultiplied RGBA (as canvas.data() gives it) to PNG. Opaque images drop the alpha channel;
 * each row takes the filter (None, Sub, Up) with the smallest sum of absolute residuals.
 */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 255) {
      opaque = false;
      break;
    }
  }
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const raw = new Uint8Array(stride);
  const previous = new Uint8Array(stride);
  const filtered = Buffer.alloc((stride + 1) * height);
  const sub = new Uint8Array(stride);
  const up = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const rowStart = y * width * 4;
    if (opaque) {
      for (let x = 0, s = rowStart, d = 0; x < width; x++, s += 4, d += 3) {
        raw[d] = rgba[s]!;
        raw[d + 1] = rgba[s + 1]!;
        raw[d + 2] = rgba[s + 2]!;
      }
    } else {
      raw.set(rgba.subarray(rowStart, rowStart + stride));
    }
    let sumNone = 0;
    let sumSub = 0;
    let sumUp = 0;
    for (let i = 0; i < stride; i++) {
      const value = raw[i]!;
      const left = i >= channels ? raw[i - channels]! : 0;
      const s = (value - left) & 0xff;
      const u = (value - previous[i]!) & 0xff;
      sub[i] = s;
      up[i] = u;
      sumNone += value < 128 ? value : 256 - value;
      sumSub += s < 128 ? s : 256 - s;
      sumUp += u < 128 ? u : 256 - u;
    }
    const offset = y * (stride + 1);
    if (y > 0 && sumUp <= sumSub && sumUp <= sumNone) {
      filtered[offset] = 2;
      filtered.set(up, offset + 1);
    } else if (sumSub <= sumNone) {
      filtered[offset] = 1;
      filtered.set(sub, offset + 1);
    } else {
      filtered[offset] = 0;
      filtered.set(raw, offset + 1);
    }
    previous.set(raw);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = opaque ? 2 : 6;
  const data = deflateSync(filtered, { level: 3, strategy: constants.Z_FILTERED, memLevel: 9 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}
