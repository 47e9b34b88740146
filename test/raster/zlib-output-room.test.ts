// zlib's output buffer for large pieces: the worst case first, then sized from the last ratio of the same settings; the bytes never depend on it.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expectedOutputRoom, noteDeflated, outputRoom } from '../../src/raster/encode/zlib-output-room.js';
import { photo } from './photo-pixels.js';

const MB = 1024 * 1024;

describe('expectedOutputRoom', () => {
  it('gives the worst case until a piece of the same settings was deflated, then the last ratio with slack', () => {
    const settings = { level: 2, memLevel: 3 };
    expect(expectedOutputRoom(settings, MB)).toBe(outputRoom(MB));
    noteDeflated({ ...settings, chunkSize: outputRoom(MB) }, MB, MB / 20);
    const room = expectedOutputRoom(settings, MB);
    expect(room).toBeGreaterThan(MB / 20);
    expect(room).toBeLessThan(MB / 10);
    // Other settings keep their own ratio (none yet).
    expect(expectedOutputRoom({ level: 2, memLevel: 4 }, MB)).toBe(outputRoom(MB));
    // Never more than the worst case, whatever was seen.
    noteDeflated({ ...settings, chunkSize: 1 }, MB, 2 * MB);
    expect(expectedOutputRoom(settings, MB)).toBe(outputRoom(MB));
  });

  it('ignores pieces deflated with zlib’s own chunks (small parts) and empty input', () => {
    const settings = { level: 1, memLevel: 5 };
    noteDeflated(settings, MB, 10);
    noteDeflated({ ...settings, chunkSize: 1024 }, 0, 10);
    expect(expectedOutputRoom(settings, MB)).toBe(outputRoom(MB));
  });

  it('writes the same bytes when the room learnt from a flat image is far too small for a photograph', () => {
    const settings = { level: 4, memLevel: 6 };
    const flat = new Uint8Array(2 * MB).fill(7);
    noteDeflated({ ...settings, chunkSize: outputRoom(flat.length) }, flat.length, deflateRawSync(flat, settings).length);
    const rows = photo(1000, 600);
    const room = expectedOutputRoom(settings, rows.length);
    const out = deflateRawSync(rows, { ...settings, chunkSize: room });
    expect(room).toBeLessThan(out.length / 4);
    expect(out.equals(deflateRawSync(rows, settings))).toBe(true);
  });
});
