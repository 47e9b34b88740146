// Cutting a run into the pieces shaped alone: each word and each space, with words glued across the spaces a font's lookups may reach over.
import type { WordShaping } from '../fonts/space-triggers.js';

const SPACE = 0x20;

/**
 * The boundaries of the pieces of text[start, end) (first `start`, last `end`): every breaking space
 * alone, and between them the words, except that where the font's lookups may reach across a space
 * ('guarded'), a space stays inside a piece when a word k words away from it reaches k or more. A range
 * with a space that a mark follows is not cut at all.
 */
export function wordPieces(text: string, start: number, end: number, shaping: Exclude<WordShaping, { kind: 'whole' }>, isBreakingSpace: (text: string, i: number) => boolean): number[] {
  // A space that a combining mark follows is shaped with the mark (isBreakingSpace), and how HarfBuzz's
  // Indic and USE shapers treat such a cluster depends on text further away: no cuts in that range.
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === SPACE && !isBreakingSpace(text, i)) return [start, end];
  const cuts = [start];
  if (shaping.kind === 'words') {
    for (let i = start; i < end; i++) if (isBreakingSpace(text, i)) cuts.push(i, i + 1);
    return finish(cuts, end);
  }
  // Word pieces: starts, ends and whether each holds a reaching character.
  const words: number[] = [];
  for (let i = start; i < end; ) {
    if (isBreakingSpace(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isBreakingSpace(text, j)) j++;
    words.push(i, j);
    i = j;
  }
  const count = words.length / 2;
  const reaches = new Int32Array(count);
  for (let w = 0; w < count; w++) reaches[w] = shaping.reachOf(text, words[2 * w]!, words[2 * w + 1]!);
  // Whether some word reaches the spaces between word w-1 and word w: word w-k and word w+k-1 are k words away.
  const reached = (w: number): boolean => {
    for (let k = 1; k <= shaping.reach; k++) {
      if (w - k >= 0 && reaches[w - k]! >= k) return true;
      if (w + k - 1 < count && reaches[w + k - 1]! >= k) return true;
    }
    return false;
  };
  let w = 0;
  for (let i = start; i < end; i++) {
    if (w < count && i >= words[2 * w]!) {
      i = words[2 * w + 1]! - 1;
      w++;
      continue;
    }
    if (!reached(w)) cuts.push(i, i + 1);
  }
  return finish(cuts, end);
}

/** The cut list without empty pieces, ending at `end`. */
function finish(cuts: number[], end: number): number[] {
  cuts.push(end);
  let kept = 1;
  for (let k = 1; k < cuts.length; k++) if (cuts[k] !== cuts[kept - 1]) cuts[kept++] = cuts[k]!;
  cuts.length = kept;
  return cuts;
}
