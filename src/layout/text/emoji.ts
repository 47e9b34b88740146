// Emoji in text: grapheme clusters drawn as images from an emoji set, one em wide, never split.
import type { ShapedGlyph, ShapedText, Shaper } from './shape.js';

/** Which emoji sequences a set can draw; the images themselves are loaded by the painter (Node side). */
export interface EmojiSet {
  /** Short name, part of image cache keys (e.g. "twemoji"). */
  readonly name: string;
  /** True when the set has an image for this grapheme cluster (as typed, variation selectors included). */
  has(sequence: string): boolean;
}

/** Font key of emoji glyphs: they have no font, the painter draws `emoji` images instead. */
export const EMOJI_FONT_KEY = 'emoji';

/** Characters that can start or make an emoji cluster; text without them skips segmentation. */
const CANDIDATE = /[\p{Extended_Pictographic}\u{1f1e6}-\u{1f1ff}\u20e3]/u;
const PRESENTATION = /\p{Emoji_Presentation}|\ufe0f|\u200d|\u20e3|[\u{1f3fb}-\u{1f3ff}]|[\u{1f1e6}-\u{1f1ff}]{2}|[\u{e0020}-\u{e007f}]/u;
const TEXT_STYLE = /\ufe0e/;
/** Made at the first text that may hold an emoji: the first segmenter of a process starts ICU's break iterators (~11-18 ms of CPU). */
let segmenter: Intl.Segmenter | undefined;

/** True when text has a character that may be part of an emoji cluster. */
export function mayHaveEmoji(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * True for a grapheme cluster shown as an emoji: emoji presentation by default, or made so by
 * VS16, a ZWJ sequence, a keycap, a skin tone, a flag pair or tag sequence (not `©`, `™`, `#` alone).
 */
export function isEmojiCluster(cluster: string): boolean {
  return CANDIDATE.test(cluster) && PRESENTATION.test(cluster) && !TEXT_STYLE.test(cluster);
}

/** The grapheme clusters of text with their UTF-16 start. */
export function graphemes(text: string): { readonly index: number; readonly segment: string }[] {
  return Array.from((segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text), ({ index, segment }) => ({ index, segment }));
}

/**
 * Wraps a shaper: every emoji cluster the set can draw becomes one emoji glyph advancing 1em
 * (plus letter-spacing); the rest of the text keeps the fonts' glyphs.
 */
export function withEmoji(shaper: Shaper, set: EmojiSet): Shaper {
  return (text, chain, fontSize, letterSpacing, wordSpacing, features, levels, language) => {
    const shaped = shaper(text, chain, fontSize, letterSpacing, wordSpacing, features, levels, language);
    if (!mayHaveEmoji(text)) return shaped;
    const clusters: EmojiCluster[] = [];
    for (const { index, segment } of graphemes(text)) {
      if (!isEmojiCluster(segment)) continue;
      const images = imagesOf(segment, set);
      if (images.length > 0) clusters.push({ index, segment, images });
    }
    return clusters.length === 0 ? shaped : replaceClusters(shaped, text, clusters, fontSize + letterSpacing);
  };
}

interface EmojiCluster {
  readonly index: number;
  readonly segment: string;
  /** The images drawn for it: the cluster itself, or the parts of a ZWJ sequence the set lacks. */
  readonly images: readonly string[];
}

/** A ZWJ sequence the set has no image for is drawn as its parts side by side, as browsers do. */
function imagesOf(segment: string, set: EmojiSet): readonly string[] {
  if (set.has(segment)) return [segment];
  if (!segment.includes('\u200d')) return [];
  const parts = segment.split('\u200d').filter((part) => part !== '');
  return parts.every((part) => set.has(part)) ? parts : [];
}

function replaceClusters(shaped: ShapedText, text: string, clusters: readonly EmojiCluster[], advance: number): ShapedText {
  const offsets = new Float64Array(shaped.offsets.length);
  const glyphs: ShapedGlyph[] = [];
  let shift = 0;
  let next = 0;
  let g = 0;
  const source = shaped.glyphs;
  for (let i = 0; i <= text.length; i++) {
    const cluster = clusters[next];
    if (cluster && cluster.index === i) {
      const end = i + cluster.segment.length;
      const x = shaped.offsets[i]! + shift;
      while (g < source.length && source[g]!.cluster < end) g++;
      cluster.images.forEach((image, n) => glyphs.push({ fontKey: EMOJI_FONT_KEY, glyphId: 0, x: x + n * advance, y: 0, advance, cluster: i, emoji: image }));
      const width = advance * cluster.images.length;
      for (let k = i; k < end; k++) offsets[k] = x + (width * (k - i)) / cluster.segment.length;
      shift += width - (shaped.offsets[end]! - shaped.offsets[i]!);
      i = end - 1;
      next++;
      continue;
    }
    offsets[i] = shaped.offsets[i]! + shift;
    while (g < source.length && source[g]!.cluster <= i) {
      glyphs.push({ ...source[g]!, x: source[g]!.x + shift });
      g++;
    }
  }
  return { width: shaped.width + shift, offsets, glyphs };
}
