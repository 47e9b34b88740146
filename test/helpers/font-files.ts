// Test helper: font files in the other formats users bring, made from a TTF (WOFF 1.0, a TrueType collection).
import { deflateSync } from 'node:zlib';

interface Table {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

function tablesOf(sfnt: Uint8Array): { flavor: number; tables: Table[] } {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables: Table[] = [];
  for (let t = 0; t < view.getUint16(4); t++) {
    const at = 12 + t * 16;
    const offset = view.getUint32(at + 8);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 4), data: sfnt.subarray(offset, offset + view.getUint32(at + 12)) });
  }
  return { flavor: view.getUint32(0), tables };
}

/** WOFF 1.0 with its tables zlib-compressed (as font tools write it). */
export function toWoff(sfnt: Uint8Array): Uint8Array {
  const { flavor, tables } = tablesOf(sfnt);
  // A table is stored as is when compressing does not make it smaller (WOFF 1.0 §5).
  const packed = tables.map((t) => {
    const compressed = new Uint8Array(deflateSync(t.data));
    return { ...t, stored: compressed.length < t.data.length ? compressed : t.data };
  });
  const size = packed.reduce((sum, t) => sum + ((t.stored.length + 3) & ~3), 44 + tables.length * 20);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x774f4646);
  view.setUint32(4, flavor);
  view.setUint32(8, size);
  view.setUint16(12, tables.length);
  view.setUint32(16, sfnt.length);
  let offset = 44 + tables.length * 20;
  packed.forEach((t, i) => {
    const at = 44 + i * 20;
    view.setUint32(at, t.tag);
    view.setUint32(at + 4, offset);
    view.setUint32(at + 8, t.stored.length);
    view.setUint32(at + 12, t.data.length);
    view.setUint32(at + 16, t.checksum);
    out.set(t.stored, offset);
    offset += (t.stored.length + 3) & ~3;
  });
  return out;
}

/** A TrueType collection ('ttcf' 1.0) holding the fonts in order, each with its own directory and tables. */
export function toCollection(fonts: readonly Uint8Array[]): Uint8Array {
  const parsed = fonts.map(tablesOf);
  const dirSizes = parsed.map((p) => 12 + p.tables.length * 16);
  const headerSize = 12 + fonts.length * 4 + dirSizes.reduce((a, b) => a + b, 0);
  // Lay the tables out first: [font, table] → absolute offset.
  let end = headerSize;
  const offsets = parsed.map((p) => p.tables.map((t) => {
    const at = end;
    end += (t.data.length + 3) & ~3;
    return at;
  }));
  const out = new Uint8Array(end);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x74746366);
  view.setUint32(4, 0x00010000);
  view.setUint32(8, fonts.length);
  let dirAt = 12 + fonts.length * 4;
  parsed.forEach((p, f) => {
    view.setUint32(12 + f * 4, dirAt);
    view.setUint32(dirAt, p.flavor);
    view.setUint16(dirAt + 4, p.tables.length);
    p.tables.forEach((t, i) => {
      const record = [t.tag, t.checksum, offsets[f]![i]!, t.data.length];
      record.forEach((value, k) => view.setUint32(dirAt + 12 + i * 16 + k * 4, value));
      out.set(t.data, offsets[f]![i]!);
    });
    dirAt += dirSizes[f]!;
  });
  return out;
}
