// Shaped words kept across renders: text is cut at spaces and each word shaped alone (Blink's CachingWordShaper), where the font's lookups never involve the space.
import type { Cluster } from './shape.js';
import { registerCache } from '../../runtime/cache-budget.js';

/** What a cached word's shaping holds: its clusters (starts relative to the word) without their face, which the context names. */
export type WordCluster = Readonly<Omit<Cluster, 'face'>>;

/** Bytes budget of the cache: a cluster costs about 200 bytes (its object and four small arrays); over it, the cache starts again empty. */
const MAX_BYTES = 4 * 1024 * 1024;
const CLUSTER_BYTES = 200;
const ENTRY_BYTES = 96;

/** Words longer than this are shaped in place and not kept (a URL or a long token rarely repeats). */
export const MAX_CACHED_WORD = 48;

/** Per shaping context (face, features, language, direction), per word. */
const byContext = new Map<string, Map<string, readonly WordCluster[]>>();
let bytes = 0;

/** The words shaped in one context: the face key, features, language and direction. */
export function wordsIn(context: string): Map<string, readonly WordCluster[]> {
  let words = byContext.get(context);
  if (!words) {
    words = new Map();
    byContext.set(context, words);
  }
  return words;
}

export function rememberWord(words: Map<string, readonly WordCluster[]>, word: string, clusters: readonly WordCluster[]): void {
  const size = ENTRY_BYTES + word.length * 2 + clusters.length * CLUSTER_BYTES;
  if (bytes + size > MAX_BYTES) {
    for (const map of byContext.values()) map.clear();
    bytes = 0;
  }
  words.set(word, clusters);
  bytes += size;
}

registerCache({ name: 'shaped_words', maxBytes: MAX_BYTES, bytes: () => bytes, entries: () => [...byContext.values()].reduce((sum, words) => sum + words.size, 0) });
