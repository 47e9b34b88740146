// Gradients of more than 256 steps, each a level from the next: 'auto' lets neighbouring steps share a palette entry (at most 1 level off), 'exact' keeps them RGB.
import { describe, expect, it } from 'vitest';
import { toPalette } from '../../src/raster/encode/palette.js';
import { MERGEABLE_MAX_PIXELS, scanRows } from '../../src/raster/encode/palette/count-band.js';
import { encodePng, PALETTE_MAX_ERROR } from '../../src/raster/encode/png.js';
import { PALETTE_STEP_ERROR } from '../../src/raster/encode/png-writer.js';
import { decodePng } from '../golden/render/image-diff.js';

const WIDTH = 600;
const HEIGHT = 300;
const rgba = (r: number, g: number, b: number) => ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** A diagonal gradient (each row the row above moved a pixel) whose channels step one level at a time at different places: `steps` colours. */
function diagonal(span: (t: number) => readonly [number, number, number]): Uint32Array {
  const pixels = new Uint32Array(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < WIDTH; x++) pixels[y * WIDTH + x] = rgba(...span((x + y) / (WIDTH + HEIGHT)));
  return pixels;
}
const bytesOf = (pixels: Uint32Array): Uint8Array => new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
const distinct = (pixels: Uint32Array): number => new Set(pixels).size;

// 15 → 135 red, 23 → 123 green, 42 → 242 blue: about 420 steps, none of them a shade (each covers hundreds of pixels).
const soft = diagonal((t) => [Math.round(15 + 120 * t), Math.round(23 + 100 * t), Math.round(42 + 200 * t)]);

describe('gradient steps sharing palette entries', () => {
  it('fit a palette in auto mode, steps within PALETTE_STEP_ERROR of their colour, in fewer bytes than RGB', async () => {
    expect(distinct(soft)).toBeGreaterThan(256);
    const png = encodePng(bytesOf(soft), WIDTH, HEIGHT, 'auto', 'straight');
    expect(png[25]).toBe(3);
    const decoded = (await decodePng(png)).data;
    const pixelsOf = new Map<number, number>();
    for (const pixel of soft) pixelsOf.set(pixel, (pixelsOf.get(pixel) ?? 0) + 1);
    // Steps (colours of more than MERGEABLE_MAX_PIXELS pixels) within the step error; the few colours of the corners are shades, within the shade bound.
    let worstStep = 0;
    let worst = 0;
    for (let i = 0; i < soft.length; i++) {
      let error = 0;
      for (let c = 0; c < 3; c++) error = Math.max(error, Math.abs(decoded[i * 4 + c]! - ((soft[i]! >>> (8 * c)) & 0xff)));
      worst = Math.max(worst, error);
      if (pixelsOf.get(soft[i]!)! > MERGEABLE_MAX_PIXELS) worstStep = Math.max(worstStep, error);
    }
    expect(worstStep).toBe(PALETTE_STEP_ERROR.auto);
    expect(worst).toBeLessThanOrEqual(PALETTE_MAX_ERROR);
    const rgb = encodePng(bytesOf(soft), WIDTH, HEIGHT, 'exact', 'straight');
    expect(rgb[25]).toBe(2);
    expect(png.length).toBeLessThan(0.9 * rgb.length);
    expect(Buffer.from(encodePng(bytesOf(soft), WIDTH, HEIGHT, 'auto', 'straight')).equals(png)).toBe(true);
  });

  it('are exact in exact mode and without a step error (toPalette), and shades still merge within PALETTE_MAX_ERROR', async () => {
    expect(toPalette(soft, WIDTH, HEIGHT, [0, PALETTE_MAX_ERROR])).toBeNull();
    const image = toPalette(soft, WIDTH, HEIGHT, [0, PALETTE_MAX_ERROR], scanRows(soft, WIDTH, HEIGHT), PALETTE_STEP_ERROR.auto)!;
    expect(image.mergedSteps).toBe(true);
    expect(image.maxError).toBeLessThanOrEqual(PALETTE_MAX_ERROR);
    expect(image.colors.length).toBeLessThanOrEqual(256);
    const exact = encodePng(bytesOf(soft), WIDTH, HEIGHT, 'exact', 'straight');
    expect(Buffer.from((await decodePng(exact)).data).equals(Buffer.from(bytesOf(soft)))).toBe(true);
  });

  it('stay exact with a step error when the steps fit 256 entries (only more than 256 fills and steps go straight to sharing)', () => {
    const fewer = diagonal((t) => [Math.round(15 + 200 * t), 23, 42]);
    expect(distinct(fewer)).toBeGreaterThan(200);
    const image = toPalette(fewer, WIDTH, HEIGHT, [0, PALETTE_MAX_ERROR], scanRows(fewer, WIDTH, HEIGHT), PALETTE_STEP_ERROR.auto)!;
    expect(image.mergedSteps).toBe(false);
    expect(image.maxError).toBe(0);
  });

  it('leave a gradient of too many steps RGB (more than 512 frequent colours are not counted)', () => {
    const rich = diagonal((t) => [Math.round(255 * t), Math.round(255 * ((3 * t) % 1)), Math.round(255 * ((7 * t) % 1))]);
    expect(toPalette(rich, WIDTH, HEIGHT, [0, PALETTE_MAX_ERROR], scanRows(rich, WIDTH, HEIGHT), PALETTE_STEP_ERROR.auto)).toBeNull();
    expect(encodePng(bytesOf(rich), WIDTH, HEIGHT, 'auto', 'straight')[25]).toBe(2);
  });
});
