// Large outer box shadows copied from cached layers (a blurred mask tinted): the pixels of drawing the shadow straight onto the canvas within two levels, at any position, in any colour, the same bytes whatever the caches held.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCanvas, Path2D } from '@napi-rs/canvas';
import { paintDisplayList } from '../../src/raster/canvas/replay.js';
import { clearShadowLayers } from '../../src/raster/canvas/shadow-layers.js';
import { rrectPath } from '../../src/raster/canvas/shapes.js';
import { FAR } from '../../src/raster/canvas/paints.js';
import { defaultRegistry } from '../../src/fonts/bundled.js';
import { cacheReport } from '../../src/runtime/cache-budget.js';
import type { DisplayCommand, DisplayList, RRect } from '../../src/raster/display-list/types.js';

const WIDTH = 600;
const HEIGHT = 400;

const card = (x: number, y: number): RRect => ({ rect: { x, y, width: 300.5, height: 160 }, radii: [[24, 24], [24, 24], [24, 24], [24, 24]] });
const shadowOf = (shape: RRect): DisplayCommand => ({ op: 'shadow', shape, color: 'rgba(56, 189, 248, 0.35)', offsetX: 0, offsetY: 20, blur: 60, spread: 0, inset: false });
const list = (commands: DisplayCommand[]): DisplayList => ({ width: WIDTH, height: HEIGHT, commands: [{ op: 'fill', shape: { rect: { x: 0, y: 0, width: WIDTH, height: HEIGHT }, radii: null }, paint: { kind: 'color', color: '#020617' } }, ...commands], images: new Map() });

async function painted(commands: DisplayCommand[]): Promise<Uint8Array> {
  return (await paintDisplayList(list(commands), await defaultRegistry())).data();
}

/** The shadow drawn straight onto a canvas, as shadows.ts did before the cache: clipped outside the shape, cast from a copy far to the left. */
function straight(shape: RRect, color = 'rgba(56, 189, 248, 0.35)'): Uint8Array {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#020617';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.shadowColor = color;
  ctx.shadowBlur = 60;
  const outside = new Path2D();
  outside.rect(-FAR, -FAR, 3 * FAR, 3 * FAR);
  outside.addPath(rrectPath(shape));
  ctx.clip(outside, 'evenodd');
  ctx.shadowOffsetX = FAR;
  ctx.shadowOffsetY = 20;
  ctx.setTransform(1, 0, 0, 1, -FAR, 0);
  ctx.fillStyle = 'black';
  ctx.fill(rrectPath(shape));
  return canvas.data();
}

function differences(a: Uint8Array, b: Uint8Array): { readonly count: number; readonly max: number } {
  let count = 0;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (d > 0) count++;
    max = Math.max(max, d);
  }
  return { count, max };
}

describe('cached shadow layers', () => {
  beforeEach(() => clearShadowLayers());

  it('give the pixels of the shadow drawn straight onto the canvas, within two levels', async () => {
    const shape = card(150.25, 90);
    const cached = await painted([shadowOf(shape)]);
    // Tinting rounds the coverage times the colour once more than Skia's own shadow does (one level), and the layer is rounded once before the clip's anti-aliased edge (one more).
    expect(differences(cached, straight(shape)).max).toBeLessThanOrEqual(2);
    // The shadow is there: blue below the card, over the dark background.
    expect(cached[(270 * WIDTH + 300) * 4 + 2]!).toBeGreaterThan(40);
  });

  it('are drawn once and reused: warm renders equal cold ones, and a moved box (same fraction of a pixel) reuses the layer in its new place', async () => {
    const cold = await painted([shadowOf(card(150.25, 90))]);
    expect(cacheReport().find((c) => c.name === 'shadow_layers')?.entries).toBe(1);
    expect(differences(await painted([shadowOf(card(150.25, 90))]), cold).count).toBe(0);
    const moved = await painted([shadowOf(card(110.25, 60))]);
    expect(cacheReport().find((c) => c.name === 'shadow_layers')?.entries).toBe(1);
    expect(differences(moved, straight(card(110.25, 60))).max).toBeLessThanOrEqual(2);
    // Another fraction of a pixel is another layer.
    await painted([shadowOf(card(110.75, 60))]);
    expect(cacheReport().find((c) => c.name === 'shadow_layers')?.entries).toBe(2);
  });

  it('keep the blur as a mask once a shape casts a second colour: each colour within two levels of its shadow drawn straight', async () => {
    const shape = card(150.25, 90);
    const entries = (name: string): number | undefined => cacheReport().find((c) => c.name === name)?.entries;
    await painted([shadowOf(shape)]);
    expect(entries('shadow_masks')).toBe(0);
    for (const color of ['rgba(244, 63, 94, 0.5)', 'rgb(34, 197, 94)', 'rgba(250, 204, 21, 0.2)']) {
      const tinted = await painted([{ ...shadowOf(shape), color } as DisplayCommand]);
      expect(entries('shadow_masks')).toBe(1);
      expect(differences(tinted, straight(shape, color)).max, color).toBeLessThanOrEqual(2);
    }
    // The last colour is there: yellow below the card lifts the dark background's red (2).
    const below = (270 * WIDTH + 300) * 4;
    const last = await painted([{ ...shadowOf(shape), color: 'rgba(250, 204, 21, 0.2)' } as DisplayCommand]);
    expect(last[below]!).toBeGreaterThan(12);
    expect(entries('shadow_layers')).toBe(4);
  });

  it('give the same bytes whether the layer came from a fresh blur or a kept mask', async () => {
    const shape = card(150.25, 90);
    const colorOf = (i: number): string => `rgba(${(i * 40) % 256}, 120, 200, 0.4)`;
    const withColor = (i: number): DisplayCommand => ({ ...shadowOf(shape), color: colorOf(i) }) as DisplayCommand;
    const fresh = await painted([withColor(0)]);
    // A second colour keeps the mask; eight more push colour 0's layer out of the cache (8 layers).
    for (let i = 1; i <= 9; i++) await painted([withColor(i)]);
    expect(cacheReport().find((c) => c.name === 'shadow_masks')?.entries).toBe(1);
    expect(differences(await painted([withColor(0)]), fresh).count).toBe(0);
  });

  it('leave small shadows and transformed boxes to Skia, uncached', async () => {
    await painted([{ ...shadowOf({ rect: { x: 20, y: 20, width: 40, height: 20 }, radii: null }), blur: 8 } as DisplayCommand]);
    await painted([{ op: 'save' }, { op: 'transform', matrix: [0.98, 0.17, -0.17, 0.98, 40, 0] }, shadowOf(card(150, 90)), { op: 'restore' }]);
    expect(cacheReport().find((c) => c.name === 'shadow_layers')?.entries).toBe(0);
  });
});
