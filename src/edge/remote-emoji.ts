// Emoji images fetched on demand, like next/og (Twemoji SVGs from a CDN by default), kept per isolate; layout asks first, the images come before painting.
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { EmojiImages } from '../raster/display-list/emoji-images.js';
import type { EmojiSet } from '../layout/text/emoji.js';
import { boundedCache, keyBytes } from '../runtime/cache-budget.js';

export interface RemoteEmojiOptions {
  /** Short name of the set (part of image cache keys). Default twemoji. */
  readonly name?: string;
  /** The image URL of a code point sequence. Default: Twemoji 15.1 SVGs on jsDelivr (`1f468-200d-1f469.svg`, as next/og). */
  readonly url?: (codePoints: readonly number[]) => string;
  /** How long one image may take. Default 5000 ms. */
  readonly timeoutMs?: number;
}

/** Most images one render fetches; more distinct emoji than this draw as font glyphs. */
export const MAX_EMOJI_FETCHES = 64;

const TWEMOJI_CDN = 'https://cdn.jsdelivr.net/gh/jdecked/twemoji@15.1.0/assets/svg/';

/** Twemoji's SVG of a sequence (VS16 dropped unless the sequence has a ZWJ), as next/og names it. */
export const twemojiUrl = (codePoints: readonly number[]): string => `${TWEMOJI_CDN}${codePoints.filter((cp) => cp !== 0xfe0f || codePoints.includes(0x200d)).map((cp) => cp.toString(16)).join('-')}.svg`;

/** An emoji set whose `has()` says yes to every sequence it has not fetched yet, and records it for `fetchRequested()`. */
export interface RemoteEmoji extends EmojiSet, EmojiImages {
  /** Fetches the images layout asked for; true when some do not exist (layout must run again without them). */
  fetchRequested(): Promise<boolean>;
}

/** Stands for a sequence the set does not have (404). */
const MISSING = new Uint8Array(0);
/** Per isolate, over every set: set name and sequence → image bytes or MISSING; 8 MiB (sequences come from the text rendered). */
const known = boundedCache<string, Uint8Array>({ name: 'remote_emoji', maxBytes: 8 * 1024 * 1024, sizeOf: (bytes, key) => bytes.byteLength + keyBytes(key) + 64 });

export function remoteEmoji(options: RemoteEmojiOptions = {}): RemoteEmoji {
  const name = options.name ?? 'twemoji';
  const url = options.url ?? twemojiUrl;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const keyOf = (sequence: string): string => `${name}\u0000${sequence}`;
  const image = (sequence: string): Uint8Array | null => {
    const bytes = known.get(keyOf(sequence));
    return bytes && bytes !== MISSING ? bytes : null;
  };
  const requested = new Set<string>();

  async function fetchOne(sequence: string): Promise<void> {
    const address = url(Array.from(sequence, (char) => char.codePointAt(0)!));
    try {
      const response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs) });
      if (response.ok) known.set(keyOf(sequence), new Uint8Array(await response.arrayBuffer()));
      else if (response.status === 404) known.set(keyOf(sequence), MISSING);
    } catch {
      // Unreachable or slow: drawn as a font glyph this time, tried again by the next render.
    }
  }

  return {
    name,
    has(sequence) {
      const bytes = known.get(keyOf(sequence));
      if (bytes !== undefined) return bytes !== MISSING;
      if (requested.size >= MAX_EMOJI_FETCHES) return false;
      requested.add(sequence);
      return true;
    },
    load: image,
    async fetchRequested() {
      const wanted = [...requested];
      requested.clear();
      await Promise.all(wanted.map(fetchOne));
      return wanted.some((sequence) => !image(sequence));
    },
  };
}

/** The `emoji` option of the edge build: 'twemoji' (default, fetched), 'none', remote options, or a set that loads its images itself. */
export type EdgeEmojiOption = 'twemoji' | 'none' | RemoteEmojiOptions | (EmojiSet & EmojiImages);

export function resolveEdgeEmoji(option: unknown): (EmojiSet & EmojiImages & Partial<Pick<RemoteEmoji, 'fetchRequested'>>) | null {
  if (option === undefined || option === 'twemoji') return remoteEmoji();
  if (option === 'none' || option === null) return null;
  if (typeof option === 'object') {
    const given = option as Partial<EmojiSet & EmojiImages>;
    if (typeof given.has === 'function' && typeof given.load === 'function' && typeof given.name === 'string') return given as EmojiSet & EmojiImages;
    const remote = option as RemoteEmojiOptions;
    if ((remote.url === undefined || typeof remote.url === 'function') && (remote.name === undefined || typeof remote.name === 'string')) return remoteEmoji(remote);
  }
  throw new OgsmithError('INVALID_OPTIONS', `Option emoji must be 'twemoji', 'none', { name, url } or an object with name, has() and load(), got ${quote(option)}`);
}
