// Inset box shadows on the native canvas: the ring that casts them reaches just past the blur (a ring of ±10,000 px made Skia blur a 400-megapixel mask: 40–50 s for one shadow), with the pixels of a far wider ring.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { insetRingMargin, shadow } from '../../src/raster/canvas/shadows.js';
import type { DisplayCommand } from '../../src/raster/display-list/types.js';

type ShadowCommand = Extract<DisplayCommand, { op: 'shadow' }>;

const inset = (blur: number, offsetX: number, offsetY: number, spread: number, radius: number | null): ShadowCommand => ({
  op: 'shadow',
  shape: { rect: { x: 30, y: 25, width: 70, height: 50 }, radii: radius === null ? null : [[radius, radius], [radius, radius], [radius, radius], [radius, radius]] },
  color: 'rgba(15, 23, 42, 0.9)',
  offsetX,
  offsetY,
  blur,
  spread,
  inset: true,
});

/** The pixels of the shadow drawn on a white canvas under `transform`, with the ring's reach given or computed. */
function pixels(command: ShadowCommand, transform: (ctx: SKRSContext2D) => void, ringMargin?: number): Uint8ClampedArray | Uint8Array {
  const canvas = createCanvas(160, 120);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, 160, 120);
  transform(ctx);
  shadow(ctx, command, ringMargin);
  return canvas.data();
}

const transforms: Record<string, (ctx: SKRSContext2D) => void> = {
  identity: () => {},
  'scaled down 4×': (ctx) => ctx.setTransform(0.25, 0, 0, 0.25, 20, 20),
  'rotated 30° and scaled 1.5×': (ctx) => {
    ctx.translate(80, 60);
    ctx.rotate(Math.PI / 6);
    ctx.scale(1.5, 1.5);
    ctx.translate(-65, -50);
  },
};

describe('inset box shadows on the native canvas', () => {
  it('draw the pixels a 1,000 px ring draws, for blurs, offsets, spreads, radii and transforms', () => {
    const commands = [inset(8, 4, 4, 0, null), inset(20, -6, 3, 5, 12), inset(0, 3, 3, 2, null), inset(3, 0, 0, 10, 25)];
    for (const [name, transform] of Object.entries(transforms)) {
      for (const command of commands) {
        const near = pixels(command, transform);
        const wide = pixels(command, transform, 1000);
        expect(Buffer.from(near).equals(Buffer.from(wide)), `${name}, blur ${command.blur}`).toBe(true);
      }
    }
  });

  it('reach only as far as the blur, offset and spread need, plus 100 device pixels: more under a transform that shrinks', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    expect(insetRingMargin(ctx, inset(8, 4, 4, 0, null))).toBe(4 + 4 + 116);
    ctx.setTransform(0.25, 0, 0, 0.25, 0, 0);
    expect(insetRingMargin(ctx, inset(8, 4, 4, 0, null))).toBeCloseTo(8 + 116 * 4, 6);
    // A transform that flattens the box entirely keeps the old bound.
    ctx.setTransform(1, 0, 0, 0, 0, 0);
    expect(insetRingMargin(ctx, inset(8, 0, 0, 0, null))).toBe(10_000);
  });
});
