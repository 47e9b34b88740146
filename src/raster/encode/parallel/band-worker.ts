// Worker thread of the parallel PNG encoder: the bottom band of an image's rows, as palette rows (count, then write and deflate) or matched RGB(A).
import { workerData } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';
import { CountScratch, countBand, type BandCounts } from '../palette/count-band.js';
import { writePaletteRows } from '../scanlines.js';
import { matchBand } from '../deflate/pixel-matcher.js';
import { writeDynamicBlock } from '../deflate/dynamic-block.js';
import { bandRegions, Control, Phase, type BandWorkerData } from './band-protocol.js';

const { control, data, capacity } = workerData as BandWorkerData;
const words = new Int32Array(control);
const regions = bandRegions(data, capacity);
const scratch = new CountScratch();
let rows = Buffer.alloc(0);
let counted: BandCounts | null = null;

function finish(phase: Phase): Phase {
  Atomics.store(words, Control.Phase, phase);
  Atomics.notify(words, Control.Phase);
  return phase;
}

function count(): Phase {
  const width = words[Control.Width]!;
  const fromRow = words[Control.FromRow]!;
  const toRow = words[Control.ToRow]!;
  const baseRow = words[Control.BaseRow]!;
  const pixels = regions.pixels.subarray(0, (toRow - baseRow) * width);
  counted = countBand(pixels, width, fromRow, toRow, baseRow, regions.repeatsAbove, scratch);
  if (!counted) {
    words[Control.Distinct] = -1;
    return finish(Phase.Counted);
  }
  regions.colorOfId.set(counted.colorOfId.subarray(0, counted.distinct));
  regions.countOfId.set(counted.countOfId.subarray(0, counted.distinct));
  regions.runsOfId.set(counted.runsOfId.subarray(0, counted.distinct));
  words[Control.Distinct] = counted.distinct;
  return finish(Phase.Counted);
}

function write(): Phase {
  if (!counted) throw new Error('band worker: write before count');
  const width = words[Control.Width]!;
  const { fromRow, toRow } = counted;
  const size = (toRow - fromRow) * (width + 1);
  if (rows.length < size) rows = Buffer.allocUnsafe(size);
  const band = { counts: counted, indexOfId: regions.indexOfId.subarray(0, counted.distinct) };
  const adler = writePaletteRows(band, width, rows, fromRow);
  const deflated = deflateRawSync(rows.subarray(0, size), { level: words[Control.Level]!, memLevel: words[Control.MemLevel]! });
  if (deflated.length > regions.output.length) throw new Error('band worker: output region too small');
  regions.output.set(deflated);
  words[Control.OutLength] = deflated.length;
  words[Control.Adler] = adler | 0;
  return finish(Phase.Written);
}

/**
 * After counting, the main thread answers within a fraction of a millisecond: poll for that long
 * instead of sleeping. Waking a sleeping thread cost the main thread up to 0.75 ms in Atomics.notify
 * on a busy 2-core machine (the woken thread took its core); a polling one needs no wake-up.
 */
const POLL_AFTER_COUNT_MS = 3;
/** How long a woken worker stands by for its job: longer than reading a card's pixels takes. */
const POLL_AFTER_WAKE_MS = 3;

function pollWhile(phase: Phase, limitMs: number): void {
  const until = performance.now() + limitMs;
  while (Atomics.load(words, Control.Phase) === phase && performance.now() < until);
}

/** RGB(A) rows of the bottom band, matched and written as the stream's last block. */
function match(): Phase {
  const width = words[Control.Width]!;
  const fromRow = words[Control.FromRow]!;
  const toRow = words[Control.ToRow]!;
  const baseRow = words[Control.BaseRow]!;
  const bytesPerPixel = words[Control.BytesPerPixel] === 4 ? 4 : 3;
  const tokens = matchBand(regions.pixels.subarray(0, (toRow - baseRow) * width), width, { fromRow, toRow, baseRow }, bytesPerPixel);
  if (!tokens) {
    words[Control.OutLength] = -1;
    return finish(Phase.Written);
  }
  const block = writeDynamicBlock(tokens);
  if (block.length > regions.output.length) throw new Error('band worker: output region too small');
  regions.output.set(block);
  words[Control.OutLength] = block.length;
  words[Control.Adler] = tokens.adler | 0;
  return finish(Phase.Written);
}

/** Takes on a posted job, unless the main thread took it back first. */
const claim = (posted: Phase, claimed: Phase): boolean => Atomics.compareExchange(words, Control.Phase, posted, claimed) === posted;

Atomics.store(words, Control.Ready, 1);
let seen = Atomics.load(words, Control.Phase);
for (;;) {
  if (seen === Phase.Counted) pollWhile(Phase.Counted, POLL_AFTER_COUNT_MS);
  if (seen === Phase.Wake) pollWhile(Phase.Wake, POLL_AFTER_WAKE_MS);
  Atomics.wait(words, Control.Phase, seen);
  const phase = Atomics.load(words, Control.Phase);
  if (phase === Phase.Stop) break;
  try {
    if (phase === Phase.Count) seen = claim(Phase.Count, Phase.Counting) ? count() : Atomics.load(words, Control.Phase);
    else if (phase === Phase.Write) seen = claim(Phase.Write, Phase.Writing) ? write() : Atomics.load(words, Control.Phase);
    else if (phase === Phase.Match) seen = claim(Phase.Match, Phase.Matching) ? match() : Atomics.load(words, Control.Phase);
    else seen = phase;
  } catch {
    seen = finish(Phase.Failed);
  }
}
