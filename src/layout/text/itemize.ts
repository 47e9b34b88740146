// Itemization before shaping: runs of one script and one direction, as Chromium's RunSegmenter cuts a bidi run.
import { getScript } from 'unicode-properties';

/** A run of text[start, end) shaped in one HarfBuzz call (before font fallback splits it further). */
export interface ScriptRun {
  readonly start: number;
  readonly end: number;
  /** Resolved bidi level is odd: HarfBuzz shapes it right to left (and mirrors brackets). */
  readonly rtl: boolean;
}

const NEUTRAL = new Set(['Common', 'Inherited', 'Unknown']);

/**
 * Splits text where the resolved script or the direction changes. Common and Inherited characters
 * (spaces, punctuation, digits, combining marks) join the script before them, or the first script
 * after them at the start. `levels` are the bidi embedding levels per UTF-16 index (none: all LTR).
 */
export function itemize(text: string, levels?: Uint8Array): readonly ScriptRun[] {
  const runs: { start: number; end: number; rtl: boolean; script: string | null }[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const own = getScript(code);
    const script = NEUTRAL.has(own) ? null : own;
    const rtl = ((levels?.[index] ?? 0) & 1) === 1;
    const last = runs[runs.length - 1];
    const end = index + char.length;
    if (last && last.rtl === rtl && (script === null || last.script === null || last.script === script)) {
      last.end = end;
      if (last.script === null) last.script = script;
    } else {
      runs.push({ start: index, end, rtl, script });
    }
    index = end;
  }
  return runs.map(({ start, end, rtl }) => ({ start, end, rtl }));
}
