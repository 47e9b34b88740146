// JPEG and WebP from canvas pixels through sharp (libjpeg-turbo, libwebp): the encoder, method and settings chosen by measurement (docs/encoding.md).
import type { Sharp, SharpOptions } from 'sharp';

/**
 * libwebp's method 1 (sharp's effort), takumi's own: 5–20% fewer bytes than takumi at about its
 * encode time. Method 0 wrote the avatar card 1.6× larger; Skia's encoder (method 4) took 2.5× the
 * time for 5–10% fewer bytes (docs/encoding.md).
 */
export const WEBP_EFFORT = 1;

type SharpFactory = (input: Uint8Array, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | null = null;

/** sharp, loaded on the first JPEG or WebP (loading libvips would add to every process's cold start). */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    // A render server never runs the same pipeline twice: libvips' operation cache would only hold pixel buffers.
    sharp.cache(false);
    return sharp;
  });
  return loading;
}

/**
 * Loads sharp on this thread when `format` will need it. The render pool calls it on the main
 * thread before a worker encodes JPEG or WebP: with glibc, libvips' shared libraries are unloaded
 * when the last thread that loaded them ends, and a worker ending while another still uses them
 * crashes the process (lovell/sharp#2263); loaded by the main thread, they stay loaded. Null (no
 * promise to wait for) for other formats, so a PNG render is not deferred by a turn.
 */
export function loadSharpFor(format: unknown): Promise<unknown> | null {
  return format === 'jpeg' || format === 'jpg' || format === 'webp' ? loadSharp() : null;
}

/** Whether this thread has loaded sharp (or started to). */
export const sharpLoading = (): boolean => loading !== null;

/** Whether every pixel of premultiplied RGBA is opaque (then the alpha channel is left out). */
function isOpaque(rgba: Uint8Array): boolean {
  const words = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >> 2) : null;
  if (words) {
    for (let i = 0; i < words.length; i++) if (words[i]! < 0xff000000) return false;
    return true;
  }
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * Premultiplied RGBA (canvas.data()) as JPEG or WebP. JPEG has no alpha: translucent pixels are
 * drawn over black, as Skia's encoder did. WebP keeps alpha (un-premultiplied) when a pixel is
 * translucent, and libwebp writes no alpha for an opaque picture. Same pixels and settings, same bytes.
 */
export async function encodeLossy(rgba: Uint8Array, width: number, height: number, format: 'jpeg' | 'webp', quality: number): Promise<Buffer> {
  const sharp = await loadSharp();
  const opaque = format === 'jpeg' || isOpaque(rgba);
  const image = sharp(rgba, { raw: { width, height, channels: 4, premultiplied: !opaque } });
  // libwebp leaves the alpha plane out of an opaque picture by itself: the same bytes without libvips' copy of the
  // three colour bands (1–2 ms of CPU a card, docs/encoding.md). JPEG has no alpha, so libvips must drop it.
  return (format === 'jpeg' ? image.removeAlpha().jpeg({ quality }) : image.webp({ quality, effort: WEBP_EFFORT })).toBuffer();
}
