// The bottom band of a parallel palette job: its index rows and their raw deflate primed with the top band's tail (the bytes the one-thread encoder writes), on the band worker or on the encoding thread when it took the step back.
import type { BandCounts } from '../palette/count-band.js';
import { writePaletteRows } from '../scanlines.js';
import { concatBytes, placedParts, type DeflateSettings } from '../png-writer.js';
import { syncZlibCodec } from '../zlib-codec.js';

/** The bottom band's deflated part and the adler32 of its index rows. */
export interface BottomBand {
  readonly part: Uint8Array;
  readonly adler: number;
}

/**
 * Writes rows [cut, height) of the band's runs (`counts`, ids mapped by `indexOfId`) into `rows`
 * (room for those rows) and deflates them as the stream's last part, primed with the top band's end
 * (`tail()`, asked for once the rows are written: the worker waits for it there), long repeated
 * stretches as blocks of ours where the codec takes them; null when `tail()` gives none.
 */
export function writeBottomBand(counts: BandCounts, indexOfId: Uint8Array, width: number, cut: number, height: number, rows: Uint8Array, tail: () => Uint8Array | null, settings: DeflateSettings, repeatsAbove: Uint8Array): BottomBand | null {
  const band = rows.subarray(0, (height - cut) * (width + 1));
  const adler = writePaletteRows({ counts, indexOfId }, width, band, cut);
  const window = tail();
  if (!window) return null;
  const codec = syncZlibCodec(window);
  const parts = placedParts(band, width + 1, settings, codec.deflate, codec.repeatedRows, cut);
  parts.band(cut, height, true, repeatsAbove);
  return { part: concatBytes(parts.parts), adler };
}
