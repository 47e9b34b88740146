// White-space processing across inline items: collapsing, preserved spaces and forced breaks (CSS Text 3 §4).
import type { WhiteSpace } from '../style/types.js';

/** One character after processing, with where it came from. */
export interface ProcessedChar {
  readonly char: string;
  /** Index of the inline item it belongs to. */
  readonly item: number;
  /** Index in the item's original text (or 0 for atomic items). */
  readonly raw: number;
  /** A collapsible space: removed at line ends. */
  readonly collapsible: boolean;
}

export interface WhiteSpaceSource {
  readonly item: number;
  readonly text: string;
  readonly whiteSpace: WhiteSpace;
}

const collapsesSpaces = (ws: WhiteSpace): boolean => ws === 'normal' || ws === 'nowrap' || ws === 'pre-line';
const preservesNewlines = (ws: WhiteSpace): boolean => ws !== 'normal' && ws !== 'nowrap';

/**
 * Appends the processed characters of one text item to `out`, collapsing with what is already
 * there (a space after a collapsible space, or at the start of the paragraph, disappears).
 */
export function appendProcessed(out: ProcessedChar[], source: WhiteSpaceSource): void {
  const { item, text, whiteSpace } = source;
  const collapse = collapsesSpaces(whiteSpace);
  const keepNewlines = preservesNewlines(whiteSpace);
  for (let i = 0; i < text.length; i++) {
    let char = text[i]!;
    if (char === '\r') {
      if (text[i + 1] === '\n') continue;
      char = '\n';
    }
    if (char === '\n' && keepNewlines) {
      if (collapse) while (out.length > 0 && out[out.length - 1]!.collapsible) out.pop();
      out.push({ char: '\n', item, raw: i, collapsible: false });
      continue;
    }
    const isSpace = char === ' ' || char === '\t' || char === '\n' || char === '\f';
    if (isSpace && collapse) {
      const previous = out[out.length - 1];
      if (!previous || previous.collapsible || previous.char === '\n') continue;
      out.push({ char: ' ', item, raw: i, collapsible: true });
      continue;
    }
    out.push({ char, item, raw: i, collapsible: false });
  }
}
