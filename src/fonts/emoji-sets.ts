// Emoji image sets for Node: the bundled Twemoji SVGs (@twemoji/svg, graphics CC-BY 4.0) or a caller's own set.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { EmojiSet } from '../layout/text/emoji.js';
import { namedEmojiSet } from './iconify-emoji.js';
import { resolveFromModule } from '../runtime/module-file.js';

/** An emoji set that can also load its images: SVG or PNG bytes per grapheme cluster. */
export interface EmojiProvider extends EmojiSet {
  load(sequence: string): Uint8Array | null;
}

/**
 * `emoji` option of layout() and render(): the bundled Twemoji, next/og's other set names (each read
 * from its optional npm package, iconify-emoji.ts), `'none'` (font glyphs only), or your own provider.
 */
export type EmojiOption = 'twemoji' | 'noto' | 'openmoji' | 'fluent' | 'fluentFlat' | 'blobmoji' | 'none' | EmojiProvider;

/** Where a set's images are and how its files are named. */
export interface EmojiDirectoryOptions {
  /** Short name of the set (part of image cache keys). */
  readonly name: string;
  /** Folder holding one image per emoji sequence. */
  readonly directory: string;
  /** File extension of the images. Default svg. */
  readonly extension?: 'svg' | 'png';
  /**
   * File name (without extension) of a code point sequence. Default: lowercase hex joined by "-"
   * (Twemoji: `1f468-200d-1f469`); OpenMoji: uppercase; Noto: `emoji_u` + hex joined by "_".
   * Each sequence is tried as typed, then without its U+FE0F variation selectors.
   */
  readonly fileName?: (codePoints: readonly number[]) => string;
}

const hexName = (codePoints: readonly number[]): string => codePoints.map((cp) => cp.toString(16)).join('-');

/** An emoji set read from a folder of SVG or PNG files (listed once, images read on demand). */
export function emojiDirectory(options: EmojiDirectoryOptions): EmojiProvider {
  const extension = `.${options.extension ?? 'svg'}`;
  const fileName = options.fileName ?? hexName;
  let names: Set<string>;
  try {
    names = new Set(readdirSync(options.directory).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)));
  } catch (error) {
    throw new OgsmithError('INVALID_OPTIONS', `Emoji set ${quote(options.name)}: folder ${quote(options.directory)} cannot be read`, { cause: error });
  }
  const nameOf = (sequence: string): string | null => {
    const points = Array.from(sequence, (char) => char.codePointAt(0)!);
    for (const candidate of [points, points.filter((cp) => cp !== 0xfe0f)]) {
      const name = fileName(candidate);
      if (names.has(name)) return name;
    }
    return null;
  };
  return {
    name: options.name,
    has: (sequence) => nameOf(sequence) !== null,
    load: (sequence) => {
      const name = nameOf(sequence);
      return name === null ? null : new Uint8Array(readFileSync(join(options.directory, `${name}${extension}`)));
    },
  };
}

/** A set made by `make()` at its first has() or load(): a render whose text holds no emoji never lists the set's folder. */
export function emojiOnFirstUse(name: string, make: () => EmojiProvider): EmojiProvider {
  let made: EmojiProvider | undefined;
  const provider = (): EmojiProvider => (made ??= make());
  return { name, has: (sequence) => provider().has(sequence), load: (sequence) => provider().load(sequence) };
}

let twemojiProvider: EmojiProvider | null = null;

/** The bundled Twemoji set (@twemoji/svg); its ~3,700 file names are listed by the first emoji looked up, not by every render's option check (a cold start's first card). */
export function twemoji(): EmojiProvider {
  twemojiProvider ??= emojiOnFirstUse('twemoji', () => emojiDirectory({ name: 'twemoji', directory: dirname(resolveFromModule('@twemoji/svg/package.json', import.meta.url)) }));
  return twemojiProvider;
}

/** The provider an `emoji` option names (default Twemoji), or null for none. */
export function resolveEmoji(option: unknown): EmojiProvider | null {
  if (option === undefined || option === 'twemoji') return twemoji();
  if (option === 'none' || option === null) return null;
  const named = namedEmojiSet(option);
  if (named) return named;
  if (typeof option === 'object' && typeof (option as EmojiProvider).name === 'string' && typeof (option as EmojiProvider).has === 'function' && typeof (option as EmojiProvider).load === 'function') return option as EmojiProvider;
  throw new OgsmithError('INVALID_OPTIONS', `Option emoji must be 'twemoji', 'noto', 'openmoji', 'fluent', 'fluentFlat', 'none' or an object with name, has() and load(), got ${quote(option)}`);
}
