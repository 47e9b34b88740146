// The PNG encoder where there is no node:zlib (edge runtimes, browsers): png-writer.ts's file, deflated by the runtime's CompressionStream or by fflate where it has none, on one thread.
import { deflateSync, type DeflateOptions } from 'fflate';
import { crc32 } from './crc32.js';
import type { PixelAlpha } from './scanlines.js';
import { concatBytes, encodePngWith, type DeflateSettings, type PaletteMode, type PngCodec } from './png-writer.js';

const NOTHING = new Uint8Array(0);

/**
 * Raw deflate by the runtime's CompressionStream, or fflate (at the zlib level asked for) where it
 * has none or refuses it: Next.js's edge sandbox replaces the global with a stub that throws "A
 * Node.js API is used" when touched, and older runtimes lack 'deflate-raw'.
 */
export async function deflateRawWeb(bytes: Uint8Array, settings: DeflateSettings): Promise<Uint8Array> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  } catch {
    return deflateSync(bytes, { level: settings.level as NonNullable<DeflateOptions['level']> });
  }
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A codec for one image: parts before the last are held and deflated with it (a web stream cannot end a part with a sync flush). */
function webCodec(): PngCodec<Promise<Uint8Array>> {
  const held: Uint8Array[] = [];
  return {
    crc32,
    preferMatchers: true,
    deflate(bytes, settings, last) {
      held.push(bytes);
      if (!last) return Promise.resolve(NOTHING);
      const whole = concatBytes(held);
      held.length = 0;
      return deflateRawWeb(whole, settings);
    },
  };
}

/** RGBA to PNG bytes (the same choice of palette, matched or plain rows as on Node; the deflated bytes may differ). */
export function encodePngWeb(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, palette: PaletteMode = 'auto', alpha: PixelAlpha = 'premultiplied'): Promise<Uint8Array> {
  return encodePngWith(webCodec(), rgba, width, height, palette, alpha);
}
