// Writes a standalone sfnt (TrueType/CFF) from its tables: offset table, table records, 4-byte aligned data.

export interface SfntTable {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
  const count = tables.length;
  const headerSize = 12 + count * 16;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  view.setUint32(0, flavor);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((table, t) => {
    const at = 12 + t * 16;
    view.setUint32(at, table.tag);
    view.setUint32(at + 4, table.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}
