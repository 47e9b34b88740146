// writePaletteRows (src/raster/encode/scanlines.ts) in AssemblyScript: a palette band's index rows written run by run, with their adler32 from each run's closed form; palette-rows-wasm.ts copies the runs in and the rows out.
import { ADLER_MOD } from './encoder-shared';

const ROW_SHIFTED: u8 = 2;
/** A repeated or shifted row is copied when the row above had more runs than this (the JS's COPY_MIN_RUNS). */
const COPY_MIN_RUNS: i32 = 24;
/** Runs shorter than this are written as one 16-byte store (memory.fill costs more for the short runs of anti-aliased edges). */
const FILL_MIN: i32 = 16;

/**
 * The index rows of rows [fromRow, toRow) of an image `width` wide into `out` (width + 1 bytes a row,
 * filter byte 0 first), from the band's runs (`ends`: absolute pixel indices as u32; `ids`: colour
 * ids as u16), `indexOfId` (a byte per id) and `rowSources` (a byte per row: 0, or the row above
 * repeated or moved one pixel left). Returns the adler32 of the bytes written, as the JS does.
 * Up to 15 bytes past the rows are written over: `out` needs that much room after them.
 */
export function paletteRows(ends: usize, ids: usize, indexOfId: usize, rowSources: usize, width: i32, fromRow: i32, toRow: i32, out: usize): u32 {
  const rowBytes = <usize>width + 1;
  let a: i64 = 1;
  let b: i64 = 0;
  let start = <u32>fromRow * <u32>width;
  let run = 0;
  let previousRuns = 0;
  let rowStart = out;
  for (let y = fromRow; y < toRow; y++, rowStart += rowBytes) {
    const rowEnd = <u32>(y + 1) * <u32>width;
    store<u8>(rowStart, 0);
    let at = rowStart + 1;
    const firstRun = run;
    const source = load<u8>(rowSources + <usize>(y - fromRow));
    if (source != 0 && previousRuns > COPY_MIN_RUNS) {
      // The row above's bytes (from its second pixel when moved left), then the runs skipped; the last pixel is its run's.
      memory.copy(at, at - rowBytes + (source == ROW_SHIFTED ? 1 : 0), <usize>width - 1);
      while (load<u32>(ends + (<usize>run << 2)) < rowEnd) run++;
      store<u8>(at + <usize>width - 1, load<u8>(indexOfId + <usize>load<u16>(ids + (<usize>run << 1))));
      run++;
      start = rowEnd;
      for (let k = rowStart; k < rowStart + rowBytes; k++) {
        a += <i64>load<u8>(k);
        b += a;
      }
    } else {
      b += a;
      while (start < rowEnd) {
        const end = load<u32>(ends + (<usize>run << 2));
        const value = load<u8>(indexOfId + <usize>load<u16>(ids + (<usize>run << 1)));
        const n = <i32>(end - start);
        // A short run is one 16-byte store: the bytes past it are written over by the runs after it (or the next row's filter byte; the caller leaves 16 bytes of room past the rows).
        if (n < FILL_MIN) v128.store(at, i8x16.splat(value));
        else memory.fill(at, value, <usize>n);
        const n64 = <i64>n;
        const v64 = <i64>value;
        b += n64 * a + (v64 * n64 * (n64 + 1)) / 2;
        a += n64 * v64;
        at += <usize>n;
        start = end;
        run++;
      }
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
    previousRuns = run - firstRun;
  }
  return <u32>((b << 16) | a);
}
