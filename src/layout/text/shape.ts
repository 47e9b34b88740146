// Shaping: HarfBuzz glyphs for a piece of text, by script run and font fallback, with clusters, offsets and CSS spacing.
import type { FontSetting } from '../style/font-settings.js';
import { isMark } from 'unicode-properties';
import { cursiveMask } from './cursive.js';
import { featuresKey } from './features.js';
import type { FontFace } from '../fonts/font-face.js';
import { primaryOf } from '../fonts/font-registry.js';
import type * as HarfBuzz from 'harfbuzzjs';
import { codePointAdvance, harfbuzz, harfbuzzFont, SUBUNITS } from '../fonts/harfbuzz.js';
import { itemize } from './itemize.js';
import { coversCodePoint } from '../fonts/unicode-range.js';
import { wordShapingOnceUsed } from '../fonts/space-triggers.js';
import { wordPieces } from './word-pieces.js';
import { MAX_CACHED_WORD, rememberWord, wordsIn } from './word-shapes.js';
import { boundedCache, keyBytes, secondSighting } from '../../runtime/cache-budget.js';

export interface ShapedGlyph {
  readonly fontKey: string;
  readonly glyphId: number;
  /**
   * Drawing origin x relative to the start of the piece: the logical x of the glyph's cluster plus
   * the glyph's visual offset inside it (a right-to-left cluster's glyphs come in visual order too).
   */
  readonly x: number;
  /** Offset from the baseline, y down (mark attachment); 0 for most glyphs. */
  readonly y: number;
  /** Advance in px as shaped (kerning included, CSS spacing not). */
  readonly advance: number;
  /** UTF-16 index of the first character of the glyph's cluster. */
  readonly cluster: number;
  /** Set on emoji glyphs (font key "emoji"): the grapheme cluster to draw as an image. */
  readonly emoji?: string;
}

export interface ShapedText {
  /** Total advance in px, letter- and word-spacing included. */
  readonly width: number;
  /**
   * x at the start of each UTF-16 index in logical order (length = text.length + 1): a cluster's
   * advance is split evenly over the characters that start a grapheme in it (a ligature's parts).
   */
  readonly offsets: Float64Array;
  readonly glyphs: readonly ShapedGlyph[];
  /**
   * 1 at each UTF-16 index where cutting the text (a line break, an ellipsis) changes the shaping:
   * inside a cluster (a ligature, a conjunct) or where HarfBuzz flags the cluster unsafe to break.
   * Absent when every index is safe. Lines that start or end there are shaped again (as Chromium does).
   */
  readonly unsafe?: Uint8Array;
}

/**
 * Measures text with a font chain at a size; injectable so tests can use fixed advances.
 * `levels` are the bidi embedding levels per UTF-16 index (odd: shaped right to left); none means all LTR.
 * `language` is the content language (a BCP 47 tag from `lang`; '' or none: HarfBuzz's default), which picks the font's locl forms.
 */
export type Shaper = (text: string, chain: readonly FontFace[], fontSize: number, letterSpacing: number, wordSpacing: number, features?: readonly FontSetting[], levels?: Uint8Array, language?: string) => ShapedText;

/** One HarfBuzz cluster: the characters text[start, end) and their glyphs in visual order, in font units × SUBUNITS. */
export interface Cluster {
  readonly start: number;
  readonly end: number;
  readonly face: FontFace;
  readonly ids: number[];
  readonly advances: number[];
  readonly dx: number[];
  readonly dy: number[];
  advance: number;
  missing: boolean;
  /** HarfBuzz flagged a glyph of it unsafe to break before. */
  unsafe: boolean;
}

/** Shapings kept between layouts: 8 MiB (offsets, glyph records at SHAPED_GLYPH_BYTES each, the key): about 1,200 titles; with new text every render the entries are never asked for again, and 16 MiB kept RSS rising past 2,000 renders (docs/bench.md, Memory). */
export const MAX_SHAPED_BYTES = 8 * 1024 * 1024;
/** A ShapedGlyph object with its array slot: a 24-byte header, 7 fields of 8 bytes (the font key string shared), 8 for the slot. */
export const SHAPED_GLYPH_BYTES = 88;
const shapedBytes = (shaped: ShapedText, key: string): number => keyBytes(key) + 64 + shaped.offsets.byteLength + (shaped.unsafe?.byteLength ?? 0) + shaped.glyphs.length * SHAPED_GLYPH_BYTES;
const cache = boundedCache<string, ShapedText>({ name: 'shaped_text', maxBytes: MAX_SHAPED_BYTES, sizeOf: shapedBytes });
/**
 * A shaping is kept from its second use on. With a new title every render, 2 of 3 shapings were never asked for
 * again (the memory bench's cards, 2,000 renders: 33% hits) and filled the budget with them, 7 MB of old space
 * that every full collection marks; each also survived into the old generation, which grows V8's young one.
 */
const shapingSightings = secondSighting('shaping_sightings', 256 * 1024);
const SPACE = 0x20;
const TAB_SPACES = 8;
/** HB_GLYPH_FLAG_UNSAFE_TO_BREAK. */
const UNSAFE_TO_BREAK = 1;
let sharedBuffer: HarfBuzz.Buffer | null = null;
/** HarfBuzz feature lists by settings key (keys come from styles: bounded by bytes like any user-keyed cache). */
const featureCache = boundedCache<string, HarfBuzz.Feature[]>({ name: 'shaping_features', maxBytes: 256 * 1024, sizeOf: (features, key) => keyBytes(key) + 64 * (features.length + 1) });

function harfbuzzFeatures(settings: readonly FontSetting[] | undefined, key: string): HarfBuzz.Feature[] {
  let features = featureCache.get(key);
  if (!features) {
    const hb = harfbuzz();
    features = (settings ?? []).map((s) => new hb.Feature(s.tag, s.value));
    featureCache.set(key, features);
  }
  return features;
}

/**
 * Shapes text[start, end) with one face. Where the face's lookups cannot reach across a space, the
 * words and the spaces between them are shaped alone and cached across renders, as in Blink's word
 * shaper; where some can, only near the characters that reach them (space-triggers.ts). Either way the
 * glyphs are those of shaping the range whole.
 */
function shapeRange(text: string, start: number, end: number, rtl: boolean, face: FontFace, features: HarfBuzz.Feature[], featureKey: string, language: string): Cluster[] {
  const shaping = wordShapingOnceUsed(face);
  if (shaping.kind === 'whole') return shapeInContext(text, start, end, rtl, face, features, language);
  const out: Cluster[] = [];
  const words = wordsIn(`${face.key}|${featureKey}|${language}|${rtl ? 1 : 0}`);
  const cuts = wordPieces(text, start, end, shaping, isBreakingSpace);
  for (let k = 1; k < cuts.length; k++) {
    const i = cuts[k - 1]!;
    const j = cuts[k]!;
    const bounded = (j - i === 1 && isBreakingSpace(text, i)) || ((i === 0 || isBreakingSpace(text, i - 1)) && (j === text.length || isBreakingSpace(text, j)));
    if (!bounded || j - i > MAX_CACHED_WORD) {
      out.push(...shapeInContext(text, i, j, rtl, face, features, language));
      continue;
    }
    const word = text.slice(i, j);
    let clusters = words.get(word);
    if (!clusters) {
      clusters = shapeInContext(word, 0, word.length, rtl, face, features, language);
      rememberWord(words, word, clusters);
    }
    for (const c of clusters) out.push({ start: c.start + i, end: c.end + i, face, ids: c.ids as number[], advances: c.advances as number[], dx: c.dx as number[], dy: c.dy as number[], advance: c.advance, missing: c.missing, unsafe: c.unsafe });
  }
  return out;
}

/** A space that ends its grapheme: HarfBuzz puts a combining mark after a space in the space's cluster, so that space does not separate words. */
export function isBreakingSpace(text: string, i: number): boolean {
  return text.charCodeAt(i) === SPACE && (i + 1 >= text.length || startsGrapheme(text, i + 1));
}

/** Shapes text[start, end) with one face, the whole text as context (joining across the range edges). */
function shapeInContext(text: string, start: number, end: number, rtl: boolean, face: FontFace, features: HarfBuzz.Feature[], language: string): Cluster[] {
  const hb = harfbuzz();
  const buffer = (sharedBuffer ??= new hb.Buffer());
  buffer.reset();
  buffer.addText(text, start, end - start);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  if (language !== '') buffer.setLanguage(language);
  buffer.guessSegmentProperties();
  hb.shape(harfbuzzFont(face), buffer, features);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const visual: Cluster[] = [];
  infos.forEach((info, g) => {
    const position = positions[g]!;
    let cluster = visual[visual.length - 1];
    if (!cluster || cluster.start !== info.cluster) {
      cluster = { start: info.cluster, end: info.cluster, face, ids: [], advances: [], dx: [], dy: [], advance: 0, missing: false, unsafe: false };
      visual.push(cluster);
    }
    cluster.ids.push(info.codepoint);
    cluster.advances.push(position.xAdvance);
    cluster.dx.push(position.xOffset);
    cluster.dy.push(position.yOffset);
    cluster.advance += position.xAdvance;
    if (info.codepoint === 0) cluster.missing = true;
    if ((info.flags & UNSAFE_TO_BREAK) !== 0) cluster.unsafe = true;
  });
  const logical = rtl ? visual.reverse() : visual;
  return logical.map((cluster, i) => {
    const next = logical[i + 1];
    const clusterEnd = next ? next.start : end;
    const complete = { ...cluster, end: clusterEnd };
    if (face.unicodeRange && !complete.missing) complete.missing = !rangeCovers(face, text, complete.start, clusterEnd);
    return complete;
  });
}

function rangeCovers(face: FontFace, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.codePointAt(i)!;
    if (!coversCodePoint(face.unicodeRange, code)) return false;
    if (code > 0xffff) i++;
  }
  return true;
}

function coversAny(face: FontFace, text: string, start: number, end: number): boolean {
  if (!face.unicodeRange) return true;
  for (let i = start; i < end; i++) if (coversCodePoint(face.unicodeRange, text.codePointAt(i)!)) return true;
  return false;
}

/**
 * Chromium's fallback: shape with the chain's face `k`; clusters it has no glyph for (or outside its
 * unicode-range) are shaped again with the next face; what no face has is the primary face's .notdef.
 */
function shapeWithFallback(text: string, start: number, end: number, rtl: boolean, chain: readonly FontFace[], k: number, features: HarfBuzz.Feature[], featureKey: string, language: string, out: Cluster[]): void {
  const face = chain[k];
  if (!face) {
    out.push(...shapeRange(text, start, end, rtl, primaryOf(chain), features, featureKey, language));
    return;
  }
  if (!coversAny(face, text, start, end)) {
    shapeWithFallback(text, start, end, rtl, chain, k + 1, features, featureKey, language, out);
    return;
  }
  const clusters = shapeRange(text, start, end, rtl, face, features, featureKey, language);
  for (let i = 0; i < clusters.length; ) {
    if (!clusters[i]!.missing) {
      out.push(clusters[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < clusters.length && clusters[j]!.missing) j++;
    shapeWithFallback(text, clusters[i]!.start, clusters[j - 1]!.end, rtl, chain, k + 1, features, featureKey, language, out);
    i = j;
  }
}

/** Whether text[i] starts a grapheme inside a cluster (not a mark, joiner, selector or low surrogate). */
function startsGrapheme(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // Below U+0300 (combining diacritics) no character is a mark, joiner or selector.
  if (code < 0x300) return true;
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  if (code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return false;
  return !isMark(text.codePointAt(i)!);
}

function isControl(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x09;
}

/** The real shaper: HarfBuzz per script run with font fallback, cached per input. */
export const shapeText: Shaper = (text, chain, fontSize, letterSpacing, wordSpacing, settings, levels, language = '') => {
  const features = featuresKey(settings);
  const levelKey = levels ? String.fromCharCode(...levels) : '';
  const key = `${chain[0]?.key}|${chain.length}|${fontSize}|${letterSpacing}|${wordSpacing}|${features}|${levelKey}|${language}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hbFeatures = harfbuzzFeatures(settings, features);
  const clusters: Cluster[] = [];
  for (const run of itemize(text, levels)) {
    // Line feeds, returns and tabs are not shaped: they have no glyph (a tab's width is set by tab stops).
    let from = run.start;
    for (let i = run.start; i <= run.end; i++) {
      if (i < run.end && !isControl(text.charCodeAt(i))) continue;
      if (i > from) shapeWithFallback(text, from, i, run.rtl, chain, 0, hbFeatures, features, language, clusters);
      if (i < run.end) clusters.push({ start: i, end: i + 1, face: primaryOf(chain), ids: [], advances: [], dx: [], dy: [], advance: text[i] === '\t' ? tabAdvance(chain) * SUBUNITS : 0, missing: false, unsafe: false });
      from = i + 1;
    }
  }
  const shaped = place(text, clusters, fontSize, letterSpacing, wordSpacing);
  if (shapingSightings.seenBefore(key)) cache.set(key, shaped);
  return shaped;
};

/** Clusters in logical order to glyph positions and per-index offsets in px, letter- and word-spacing added per cluster. */
function place(text: string, clusters: readonly Cluster[], fontSize: number, letterSpacing: number, wordSpacing: number): ShapedText {
  const offsets = new Float64Array(text.length + 1);
  const glyphs: ShapedGlyph[] = [];
  // Browsers leave letter-spacing out of cursive scripts: it would break the joins.
  const cursive = letterSpacing !== 0 ? cursiveMask(text) : null;
  let unsafe: Uint8Array | undefined;
  let x = 0;
  for (const cluster of clusters) {
    if (cluster.end - cluster.start > 1 || (cluster.unsafe && cluster.start > 0)) {
      unsafe ??= new Uint8Array(text.length + 1);
      if (cluster.unsafe) unsafe[cluster.start] = 1;
      unsafe.fill(1, cluster.start + 1, cluster.end);
    }
    const scale = fontSize / (cluster.face.unitsPerEm * SUBUNITS);
    let pen = 0;
    for (let g = 0; g < cluster.ids.length; g++) {
      const advance = cluster.advances[g]! * scale;
      glyphs.push({ fontKey: cluster.face.key, glyphId: cluster.ids[g]!, x: x + pen + cluster.dx[g]! * scale, y: -cluster.dy[g]! * scale, advance, cluster: cluster.start });
      pen += advance;
    }
    let spacing = !cursive || cursive[cluster.start] === 0 ? letterSpacing : 0;
    const first = text.charCodeAt(cluster.start);
    if (cluster.end - cluster.start === 1) {
      // One character (most clusters): it starts its grapheme and takes the whole width.
      if (first === 0x20 || first === 0xa0) spacing += wordSpacing;
      if (isControl(first) && first !== 0x09) spacing = 0;
      const width = cluster.advance * scale + spacing;
      offsets[cluster.start] = x;
      x += width;
      continue;
    }
    let graphemes = 0;
    for (let i = cluster.start; i < cluster.end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x20 || code === 0xa0) spacing += wordSpacing;
      if (startsGrapheme(text, i)) graphemes++;
    }
    if (isControl(first) && first !== 0x09) spacing = 0;
    const width = cluster.advance * scale + spacing;
    // A ligature's advance is shared by the graphemes it joins; a grapheme's other characters sit at its end.
    const share = width / Math.max(1, graphemes);
    let seen = 0;
    for (let i = cluster.start; i < cluster.end; i++) {
      if (startsGrapheme(text, i) || i === cluster.start) {
        offsets[i] = x + share * seen;
        seen++;
      } else {
        offsets[i] = Math.min(x + share * seen, x + width);
      }
    }
    x += width;
  }
  offsets[text.length] = x;
  return unsafe ? { width: x, offsets, glyphs, unsafe } : { width: x, offsets, glyphs };
}

/** Eight spaces of the primary face, in font units (the tab-stop pass replaces it on preserved lines); callers scale by SUBUNITS like glyph advances. */
function tabAdvance(chain: readonly FontFace[]): number {
  const face = primaryOf(chain);
  return (codePointAdvance(face, 0x20) ?? face.unitsPerEm / 4) * TAB_SPACES;
}
