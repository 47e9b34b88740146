// RGB(A) rows in two bands at once: the main thread matches the top band while the band worker matches the bottom one.
import { matchBand } from '../deflate/pixel-matcher.js';
import { writeDynamicBlock } from '../deflate/dynamic-block.js';
import { adler32Combine } from '../scanlines.js';
import { finishOrTakeBack, post, stopBandHelper, type BandHelper } from './band-helper.js';
import { Control, Phase } from './band-protocol.js';

/** The deflated rows in two parts, their colour type's pixel size and the stream's adler32; or null when RGB was asked and a pixel is translucent. */
export interface MatchedParts {
  readonly bytesPerPixel: 3 | 4;
  readonly parts: readonly Uint8Array[];
  readonly adler: number;
}

/**
 * Matches the rows of an image cut at `cut` into two bands, the bottom one on the worker. The bytes
 * are the ones matchedBands() writes on one thread. Undefined when the worker failed a step (it is
 * then stopped, and the caller encodes on one thread).
 */
export function matchInParallel(helper: BandHelper, pixels: Uint32Array, width: number, height: number, cut: number, bytesPerPixel: 3 | 4): MatchedParts | null | undefined {
  const { words, regions } = helper;
  regions.pixels.set(pixels.subarray((cut - 1) * width, height * width));
  words[Control.Width] = width;
  words[Control.FromRow] = cut;
  words[Control.ToRow] = height;
  words[Control.BaseRow] = cut - 1;
  words[Control.BytesPerPixel] = bytesPerPixel;
  post(helper, Phase.Match);
  const top = matchBand(pixels, width, { fromRow: 0, toRow: cut, baseRow: 0 }, bytesPerPixel);
  const topBlock = top && writeDynamicBlock(top, false);
  const matched = finishOrTakeBack(helper, Phase.Match, Phase.Matching, Phase.Written);
  if (matched === 'failed') {
    stopBandHelper(true);
    return undefined;
  }
  let bottomBlock: Uint8Array | null = null;
  let bottomAdler = 0;
  if (matched === 'done') {
    const length = words[Control.OutLength]!;
    bottomAdler = words[Control.Adler]! >>> 0;
    if (length >= 0) bottomBlock = regions.output.slice(0, length);
    post(helper, Phase.Idle);
  } else if (top) {
    // The worker had not started: the bottom band matched here.
    const bottom = matchBand(pixels, width, { fromRow: cut, toRow: height, baseRow: 0 }, bytesPerPixel);
    if (bottom) {
      bottomBlock = writeDynamicBlock(bottom);
      bottomAdler = bottom.adler;
    }
  }
  if (!top || !topBlock || !bottomBlock) return null;
  const rowBytes = width * bytesPerPixel + 1;
  return { bytesPerPixel, parts: [topBlock, bottomBlock], adler: adler32Combine(adler32Combine(1, top.adler, cut * rowBytes), bottomAdler, (height - cut) * rowBytes) };
}
