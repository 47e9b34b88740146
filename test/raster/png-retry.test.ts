// The Node PNG encoder's answer to a misplaced deflate part (png-writer's MisplacedPartError): the image is encoded once more, a warning is emitted once, and a second failure is the INTERNAL error.
import { describe, expect, it, vi } from 'vitest';

// writePlanned (the sync encoder, and the async encoder's first try) and encodePngWith (the async retry) fail on the calls listed in `failOn` (1-based), as the Node 24 failure did.
const faults = vi.hoisted(() => ({ calls: 0, failOn: new Set<number>() }));
vi.mock('../../src/raster/encode/png-writer.js', async (importOriginal) => {
  const writer = await importOriginal<typeof import('../../src/raster/encode/png-writer.js')>();
  /** `step` that throws a misplaced part on the calls listed in faults.failOn. */
  const failingOn = <A extends unknown[], R>(step: (...args: A) => R) => (...args: A): R => {
    faults.calls++;
    if (faults.failOn.has(faults.calls)) throw new writer.MisplacedPartError('PNG rows out of place: test');
    return step(...args);
  };
  return { ...writer, encodePngWith: failingOn(writer.encodePngWith), writePlanned: failingOn(writer.writePlanned) };
});

const { encodePng, encodePngAsync } = await import('../../src/raster/encode/png.js');

/** A small two-colour image (a palette PNG). */
const pixels = new Uint8Array(new Uint32Array(64 * 32).map((_, i) => (i % 7 < 3 ? 0xff2a170f : 0xfff0f0f0)).buffer);

describe('a misplaced deflate part', () => {
  it('is encoded once more, with one process warning, and gives the bytes of a clean encode', () => {
    faults.calls = 0;
    faults.failOn = new Set();
    const clean = encodePng(pixels, 64, 32);
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      faults.calls = 0;
      faults.failOn = new Set([1, 3]);
      expect(encodePng(pixels, 64, 32).equals(clean)).toBe(true);
      expect(encodePng(pixels, 64, 32).equals(clean)).toBe(true);
      expect(faults.calls).toBe(4);
      expect(warning).toHaveBeenCalledTimes(1);
      expect(String(warning.mock.calls[0]![0])).toMatch(/PNG rows out of place.*encoded again/);
    } finally {
      warning.mockRestore();
    }
  });

  it('is the INTERNAL error when the second encode fails too', async () => {
    faults.calls = 0;
    faults.failOn = new Set([1, 2]);
    expect(() => encodePng(pixels, 64, 32)).toThrow(expect.objectContaining({ code: 'INTERNAL', status: 500 }));
  });

  it('is retried by the async encoder too', async () => {
    faults.calls = 0;
    faults.failOn = new Set();
    const clean = await encodePngAsync(pixels, 64, 32);
    faults.calls = 0;
    faults.failOn = new Set([1]);
    expect((await encodePngAsync(pixels, 64, 32)).equals(clean)).toBe(true);
    expect(faults.calls).toBe(2);
    faults.calls = 0;
    faults.failOn = new Set([1, 2]);
    await expect(encodePngAsync(pixels, 64, 32)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
