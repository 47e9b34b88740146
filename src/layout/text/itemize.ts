// Itemization before shaping: runs of one script and one direction, as Chromium's RunSegmenter cuts a bidi run.
import { getScript } from 'unicode-properties';
import { isOpeningBracket, openingBracketOf } from './bidi.js';

/** A run of text[start, end) shaped in one HarfBuzz call (before font fallback splits it further). */
export interface ScriptRun {
  readonly start: number;
  readonly end: number;
  /** Resolved bidi level is odd: HarfBuzz shapes it right to left (and mirrors brackets). */
  readonly rtl: boolean;
}

const NEUTRAL = new Set(['Common', 'Inherited', 'Unknown']);

interface OpenBracket {
  readonly char: string;
  /** The run the bracket was placed in: its script is the bracket's, also once resolved later. */
  readonly run: { script: string | null };
}

/** Open brackets kept for pairing, as Chromium's ScriptRunIterator keeps them. */
const MAX_OPEN_BRACKETS = 32;

/**
 * Splits text where the resolved script or the direction changes. Common and Inherited characters
 * (spaces, punctuation, digits, combining marks) join the script before them, or the first script
 * after them at the start; a closing bracket takes the script of the bracket it closes (Unicode
 * paired brackets, as in Chromium), and what follows it joins that script.
 * `levels` are the bidi embedding levels per UTF-16 index (none: all LTR).
 */
export function itemize(text: string, levels?: Uint8Array): readonly ScriptRun[] {
  const runs: { start: number; end: number; rtl: boolean; script: string | null }[] = [];
  const open: OpenBracket[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const own = getScript(code);
    let script = NEUTRAL.has(own) ? null : own;
    if (script === null) script = pairedScript(char, open);
    const rtl = ((levels?.[index] ?? 0) & 1) === 1;
    let last = runs[runs.length - 1];
    const end = index + char.length;
    if (last && last.rtl === rtl && (script === null || last.script === null || last.script === script)) {
      last.end = end;
      if (last.script === null) last.script = script;
    } else {
      last = { start: index, end, rtl, script };
      runs.push(last);
    }
    if (script === null && isOpeningBracket(char)) {
      if (open.length === MAX_OPEN_BRACKETS) open.shift();
      open.push({ char, run: last });
    }
    index = end;
  }
  return runs.map(({ start, end, rtl }) => ({ start, end, rtl }));
}

/** For a closing bracket, the script of the run its opening bracket is in (popping the brackets left open inside); null otherwise. */
function pairedScript(char: string, open: OpenBracket[]): string | null {
  const opening = openingBracketOf(char);
  if (opening === null) return null;
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i]!.char !== opening) continue;
    const script = open[i]!.run.script;
    open.length = i;
    return script;
  }
  return null;
}
