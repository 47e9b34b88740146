// The palette counter's runs, colour ids and counts against a plain per-pixel reading of the rows, on images made as text cards are (fresh rows mostly equal to the row above, repeated and shifted rows).
import { describe, expect, it } from 'vitest';
import { CountScratch, MERGEABLE_MAX_PIXELS, ROW_REPEATS, ROW_SHIFTED, countBand } from '../../src/raster/encode/palette/count-band.js';

interface Expected {
  runEnds: number[];
  runIds: number[];
  countOfId: number[];
  runsOfId: number[];
  rowSources: number[];
  colors: number[];
}

/** What countBand must give, read pixel by pixel: maximal runs per row, ids in order of first appearance, anti-aliasing runs counted in fresh rows only. */
function reference(all: Uint32Array, width: number, fromRow: number, toRow: number, baseRow: number, repeatsAbove: Uint8Array): Expected {
  // Pixels above the band's first row are there only when the band holds its row above (baseRow < fromRow).
  const held = (k: number): number | undefined => (k >= baseRow * width ? all[k] : undefined);
  const ids = new Map<number, number>();
  const out: Expected = { runEnds: [], runIds: [], countOfId: [], runsOfId: [], rowSources: [], colors: [] };
  const idOf = (key: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      out.colors.push(key);
      out.countOfId.push(0);
      out.runsOfId.push(0);
    }
    return id;
  };
  for (let y = fromRow; y < toRow; y++) {
    const start = y * width;
    const hasAbove = y > fromRow;
    const repeated = hasAbove && repeatsAbove[y] === 1;
    let shifted = !repeated && hasAbove && width > 1;
    for (let x = 0; shifted && x < width - 1; x++) if (all[start + x] !== all[start - width + x + 1]) shifted = false;
    out.rowSources.push(repeated ? ROW_REPEATS : shifted ? ROW_SHIFTED : 0);
    for (let i = start; i < start + width; ) {
      const key = all[i]!;
      let end = i + 1;
      while (end < start + width && all[end] === key) end++;
      const id = idOf(key);
      out.countOfId[id]! += end - i;
      out.runEnds.push(end);
      out.runIds.push(id);
      if (!repeated && !shifted && (y === 0 || (held(i - width) !== key && held(i - width + 1) !== key && (i === start || held(i - width - 1) !== key)))) out.runsOfId[id]!++;
      i = end;
    }
  }
  return out;
}

/** Rows made as text cards make them: copies of the row above with a few short changed stretches, some rows repeated, some moved a pixel. */
function cardLike(width: number, height: number, seed: number, colours: number): Uint32Array {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const palette = Array.from({ length: colours }, (_, i) => (0xff000000 | Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const pixels = new Uint32Array(width * height);
  for (let x = 0; x < width; x++) pixels[x] = palette[Math.floor(random() * 2)]!;
  for (let y = 1; y < height; y++) {
    const row = y * width;
    const kind = random();
    if (kind < 0.2) pixels.copyWithin(row, row - width, row);
    else if (kind < 0.3) {
      pixels.copyWithin(row, row - width + 1, row);
      pixels[row + width - 1] = palette[Math.floor(random() * colours)]!;
    } else {
      pixels.copyWithin(row, row - width, row);
      const changes = Math.floor(random() * 6);
      for (let c = 0; c < changes; c++) {
        const at = Math.floor(random() * width);
        const length = 1 + Math.floor(random() * 12);
        const colour = palette[Math.floor(random() * colours)]!;
        for (let x = at; x < Math.min(width, at + length); x++) pixels[row + x] = random() < 0.8 ? colour : palette[Math.floor(random() * colours)]!;
      }
    }
  }
  return pixels;
}

function repeatsOf(pixels: Uint32Array, width: number, height: number): Uint8Array {
  const repeats = new Uint8Array(height);
  for (let y = 1; y < height; y++) {
    let same = true;
    for (let x = 0; x < width && same; x++) same = pixels[y * width + x] === pixels[(y - 1) * width + x];
    repeats[y] = same ? 1 : 0;
  }
  return repeats;
}

describe('countBand', () => {
  it('gives the runs, ids and counts of a pixel-by-pixel reading, whole images and bands with the row above, even and odd widths', () => {
    const scratch = new CountScratch();
    let copiedRows = 0;
    for (let trial = 0; trial < 120; trial++) {
      const width = 9 + ((trial * 37) % 150);
      const height = 2 + ((trial * 13) % 40);
      const pixels = cardLike(width, height, trial + 1, 3 + (trial % 9));
      const repeats = repeatsOf(pixels, width, height);
      const fromRow = trial % 3 === 0 ? 0 : Math.floor(height / 2);
      const baseRow = fromRow > 0 && trial % 2 === 0 ? fromRow - 1 : fromRow;
      const held = pixels.subarray(baseRow * width);
      const counts = countBand(held, width, fromRow, height, baseRow, repeats, scratch);
      const expected = reference(pixels, width, fromRow, height, baseRow, repeats);
      expect(counts).not.toBeNull();
      const got = counts!;
      expect([...got.runEnds.subarray(0, got.count)]).toEqual(expected.runEnds);
      expect([...got.runIds.subarray(0, got.count)]).toEqual(expected.runIds);
      expect([...got.colorOfId.subarray(0, got.distinct)]).toEqual(expected.colors);
      expect([...got.countOfId.subarray(0, got.distinct)]).toEqual(expected.countOfId);
      expect([...got.runsOfId.subarray(0, got.distinct)]).toEqual(expected.runsOfId);
      expect([...got.rowSources.subarray(0, height - fromRow)]).toEqual(expected.rowSources);
      copiedRows += expected.rowSources.filter((source) => source === 0).length;
    }
    expect(copiedRows).toBeGreaterThan(1000);
  });

  it('gives up on too many frequent colours as a pixel-by-pixel count would', () => {
    const width = 1200;
    const height = 40;
    // 400 colours in stripes 3 pixels wide, 120 pixels each (over MERGEABLE_MAX_PIXELS): more than 256 frequent colours. A changed pixel per row keeps every row fresh, so its stripes are copied from the row above.
    const pixels = new Uint32Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = (0xff000000 | Math.floor(x / 3)) >>> 0;
    for (let y = 0; y < height; y++) pixels[y * width + ((y * 7) % width)] = 0xff123456;
    const stripes = new Set(pixels).size;
    expect(stripes).toBeGreaterThan(256);
    expect(3 * height).toBeGreaterThan(MERGEABLE_MAX_PIXELS);
    expect(countBand(pixels, width, 0, height, 0, repeatsOf(pixels, width, height), new CountScratch())).toBeNull();
    // With 200 stripes of 6 pixels the palette can hold them.
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = (0xff000000 | Math.floor(x / 6)) >>> 0;
    expect(countBand(pixels, width, 0, height, 0, repeatsOf(pixels, width, height), new CountScratch())).not.toBeNull();
  });
});
