// Test helper: Skia's own rendering of an SVG (loadImage) beside the vector scene's replay, and their pixel difference.
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { parseSvgScene } from '../../../src/raster/vector/parse-svg.js';
import { replayScene } from './replay-scene.js';

/**
 * The documented tolerance. Skia draws SVG arcs, circles and ellipses as conics; the scene has
 * cubics (within 0.03% of the radius), and Skia flattens the two into different line segments, so
 * edge pixels of the same shape differ by up to ~80 levels of coverage. A pixel therefore differs only
 * when one of its premultiplied channels is more than CHANNEL_TOLERANCE away from the range of that
 * channel over the other image's 3×3 neighbourhood (checked both ways): anti-aliasing moves pass, a
 * wrong colour, a missing shape or an offset of more than a pixel does not. An image matches when
 * at most MAX_DIFFERING_FRACTION of its pixels differ; `strict` counts every pixel over the tolerance.
 */
export const CHANNEL_TOLERANCE = 16;
export const MAX_DIFFERING_FRACTION = 0.0025;

/** The SVG with width and height set on its root element, so both renderers rasterise at that size. */
export function sizedSvg(text: string, width: number, height: number): string {
  const open = text.indexOf('<svg') + 4;
  const end = text.indexOf('>', open);
  const attributes = text.slice(open, end).replace(/\s(width|height)\s*=\s*("[^"]*"|'[^']*')/g, '');
  return `${text.slice(0, open)} width="${width}" height="${height}"${attributes}${text.slice(end)}`;
}

export async function skiaRender(svg: string, width: number, height: number): Promise<Canvas> {
  const image = await loadImage(Buffer.from(svg));
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(image, 0, 0, width, height);
  return canvas;
}

export interface PixelDiff {
  /** Pixels outside the tolerance of the other image's neighbourhood. */
  readonly differing: number;
  /** Pixels whose largest premultiplied channel difference exceeds CHANNEL_TOLERANCE (no neighbourhood). */
  readonly strict: number;
  readonly fraction: number;
  /** Largest channel difference anywhere. */
  readonly largest: number;
  readonly matches: boolean;
}

/** Premultiplied RGBA channels of a canvas. */
function premultiplied(canvas: Canvas): Float32Array {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const out = new Float32Array(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    for (let c = 0; c < 3; c++) out[i + c] = (data[i + c]! * alpha) / 255;
    out[i + 3] = alpha;
  }
  return out;
}

/** True when every channel of pixel (x, y) of `a` lies within the tolerance of the range of `b` over its 3×3 neighbourhood. */
function withinNeighbourhood(a: Float32Array, b: Float32Array, width: number, height: number, x: number, y: number): boolean {
  const at = (y * width + x) * 4;
  for (let c = 0; c < 4; c++) {
    let low = Infinity;
    let high = -Infinity;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const v = b[(ny * width + nx) * 4 + c]!;
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    const v = a[at + c]!;
    if (v < low - CHANNEL_TOLERANCE || v > high + CHANNEL_TOLERANCE) return false;
  }
  return true;
}

export function pixelDiff(a: Canvas, b: Canvas): PixelDiff {
  const width = a.width;
  const height = a.height;
  const pa = premultiplied(a);
  const pb = premultiplied(b);
  let differing = 0;
  let strict = 0;
  let largest = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      let worst = 0;
      for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs(pa[i + c]! - pb[i + c]!));
      largest = Math.max(largest, worst);
      if (worst <= CHANNEL_TOLERANCE) continue;
      strict++;
      if (!withinNeighbourhood(pa, pb, width, height, x, y) || !withinNeighbourhood(pb, pa, width, height, x, y)) differing++;
    }
  }
  const fraction = differing / (width * height);
  return { differing, strict, fraction, largest: Math.round(largest), matches: fraction <= MAX_DIFFERING_FRACTION };
}

export interface Comparison {
  readonly skia: Canvas;
  readonly vector: Canvas;
  readonly diff: PixelDiff;
}

/** Renders the SVG at width × height with Skia and with the vector scene replay, and compares them. */
export async function compareWithSkia(text: string, width: number, height: number): Promise<Comparison> {
  const svg = sizedSvg(text, width, height);
  const skia = await skiaRender(svg, width, height);
  const vector = await replayScene(parseSvgScene(new TextEncoder().encode(svg)), { width, height });
  return { skia, vector, diff: pixelDiff(skia, vector) };
}
