// Linear gradients on whole device pixels drawn band by band from one computed band: every band of the fill is the first one shifted, so no fill-sized image is made (docs/encoding.md).
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createCanvas } from './skia.js';
import type { Paint, Rect } from '../display-list/types.js';
import { colourTable } from './gradient-table.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import { MASK_OVERHEAD_BYTES } from './glyph-masks.js';

type LinearPaint = Extract<Paint, { kind: 'linear' }>;

/** Rows (or columns) in a band: bandLines() chooses within these. */
const MIN_BAND_LINES = 16;
const MAX_BAND_LINES = 128;
/** Colour table entries per pixel of the gradient line: finer than 8-bit steps need. */
const TABLE_PER_PIXEL = 16;
const MAX_TABLE = 32768;
/** Bands kept between renders: 4 MiB (a 1200×630 card's band is at most 1,830 × 128 pixels, 937 KB; a band that is the whole fill is not kept when it is larger than that). */
export const MAX_BAND_BYTES = 4 * 1024 * 1024;
const bands = boundedCache<string, Canvas>({ name: 'gradient_bands', maxBytes: MAX_BAND_BYTES, sizeOf: (canvas, key) => canvas.width * canvas.height * 4 + keyBytes(key) + MASK_OVERHEAD_BYTES });

/**
 * How the fill is cut into bands: t(x, y) = a·x + b·y + c, so with |a| ≥ |b| the rows from j on are
 * the rows from 0 moved by j·b/a pixels along x (else the same with columns). Each band is the first
 * one moved by a whole number of pixels: an error of at most half a pixel's change of t along the
 * band, under half a level of colour for any gradient longer than 128 pixels.
 */
interface BandPlan {
  readonly alongRows: boolean;
  /** The fill's pixels along a line (its width for rows), and lines across (its height). */
  readonly along: number;
  readonly across: number;
  /** Lines in the first band, the band's pixels along (the fill's plus the spread of the shifts), and where the first band starts in it. */
  readonly lines: number;
  readonly length: number;
  readonly base: number;
  /** Pixels the band moves per line across, before rounding. */
  readonly shiftPerLine: number;
}

/**
 * Lines per band: the fewest from MIN_BAND_LINES to MAX_BAND_LINES that move the band by a whole
 * number of pixels, to within what keeps the drift under half a pixel over the whole fill, so that
 * every band is the one before moved by the same whole pixels (a 135° gradient: 16 lines, one pixel
 * each; 30° on a 1200×630 card: 71 columns, 41 pixels). Where none does, one band: the whole fill.
 */
function bandLines(shiftPerLine: number, across: number): number {
  for (let lines = MIN_BAND_LINES; lines <= Math.min(MAX_BAND_LINES, across); lines++) {
    const drift = Math.abs(lines * shiftPerLine - Math.round(lines * shiftPerLine)) * Math.ceil(across / lines);
    if (drift <= 0.45) return lines;
  }
  return across;
}

function plan(rect: Rect, dx: number, dy: number): BandPlan {
  const alongRows = Math.abs(dx) >= Math.abs(dy);
  const along = alongRows ? rect.width : rect.height;
  const across = alongRows ? rect.height : rect.width;
  const shiftPerLine = alongRows ? dy / dx : dx / dy;
  const lines = bandLines(shiftPerLine, across);
  const firstOfLastBand = Math.floor((across - 1) / lines) * lines;
  const lastShift = Math.round(firstOfLastBand * shiftPerLine);
  return { alongRows, along, across, lines, length: along + Math.abs(lastShift), base: Math.max(0, -lastShift), shiftPerLine };
}

/** The first band's pixels, each the gradient's colour at its centre (a colour table looked up at 1/16 pixel), `base` pixels in. */
function bandCanvas(band: BandPlan, rect: Rect, paint: LinearPaint): Canvas {
  const key = JSON.stringify([rect.width, rect.height, paint.x0 - rect.x, paint.y0 - rect.y, paint.x1 - rect.x, paint.y1 - rect.y, paint.stops, paint.repeating]);
  const hit = bands.get(key);
  if (hit) return hit;
  const dx = paint.x1 - paint.x0;
  const dy = paint.y1 - paint.y0;
  const lengthSquared = dx * dx + dy * dy;
  const width = band.alongRows ? band.length : band.lines;
  const height = band.alongRows ? band.lines : band.length;
  // Band pixel (i, j) is fill pixel (i − base, j) along rows, (i, j − base) along columns.
  const originX = rect.x - (band.alongRows ? band.base : 0);
  const originY = rect.y - (band.alongRows ? 0 : band.base);
  const tAt = (x: number, y: number): number => ((x - paint.x0) * dx + (y - paint.y0) * dy) / lengthSquared;
  const corners = [tAt(originX, originY), tAt(originX + width, originY), tAt(originX, originY + height), tAt(originX + width, originY + height)];
  const from = Math.min(...corners);
  const to = Math.max(...corners);
  const entries = Math.max(2, Math.min(MAX_TABLE, Math.ceil((to - from) * Math.sqrt(lengthSquared) * TABLE_PER_PIXEL)));
  const table = colourTable(paint.stops, paint.repeating, from, to, entries);
  const last = entries - 1;
  const perUnit = last / Math.max(to - from, 1e-12);
  const stepX = (dx / lengthSquared) * perUnit;
  const stepY = (dy / lengthSquared) * perUnit;
  const start = (tAt(originX + 0.5, originY + 0.5) - from) * perUnit + 0.5;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(width, height);
  const words = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
  let out = 0;
  for (let j = 0; j < height; j++) {
    const rowStart = start + j * stepY;
    for (let i = 0; i < width; i++) {
      const k = (rowStart + i * stepX) | 0;
      words[out++] = table[k < 0 ? 0 : k > last ? last : k]!;
    }
  }
  ctx.putImageData(image, 0, 0);
  bands.set(key, canvas);
  return canvas;
}

/**
 * Fills `rect` (whole device pixels: the caller has checked that the rectangle is integer and the
 * transform an integer translation) with the gradient through the clip already set, copying the
 * first band across the fill without smoothing.
 */
export function drawLinearBands(ctx: SKRSContext2D, rect: Rect, paint: LinearPaint): void {
  const band = plan(rect, paint.x1 - paint.x0, paint.y1 - paint.y0);
  const image = bandCanvas(band, rect, paint);
  const { x, y } = rect;
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  for (let first = 0; first < band.across; first += band.lines) {
    const lines = Math.min(band.lines, band.across - first);
    const source = band.base + Math.round(first * band.shiftPerLine);
    if (band.alongRows) ctx.drawImage(image, source, 0, band.along, lines, x, y + first, band.along, lines);
    else ctx.drawImage(image, 0, source, lines, band.along, x + first, y, lines, band.along);
  }
  ctx.restore();
}
