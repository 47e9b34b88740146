// Pixel comparison for golden images: the share of pixels whose channels differ by more than a threshold.
import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Decodes a PNG into unpremultiplied RGBA. */
export async function decodePng(bytes: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/**
 * Fraction (0–1) of pixels where any channel (alpha-weighted colour, and alpha) differs by more
 * than `threshold` out of 255. Sizes must match.
 */
export function differingShare(a: Pixels, b: Pixels, threshold: number): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const aa = a.data[i + 3]! / 255;
    const ba = b.data[i + 3]! / 255;
    let worst = Math.abs(a.data[i + 3]! - b.data[i + 3]!);
    for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(a.data[i + c]! * aa - b.data[i + c]! * ba));
    if (worst > threshold) differing++;
  }
  return differing / (a.width * a.height);
}
