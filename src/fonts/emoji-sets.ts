// Emoji image sets for Node: the bundled Twemoji SVGs (@twemoji/svg, graphics CC-BY 4.0) or a caller's own set.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { EmojiSet } from '../layout/text/emoji.js';

/** An emoji set that can also load its images: SVG or PNG bytes per grapheme cluster. */
export interface EmojiProvider extends EmojiSet {
  load(sequence: string): Uint8Array | null;
}

/** `emoji` option of layout() and render(): a bundled set by name, `'none'` (font glyphs only), or your own provider. */
export type EmojiOption = 'twemoji' | 'none' | EmojiProvider;

/** Twemoji file name of a sequence: lowercase hex code points joined by "-". */
function fileName(sequence: string, keepVariation: boolean): string {
  const points = Array.from(sequence, (char) => char.codePointAt(0)!).filter((cp) => keepVariation || cp !== 0xfe0f);
  return points.map((cp) => cp.toString(16)).join('-');
}

let twemojiProvider: EmojiProvider | null = null;

/** The bundled Twemoji set (listed once per process, images read on demand). */
export function twemoji(): EmojiProvider {
  if (twemojiProvider) return twemojiProvider;
  const dir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  const names = new Set(readdirSync(dir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));
  const nameOf = (sequence: string): string | null => {
    for (const keep of [true, false]) {
      const name = fileName(sequence, keep);
      if (names.has(name)) return name;
    }
    return null;
  };
  twemojiProvider = {
    name: 'twemoji',
    has: (sequence) => nameOf(sequence) !== null,
    load: (sequence) => {
      const name = nameOf(sequence);
      return name === null ? null : new Uint8Array(readFileSync(join(dir, `${name}.svg`)));
    },
  };
  return twemojiProvider;
}

/** The provider an `emoji` option names (default Twemoji), or null for none. */
export function resolveEmoji(option: unknown): EmojiProvider | null {
  if (option === undefined || option === 'twemoji') return twemoji();
  if (option === 'none' || option === null) return null;
  if (typeof option === 'object' && typeof (option as EmojiProvider).name === 'string' && typeof (option as EmojiProvider).has === 'function' && typeof (option as EmojiProvider).load === 'function') return option as EmojiProvider;
  throw new OgsmithError('INVALID_OPTIONS', `Option emoji must be 'twemoji', 'none' or an object with name, has() and load(), got ${quote(option)}`);
}
