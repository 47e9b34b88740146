// text-wrap: pretty — Chromium's rule: re-break the last lines of a paragraph when it ends in one short word.
import { breakLines } from './line-breaker.js';
import { hyphenWidth, type LineRange, type PreparedParagraph } from './paragraph-types.js';
import { edgeDelta } from './line-edges.js';

/** Most lines at a paragraph's end that are reconsidered (Blink's kMaxLinesForOptimal). */
const PRETTY_LINES = 4;
/** The last line is short below a third of the width (kShortLineDenominator). */
const SHORT_LINE = 3;
/** Fewest break opportunities worth choosing between (kMinCandidates). */
const MIN_CANDIDATES = 3;
/** Penalty on the last break opportunity, which would leave one word alone (kOrphansPenalty). */
const ORPHAN_PENALTY = 10000;
/** The last line pays this multiple of the penalty of the break it starts at (kLastLinePenaltyMultiplier). */
const LAST_LINE_MULTIPLIER = 4;
/** Score of a line wider than the box (kScoreOverfull). */
const OVERFULL = 1e12;
/** A line may reach this far past the width and still fit (LayoutUnit epsilon). */
const FIT = 1 / 64;

/**
 * Greedy lines, then — like Chromium — when a paragraph (or a part between forced breaks) ends in
 * a single word shorter than a third of the width, its last four lines are broken again for the
 * least sum of squared free space plus a penalty per line and a penalty for leaving the last
 * word alone. Earlier lines keep their greedy breaks.
 */
export function prettyLines(p: PreparedParagraph, available: number): LineRange[] {
  const greedy = breakLines(p, available);
  if (!Number.isFinite(available)) return greedy;
  const result: LineRange[] = [];
  let segmentStart = 0;
  greedy.forEach((line, index) => {
    if (!line.last) return;
    result.push(...optimizeSegment(p, greedy.slice(segmentStart, index + 1), available));
    segmentStart = index + 1;
  });
  return result;
}

function unitIndexAt(p: PreparedParagraph, pos: number): number {
  return p.units.findIndex((u) => u.start === pos);
}

/** The segment's lines with its last (up to four) lines re-broken when its last line is an orphan. */
function optimizeSegment(p: PreparedParagraph, lines: readonly LineRange[], available: number): readonly LineRange[] {
  if (lines.length < 2) return lines;
  const last = lines[lines.length - 1]!;
  const window = lines.slice(-PRETTY_LINES);
  const first = unitIndexAt(p, window[0]!.start);
  const lastUnit = unitIndexAt(p, last.start);
  const end = p.units.findIndex((u) => u.end === last.end) + 1;
  if (first < 0 || lastUnit < 0 || end <= 0) return lines;
  const units = p.units.slice(first, end);
  const lastWidth = p.units[lastUnit]!.width - p.units[lastUnit]!.hang;
  // Only a last line of one word (no break opportunity inside) shorter than a third of the width,
  // or two hyphenated lines before the last.
  const orphan = end - lastUnit === 1 && lastWidth < available / SHORT_LINE;
  const hyphenated = (line: LineRange | undefined): boolean => line !== undefined && p.units.find((u) => u.end === line.end)?.hyphen !== undefined;
  if (!orphan && !(hyphenated(lines[lines.length - 2]) && hyphenated(lines[lines.length - 3]))) return lines;
  if (units.length - 1 < MIN_CANDIDATES || units.some((u) => u.width - u.hang + hyphenWidth(u) > available + FIT)) return lines;

  // Candidates: the window start, every break between units, the paragraph end.
  const n = units.length;
  const prefix = new Float64Array(n + 1);
  units.forEach((u, i) => (prefix[i + 1] = prefix[i]! + u.width));
  // Penalties as Chromium sets them from Minikin's: hyphenation breaks cost width × font size × 2
  // (½ when justified), every line twice that (nothing when justified); the last break, and the
  // hyphenation breaks right before it, pay the orphan penalty.
  const justified = p.blockStyle.textAlign === 'justify';
  const hyphenPenalty = available * p.blockStyle.fontSize * (justified ? 0.5 : 2);
  const linePenalty = justified ? 0 : hyphenPenalty * 2;
  const penalty = new Float64Array(n + 1);
  units.forEach((u, i) => (penalty[i + 1] = u.hyphen ? hyphenPenalty : 0));
  penalty[n] = 0;
  for (let i = n - 1; i >= 1; i--) {
    penalty[i] = penalty[i]! + ORPHAN_PENALTY;
    if (!units[i - 1]!.hyphen) break;
  }
  const score = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1);
  score[0] = 0;
  for (let e = 1; e <= n; e++) {
    const isLast = e === n;
    let best = Number.POSITIVE_INFINITY;
    let bestFrom = 0;
    for (let s = 0; s < e; s++) {
      const slack = available + FIT - (prefix[e]! - units[e - 1]!.hang + hyphenWidth(units[e - 1]!) - prefix[s]! + edgeDelta(p.lineEdges, units[s]!.start, units[e - 1]!.end));
      let lineScore: number;
      if (slack < 0) lineScore = OVERFULL;
      else if (isLast) lineScore = LAST_LINE_MULTIPLIER * penalty[s]!;
      else lineScore = slack * slack;
      const total = score[s]! + lineScore;
      if (total <= best) {
        best = total;
        bestFrom = s;
      }
    }
    score[e] = best + penalty[e]! + linePenalty;
    from[e] = bestFrom;
  }
  const chosen: LineRange[] = [];
  for (let e = n; e > 0; e = from[e]!) {
    const s = from[e]!;
    chosen.unshift({ start: units[s]!.start, end: units[e - 1]!.end, hang: units[e - 1]!.hang, last: e === n });
  }
  return [...lines.slice(0, lines.length - window.length), ...chosen];
}
