// Line breaks inside Thai, Lao, Khmer and Myanmar text (UAX #14 class SA): word boundaries from Intl.Segmenter's dictionaries, as ICU gives browsers.

/** Scripts written without spaces between words (line-break class SA). */
const SA = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1950-\u19df\u1a20-\u1aaf\uaa60-\uaadf]/;
const SA_RUN = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1950-\u19df\u1a20-\u1aaf\uaa60-\uaadf]+/g;
/** Made at the first SA text: the first segmenter of a process starts ICU's break iterators (~11-18 ms of CPU), which a Latin card never needs. */
let words: Intl.Segmenter | undefined;

/** Positions p (a break between p − 1 and p) at word boundaries strictly inside runs of SA text. */
export function dictionaryBreaks(text: string): number[] {
  if (!SA.test(text)) return [];
  const breaks: number[] = [];
  for (const run of text.matchAll(SA_RUN)) {
    const start = run.index;
    for (const { index } of (words ??= new Intl.Segmenter(undefined, { granularity: 'word' })).segment(run[0])) if (index > 0) breaks.push(start + index);
  }
  return breaks;
}
